// Football.JSON → the list of matches: `{ name, matches: [{ round, date, time?, team1, team2,
// score: { ht, ft, et, p } }] }`, a team a string ("Arsenal FC (ENG)") or `{ name, code }`. JSON.parse
// reads the values; one scan of the text finds the line of each match's `{`, so that the report can
// name lines as it does for Football.TXT.
import type { FindingLog } from '../findings.ts';
import type { FootballMatch, FootballScore, MatchList, Pair } from './match.ts';

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/**
 * The line of each object directly inside a "matches" array (the root's, or a round's in the older
 * `rounds: [{ name, matches }]` layout), in document order.
 */
function matchLines(text: string): number[] {
  const lines: number[] = [];
  /** For each open array or object: whether it is a "matches" array. */
  const open: boolean[] = [];
  let line = 1;
  let lastString = '';
  let afterKey = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 10) line += 1;
    else if (c === 34) {
      // A string: skip to its closing quote.
      let j = i + 1;
      while (j < text.length && text.charCodeAt(j) !== 34) j += text.charCodeAt(j) === 92 ? 2 : 1;
      lastString = text.slice(i + 1, Math.min(j, i + 9));
      i = j;
    } else if (c === 58) afterKey = lastString === 'matches';
    else if (c === 91 || c === 123) {
      if (c === 123 && open[open.length - 1] === true) lines.push(line);
      open.push(c === 91 && afterKey);
      afterKey = false;
    } else if (c === 93 || c === 125) open.pop();
    else if (c === 44) afterKey = false;
  }
  return lines;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const readPair = (value: unknown): Pair | null =>
  Array.isArray(value) &&
  value.length === 2 &&
  value.every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0)
    ? [value[0] as number, value[1] as number]
    : null;

const TEAM_CODE = /^(.*?\S)\s*\(([A-Za-z]{3})\)$/;

function readTeam(value: unknown): { name: string; country: string | null } | null {
  if (typeof value === 'string') {
    const m = TEAM_CODE.exec(value.trim());
    return m?.[1] && m[2]
      ? { name: m[1], country: m[2].toUpperCase() }
      : { name: value.trim(), country: null };
  }
  if (isRecord(value) && typeof value.name === 'string') {
    const code =
      typeof value.code === 'string' && /^[A-Za-z]{3}$/.test(value.code) ? value.code.toUpperCase() : null;
    return {
      ...(readTeam(value.name) ?? { name: value.name }),
      ...(code ? { country: code } : { country: null }),
    };
  }
  return null;
}

export function readFootballJson(text: string, log: FindingLog): MatchList | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    // V8 says "at position 141"; Firefox "at line 5 column 47".
    const position = /position (\d+)/.exec(message);
    const stated = /line (\d+) column (\d+)/.exec(message);
    const at = position?.[1]
      ? lineColumn(text, Number(position[1]))
      : stated?.[1] && stated[2]
        ? { line: Number(stated[1]), column: Number(stated[2]) }
        : null;
    log.error(
      'invalid-json',
      at?.line ?? null,
      `The file is not valid JSON${at ? ` at line ${at.line}, column ${at.column}` : ''}: ${message.replace(/^JSON\.parse:\s*/, '').replace(/\s*(?:in JSON )?at (?:position \d+|line \d+ column \d+).*$/, '')}.`,
    );
    return null;
  }
  const rounds = isRecord(json) && Array.isArray(json.rounds) ? json.rounds : null;
  if (!isRecord(json) || (!Array.isArray(json.matches) && !rounds)) {
    log.error(
      'not-football-json',
      1,
      'Expected a Football.JSON document: an object with a "matches" array (or "rounds", each with "name" and "matches").',
    );
    return null;
  }
  // The older layout: the round is the name of the round the match is listed in.
  const items: unknown[] = rounds
    ? rounds.flatMap((round: unknown) =>
        isRecord(round) && Array.isArray(round.matches)
          ? round.matches.map((match: unknown) =>
              isRecord(match) && typeof round.name === 'string' ? { round: round.name, ...match } : match,
            )
          : [],
      )
    : (json.matches as unknown[]);
  const lines = matchLines(text);
  const matches: FootballMatch[] = [];
  items.forEach((item: unknown, i) => {
    const line = lines[i] ?? 1;
    const where = `Line ${line} (match ${i + 1})`;
    if (!isRecord(item)) {
      log.error('unreadable-match', line, `${where}: expected a match object.`);
      return;
    }
    const one = readTeam(item.team1);
    const two = readTeam(item.team2);
    if (!one || !two) {
      log.error(
        'unreadable-match',
        line,
        `${where}: expected "team1" and "team2", each a name or { "name", "code" }.`,
      );
      return;
    }
    // `score: { ft, et, p, ht }`, or the older `score1`/`score2` with `et`, `p` and `i` (half time) suffixes.
    const score: Record<string, unknown> = isRecord(item.score)
      ? item.score
      : Object.fromEntries(
          (
            [
              ['ft', ''],
              ['et', 'et'],
              ['p', 'p'],
              ['ht', 'i'],
            ] as const
          ).map(([key, suffix]) => [
            key,
            [item[`score1${suffix}`], item[`score2${suffix}`]].every(
              (goals) => goals === undefined || goals === null,
            )
              ? undefined
              : [item[`score1${suffix}`], item[`score2${suffix}`]],
          ]),
        );
    const read: FootballScore = { ft: null, et: null, p: null, ht: null };
    let unreadable = false;
    for (const key of ['ft', 'et', 'p', 'ht'] as const) {
      const value = score[key];
      if (value === undefined || value === null) continue;
      const pair = readPair(value);
      if (!pair) {
        log.error(
          'unreadable-score',
          line,
          `${where}: the score "${key}" of ${one.name} v ${two.name} is ${JSON.stringify(value)}; expected two goal counts such as [2, 1]. The match is left out.`,
        );
        unreadable = true;
        continue;
      }
      read[key] = pair;
    }
    if (unreadable) return;
    const date = typeof item.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(item.date) ? item.date : null;
    const time = typeof item.time === 'string' ? /^(\d{1,2})[:.](\d{2})/.exec(item.time) : null;
    const ground = typeof item.ground === 'string' ? item.ground : null;
    matches.push({
      line,
      round: typeof item.round === 'string' ? item.round : '',
      date,
      time: time?.[1] && time[2] ? `${time[1].padStart(2, '0')}:${time[2]}` : null,
      team1: one.name,
      team2: two.name,
      country1: one.country,
      country2: two.country,
      score: read,
      awarded: item.awarded === true || (typeof item.status === 'string' && /award/i.test(item.status)),
      ...(item.neutral === true ? { neutral: true } : {}),
      venue: ground,
      city: typeof item.city === 'string' ? item.city : null,
    });
  });
  const name = typeof json.name === 'string' ? json.name : null;
  const nameAt = text.indexOf('"name"');
  return {
    title: name,
    titleLine: name === null || nameAt < 0 ? null : lineColumn(text, nameAt).line,
    matches,
  };
}
