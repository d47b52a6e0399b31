// The text of a fact sheet made into what users read: one-line sentences, source names, links.

/** Trims and collapses whitespace (YAML folded blocks keep line breaks) into one line. */
export const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** One line ending with a full stop (or the ! or ? it has). */
export function endSentence(text: string): string {
  const line = oneLine(text);
  return /[.!?]['")]*$/.test(line) ? line : `${line}.`;
}

export const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** A sheet field that may hold one value or a list. */
export type OneOrMore<T> = T | readonly T[];

export function asList<T>(value: OneOrMore<T> | null | undefined): readonly T[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value as T];
}

/** "seed" in a sheet's `where` means the seed article the app started from. */
export const sourceLabel = (where: string): string => oneLine(where).replace(/^seed\b/, 'seed article');

/** Sheet jargon (field names in backticks) made readable for the notes users see. */
export const plainText = (text: string): string =>
  oneLine(text)
    .replace(/`?ranking_points`?/g, 'ranking points')
    .replace(/decided_by: walkover/g, 'decided by walkover')
    .replace(/`/g, '');

export const hostOf = (url: string): string => new URL(url).hostname.replace(/^www\./, '');

/** A readable name for a linked source: the article title for Wikipedia, else the site. */
export function siteLabel(url: string): string {
  const { hostname, pathname } = new URL(url);
  const title = /\.wikipedia\.org$/.test(hostname) ? /^\/wiki\/(.+)$/.exec(pathname)?.[1] : undefined;
  return title ? `Wikipedia, “${decodeURIComponent(title).replace(/_/g, ' ')}”` : hostOf(url);
}

/** An http(s) URL, unwrapped from a search engine's redirect; null for anything else. */
export function httpUrl(url: string | null | undefined): string | null {
  if (typeof url !== 'string') return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const target = parsed.pathname === '/url' ? parsed.searchParams.get('q') : null;
  return target && /^https?:\/\//.test(target) ? httpUrl(target) : parsed.href;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** An ISO date as English words: 2023-07-25 → "25 July 2023". */
export function formatDay(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  const name = MONTHS[(month ?? 0) - 1];
  if (year === undefined || day === undefined || name === undefined) throw new Error(`not a date: ${iso}`);
  return `${day} ${name} ${year}`;
}
