// The competition's name, season and confederation from a title: "UEFA Champions League 2024/25",
// "UEFA Champions League - Quali 2024/25", "Copa Libertadores 2024", "2023–24 CAF Confederation Cup".

export interface TitleSeason {
  /** The season as Llave writes it: "2024–25" or "2024". */
  label: string;
  first: number;
  /** The second year of a season across two years. */
  second: number | null;
}

export function readSeason(title: string): TitleSeason | null {
  const split = /\b((?:19|20)\d{2})\s*[/–-]\s*(\d{2}|\d{4})\b/.exec(title);
  if (split?.[1] && split[2]) {
    const first = Number(split[1]);
    const tail = split[2];
    const second = tail.length === 4 ? Number(tail) : Math.floor(first / 100) * 100 + Number(tail);
    if (second === first + 1 || (tail.length === 2 && second === first - 99))
      return { label: `${first}–${String(first + 1).slice(2)}`, first, second: first + 1 };
  }
  const single = /\b((?:19|20)\d{2})\b/.exec(title);
  return single?.[1] ? { label: single[1], first: Number(single[1]), second: null } : null;
}

/** The confederation a title names, or one its competition's name implies. */
export function confederationOf(name: string): string | null {
  const words = name.toLowerCase();
  for (const code of ['uefa', 'conmebol', 'concacaf', 'caf', 'afc', 'ofc'])
    if (new RegExp(`\\b${code}\\b`).test(words)) return code.toUpperCase();
  if (/libertadores|sudamericana/.test(words)) return 'CONMEBOL';
  if (/champions league|europa league|conference league|european cup/.test(words)) return 'UEFA';
  return null;
}

/** The name of the competition a qualifying file leads into: "UEFA Champions League - Quali 2024/25" → "UEFA Champions League". */
export const mainCompetition = (title: string) =>
  title
    .replace(/\b(?:19|20)\d{2}(?:\s*[/–-]\s*\d{2,4})?\b/g, '')
    .replace(/[\s,–-]*\b(?:quali\w*|preliminary\w*)\b.*$/i, '')
    .replace(/[\s,–-]+$/, '')
    .trim() || title;
