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

/** The line of each object directly inside the root object's "matches" array, in order. */
function matchLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let arrayDepth = -1;
  let lastString = '';
  let afterKey = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 10) line += 1;
    else if (c === 34) {
      // A string: skip to its closing quote.
      let j = i + 1;
      while (j < text.length && text.charCodeAt(j) !== 34) j += text.charCodeAt(j) === 92 ? 2 : 1;
      lastString = depth === 1 ? text.slice(i + 1, j) : '';
      i = j;
    } else if (c === 58) afterKey = lastString === 'matches';
    else if (c === 91 || c === 123) {
      if (c === 91 && afterKey && depth === 1 && arrayDepth < 0) arrayDepth = depth + 1;
      else if (c === 123 && depth === arrayDepth) lines.push(line);
      depth += 1;
      afterKey = false;
    } else if (c === 93 || c === 125) {
      depth -= 1;
      if (c === 93 && depth + 1 === arrayDepth) arrayDepth = -2;
    } else if (c === 44) afterKey = false;
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
  if (!isRecord(json) || !Array.isArray(json.matches)) {
    log.error('not-football-json', 1, 'Expected a Football.JSON document: an object with a "matches" array.');
    return null;
  }
  const lines = matchLines(text);
  const matches: FootballMatch[] = [];
  json.matches.forEach((item: unknown, i) => {
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
    const score: Record<string, unknown> = isRecord(item.score) ? item.score : {};
    const read: FootballScore = { ft: null, et: null, p: null, ht: null };
    for (const key of ['ft', 'et', 'p', 'ht'] as const) {
      const value = score[key];
      if (value === undefined || value === null) continue;
      const pair = readPair(value);
      if (!pair) {
        log.error(
          'unreadable-score',
          line,
          `${where}: the score "${key}" of ${one.name} v ${two.name} is ${JSON.stringify(value)}; expected two goal counts such as [2, 1]. Left out.`,
        );
        continue;
      }
      read[key] = pair;
    }
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
