// The app's languages and the one a browser prefers: no strings, so that the page's script (main.ts)
// can choose a page in the reader's language before the app loads.

export const LANGS = ['en', 'es', 'pt', 'fr'] as const;

export type Lang = (typeof LANGS)[number];

export const isLang = (value: string | null | undefined): value is Lang =>
  LANGS.some((lang) => lang === value);

/** The first supported language among the browser's preferences ("pt-BR" → "pt"), else English. */
export function pickLanguage(preferences: readonly string[]): Lang {
  for (const preference of preferences) {
    const base = preference.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return 'en';
}

/** The language the reader's browser prefers, of the app's. */
export const browserLanguage = (): Lang => pickLanguage(navigator.languages ?? []);
