// The competition's name and season from a title: "UEFA Champions League 2024/25",
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
