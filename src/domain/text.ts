// Text keys shared by search, ids and file names; text written into markup (HTML, SVG) as text.

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

/** Text as markup's character data: `&`, `<` and `>` escaped. */
export const escapeMarkup = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Text as a double-quoted attribute's value. */
export const escapeAttribute = (text: string): string => escapeMarkup(text).replace(/"/g, '&quot;');
