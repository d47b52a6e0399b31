// Looking up UI strings, and dates and numbers through Intl, in the chosen language.
import { en, type MessageKey, type Messages } from './en.ts';
import { LANGS, type Lang } from './languages.ts';

// English ships with the page; the other languages load when chosen (a few KiB each). One entry per
// language of LANGS (the Record says so), in LANGS' order.
const LANGUAGE_INFO: Record<Lang, { name: string; load: () => Promise<Messages> }> = {
  en: { name: 'English', load: () => Promise.resolve(en) },
  es: { name: 'Español', load: () => import('./es.ts').then((m) => m.es) },
  pt: { name: 'Português', load: () => import('./pt.ts').then((m) => m.pt) },
  fr: { name: 'Français', load: () => import('./fr.ts').then((m) => m.fr) },
};
export const LANGUAGES = LANGS.map((id) => ({ id, ...LANGUAGE_INFO[id] }));

export type Params = Readonly<Record<string, string | number>>;

export interface Translator {
  (key: MessageKey, params?: Params): string;
  lang: Lang;
  /** A date (yyyy-mm-dd) in the language's long or short form; dates are local match dates. */
  date: (iso: string, style?: 'long' | 'short') => string;
  number: (value: number) => string;
}

const loaded = new Map<Lang, Messages>([['en', en]]);

/** Loads a language's strings; `translator` uses English until they are in. */
export async function loadLanguage(lang: Lang): Promise<void> {
  if (loaded.has(lang)) return;
  const language = LANGUAGES.find((l) => l.id === lang);
  if (language) loaded.set(lang, await language.load());
}

const cache = new Map<Lang, Translator>();

export function translator(lang: Lang): Translator {
  const cached = cache.get(lang);
  if (cached) return cached;
  const messages = loaded.get(lang);
  if (!messages) return translator('en');
  // Intl formatters are made on first use: the first one costs tens of milliseconds (locale data).
  let numbers: Intl.NumberFormat | undefined;
  const dates: Partial<Record<'long' | 'short', Intl.DateTimeFormat>> = {};
  const formatNumber = (value: number) =>
    Number.isInteger(value) && Math.abs(value) < 1000 // the same in every language here
      ? String(value)
      : (numbers ??= new Intl.NumberFormat(lang)).format(value);
  const t = ((key: MessageKey, params: Params = {}) =>
    messages[key].replace(/\{(\w+)\}/g, (match, name: string) => {
      const value = params[name];
      return value === undefined ? match : typeof value === 'number' ? formatNumber(value) : value;
    })) as Translator;
  t.lang = lang;
  t.date = (iso, style = 'short') =>
    (dates[style] ??= new Intl.DateTimeFormat(lang, {
      day: 'numeric',
      month: style,
      year: 'numeric',
      timeZone: 'UTC',
    })).format(new Date(`${iso}T00:00:00Z`));
  t.number = formatNumber;
  cache.set(lang, t);
  return t;
}
