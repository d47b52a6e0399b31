// Text keys shared by search, ids and file names.

/** Lower case without accents, so "aguilas" finds "Águilas Doradas". */
export const fold = (text: string): string =>
  text
    .normalize('NFKD') // compatibility forms too: "ﬁ" → "fi", full-width letters → ASCII
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/** Lower-case ASCII words joined by hyphens, at most `max` characters ('' when none is left). */
export const slug = (text: string, max: number): string =>
  fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
