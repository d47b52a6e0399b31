import { useEffect, useState, useSyncExternalStore } from 'react';
import { useMediaQuery } from '../use-media-query.ts';
import { useT } from '../use-translator.ts';
import { applyTheme, rememberTheme, storedTheme, type Theme } from './theme.ts';

const noChanges = () => () => {};

export function ThemeToggle() {
  // The stored choice once the page is the browser's: a prerendered page was built with none.
  const stored = useSyncExternalStore(noChanges, storedTheme, () => null);
  const [picked, setChosen] = useState<Theme | null>(null);
  const chosen = picked ?? stored;
  // Follows the system (even a change made before this mounted) until the user chooses.
  const systemDark = useMediaQuery('(prefers-color-scheme: dark)');
  const theme = chosen ?? (systemDark ? 'dark' : 'light');
  const t = useT();

  // Not while taking over a prerendered page, whose toggle is built for the light theme (its colours
  // follow the system's through CSS, and main.ts applied a stored choice): the next render has it.
  const hydrated = useSyncExternalStore(
    noChanges,
    () => true,
    () => false,
  );
  useEffect(() => {
    if (hydrated) applyTheme(theme);
  }, [hydrated, theme]);

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
      {/* The theme shown, by CSS: a prerendered page is built before the system's theme is known. */}
      <span aria-hidden="true">
        <span className="dark:hidden">☀</span>
        <span className="hidden dark:inline">☾</span>
      </span>{' '}
      <span className="max-sm:sr-only">{t('theme.dark')}</span>
    </button>
  );
}
