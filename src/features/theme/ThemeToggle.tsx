import { useEffect, useState } from 'react';
import { useMediaQuery } from '../use-media-query.ts';
import { useT } from '../use-translator.ts';
import { applyTheme, rememberTheme, storedTheme, type Theme } from './theme.ts';

export function ThemeToggle() {
  const [chosen, setChosen] = useState<Theme | null>(storedTheme);
  // Follows the system (even a change made before this mounted) until the user chooses.
  const systemDark = useMediaQuery('(prefers-color-scheme: dark)');
  const theme = chosen ?? (systemDark ? 'dark' : 'light');
  const t = useT();

  useEffect(() => applyTheme(theme), [theme]);

  return (
    <button
      type="button"
      aria-pressed={theme === 'dark'}
      onClick={() => {
        const next = theme === 'dark' ? 'light' : 'dark';
        rememberTheme(next);
        setChosen(next);
      }}
      className="h-11 min-w-11 rounded-md sm:h-10 border border-line bg-surface px-3 text-sm text-ink hover:bg-raised"
    >
      <span aria-hidden="true">{theme === 'dark' ? '☾' : '☀'}</span>{' '}
      <span className="max-sm:sr-only">{t('theme.dark')}</span>
    </button>
  );
}
