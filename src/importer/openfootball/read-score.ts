// Football.TXT's score notation: "3-0 (1-0)" full time (half time); "1-1 a.e.t. (1-0, 0-0)" after
// extra time (full time, half time); "5-6 pen. 1-2 a.e.t. (0-1, 0-0)" shoot-out, then extra time;
// "0-3 [awarded]"; the RSSSF-style "[aet]", "[aet, 3-0 pen]" and "[agg 3-0]" annotations too.
import type { FootballScore, Pair } from './match.ts';

export interface ReadScore {
  score: FootballScore;
  awarded: boolean;
  /** "[aet]" with no 90-minute score: the leg went to extra time, its 90 minutes are not given. */
  extraTimeOnly: boolean;
  /** Annotations the reader does not use ("[agg 3-0]"), and unknown ones. */
  notes: string[];
}

const PAIR = /\s*(\d{1,2})\s*-\s*(\d{1,2})(?:\s*(pen\.?|p\b|a\.\s?e\.\s?t\.?|aet\b))?/y;
/** "(1-0)", "(1-0, 0-0)", and "(1-1, )" with the half time left out. */
const PARENS = /\s*\(\s*(\d{1,2})\s*-\s*(\d{1,2})\s*(?:,\s*(?:(\d{1,2})\s*-\s*(\d{1,2})\s*)?)?\)/y;
const BRACKET = /\s*\[([^\]]*)\]/y;

const pair = (a: string | undefined, b: string | undefined): Pair | null =>
  a === undefined || b === undefined ? null : [Number(a), Number(b)];

/**
 * Reads the score at the start of `text` (en dashes already turned into hyphens); returns what it
 * read and where it stopped, or null when `text` does not start with a score.
 */
export function readScore(text: string): { read: ReadScore; end: number } | null {
  let at = 0;
  let plain: Pair | null = null;
  let et: Pair | null = null;
  let p: Pair | null = null;
  let parens: (Pair | null)[] = [];
  let awarded = false;
  let aetMark = false;
  const notes: string[] = [];
  let any = false;
  for (;;) {
    PAIR.lastIndex = at;
    const m = PAIR.exec(text);
    if (m) {
      any = true;
      at = PAIR.lastIndex;
      const value = pair(m[1], m[2]);
      const mark = (m[3] ?? '').toLowerCase();
      if (mark.startsWith('p')) p = value;
      else if (mark.startsWith('a')) et = value;
      else if (plain === null) plain = value;
      else return null;
      continue;
    }
    PARENS.lastIndex = at;
    const n = any ? PARENS.exec(text) : null;
    if (n) {
      at = PARENS.lastIndex;
      parens = [pair(n[1], n[2]), pair(n[3], n[4])];
      continue;
    }
    BRACKET.lastIndex = at;
    const b = BRACKET.exec(text);
    if (b) {
      at = BRACKET.lastIndex;
      for (const part of (b[1] ?? '').split(/[,;]/)) {
        const word = part.trim().toLowerCase();
        const kicks = /^(\d{1,2})\s*-\s*(\d{1,2})\s*(?:pen\.?|p|on penalties)$/.exec(word);
        if (word === 'awarded' || word === 'awd.' || word === 'awd') awarded = true;
        else if (word === 'aet' || word === 'a.e.t.') aetMark = true;
        else if (kicks) p = pair(kicks[1], kicks[2]);
        else if (word) notes.push(part.trim());
      }
      continue;
    }
    break;
  }
  if (!any && !awarded) return null;
  let ft: Pair | null;
  let ht: Pair | null;
  let extraTimeOnly = false;
  if (et) {
    // "1-2 a.e.t. (0-1, 0-0)": full time, half time; "1-1 a.e.t. (0-0)": full time.
    [ft = null, ht = null] = parens;
  } else if (aetMark && plain) {
    et = plain;
    ft = parens[0] ?? null;
    ht = parens[1] ?? null;
    extraTimeOnly = ft === null;
  } else {
    ft = plain;
    ht = parens[0] ?? null;
  }
  return { read: { score: { ft, et, p, ht }, awarded, extraTimeOnly, notes }, end: at };
}
