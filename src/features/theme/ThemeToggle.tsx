import { useEffect, useState } from 'react';
import { useT } from '../use-translator.ts';
import { applyTheme, rememberTheme, storedTheme, systemTheme, type Theme } from './theme.ts';

export function ThemeToggle() {
  const [chosen, setChosen] = useState<Theme | null>(storedTheme);
  const [system, setSystem] = useState<Theme>(systemTheme);
  const theme = chosen ?? system;
  const t = useT();

  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const query = matchMedia('(prefers-color-scheme: dark)');
    const follow = () => setSystem(query.matches ? 'dark' : 'light');
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, []);
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
