// The two kinds of result lines: a leg ("Aurora 1-0 Melgar") and a tie's outcome ("Tied 3–3 on
// aggregate, Academia Puerto Cabello won on penalties and advanced to the second stage (Match C6).").
import type { ArticleLine } from './article-text.ts';

export interface LegLine {
  line: number;
  home: string;
  away: string;
  homeGoals: number;
  awayGoals: number;
}

export type StatedMethod = 'aggregate' | 'away-goals' | 'penalties';

export interface OutcomeLine {
  line: number;
  text: string;
  /** The winner as printed, or null when the line names none. */
  winner: string | null;
  method: StatedMethod | null;
  /** The stated aggregate: winner first, or level. */
  aggregate: { kind: 'won'; winner: number; loser: number } | { kind: 'level'; goals: number } | null;
  /** A stated shoot-out score, winner first. */
  kicks: { winner: number; loser: number } | null;
  /** "advanced to the second stage (Match C6)" → "second stage", "C6". */
  advancedTo: string | null;
  matchRef: string | null;
}

const NAME_FORBIDDEN = /[|=^;:]|\bwon\b|\baggregate\b|\bvs\.?\b/i;
const isName = (name: string): boolean => name.length > 0 && name.length <= 60 && !NAME_FORBIDDEN.test(name);

/** "Team A 1-0 Team B" with an ASCII hyphen between the goals. */
export function readLegLine(line: ArticleLine): LegLine | null {
  const text = line.text.trim();
  const match = text.match(/^(\S.*?)\s+(\d{1,2})-(\d{1,2})\s+(\S.*?)$/);
  if (!match?.[1] || !match[4] || text.endsWith('.')) return null;
  const [home, away] = [match[1].trim(), match[4].trim()];
  if (!isName(home) || !isName(away)) return null;
  return { line: line.n, home, away, homeGoals: Number(match[2]), awayGoals: Number(match[3]) };
}

const looksLikeOutcome = (text: string): boolean =>
  /\d{1,2}\s*[–-]\s*\d{1,2} on aggregate\b/i.test(text) ||
  /\bwon\b.*\bon (?:aggregate|penalties|away goals)\b/i.test(text);

const LEVEL_PREFIX = /^(?:Tied\s+)?(\d{1,2})\s*[–-]\s*(\d{1,2}) on aggregate\s*[,.;]?\s*/i;
const WON = /^(.+?) won (?:(\d{1,2})\s*[–-]\s*(\d{1,2}) )?on (aggregate|penalties|away goals)\b(.*)$/i;
const ADVANCED = /advanced to the ([^(.]+?)\s*(?:\(Match ([A-Z]+\d+)\))?\s*\.?\s*$/i;

export function readOutcomeLine(line: ArticleLine): OutcomeLine | null {
  const text = line.text.trim();
  if (!looksLikeOutcome(text)) return null;
  const outcome: OutcomeLine = {
    line: line.n,
    text,
    winner: null,
    method: null,
    aggregate: null,
    kicks: null,
    advancedTo: null,
    matchRef: null,
  };
  let rest = text;
  const level = text.match(LEVEL_PREFIX);
  if (level) {
    const [a, b] = [Number(level[1]), Number(level[2])];
    // "1–2 on aggregate" without a winner clause is still a stated aggregate, just not a level one.
    outcome.aggregate =
      a === b ? { kind: 'level', goals: a } : { kind: 'won', winner: Math.max(a, b), loser: Math.min(a, b) };
    rest = text.slice(level[0].length);
  }
  const won = rest.match(WON);
  if (won?.[1] && won[4]) {
    outcome.winner = won[1].trim();
    const method = won[4].toLowerCase();
    outcome.method =
      method === 'away goals' ? 'away-goals' : method === 'penalties' ? 'penalties' : 'aggregate';
    if (won[2] !== undefined && won[3] !== undefined) {
      const score = { winner: Number(won[2]), loser: Number(won[3]) };
      if (outcome.method === 'penalties') outcome.kicks = score;
      else if (outcome.method === 'aggregate') outcome.aggregate = { kind: 'won', ...score };
    }
    rest = won[5] ?? '';
  }
  const advanced = rest.match(ADVANCED);
  if (advanced?.[1]) {
    outcome.advancedTo = advanced[1].trim();
    outcome.matchRef = advanced[2] ?? null;
  }
  return outcome;
}
