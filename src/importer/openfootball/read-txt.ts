// Football.TXT → the list of matches. One pass over the lines: the `= Title`, round headings (`» Round
// 1`, `▪ Round of 16`, `== Group Stage`, or a bare `Quarter-finals`), date lines (which may also start
// a match line), kick-off times (carried to the next lines of the same date, as the files align them),
// match lines in both layouts (`A (ENG) v B (FRA)  2-1 (1-0)` and `A (ENG)  2-1 (1-0)  B (FRA)`),
// `@ Stadium, City`, and `#` comments. Goal lines, line-ups and other prop lines are passed over.
import type { FindingLog } from '../findings.ts';
import type { FootballMatch, MatchList, Pair } from './match.ts';
import { createDateReader, readPrintedDate, readTime } from './read-date.ts';
import { looksLikeRound } from './read-round.ts';
import { readScore, type ReadScore } from './read-score.ts';
import { readSeason } from './season.ts';

const TEAM_CODE = /^(.*?\S)\s*\(([A-Za-z]{3})\)$/;
/** Between the two teams: " v ", " vs ", " vs. ", or " - " when the left side does not end in a digit. */
const SEPARATOR = /\s(?:v|vs\.?)\s|(?<=[^\d\s])\s+[-–]\s+(?=\D)/i;
const SCORE_START = /(?:^|\s)(?=\d{1,2}\s*-\s*\d{1,2}(?!\d)|\[)/;
const HEADING_MARK = /^\s*(?:»|▪|==+(?!=))/;
const PROP = /^\s*\p{L}[^:]*:(?:\s|$)/u;

function readTeam(printed: string): { name: string; country: string | null } {
  const text = printed.trim();
  const m = TEAM_CODE.exec(text);
  return m?.[1] && m[2] ? { name: m[1], country: m[2].toUpperCase() } : { name: text, country: null };
}

/** "Stadium, City" → both; one name alone is kept as the venue (it may be a ground or a town). */
function readVenue(text: string): { venue: string | null; city: string | null } {
  const place = text.replace(/\(UTC[^)]*\)/gi, '').trim();
  if (!place) return { venue: null, city: null };
  const comma = place.lastIndexOf(',');
  return comma < 0
    ? { venue: place, city: null }
    : { venue: place.slice(0, comma).trim() || null, city: place.slice(comma + 1).trim() || null };
}

/** "[agg 3-0]" among a score's annotations. */
function statedAggregate(notes: readonly string[]): { statedAggregate?: Pair } {
  for (const note of notes) {
    const m = /^agg\.?\s*(\d{1,2})\s*-\s*(\d{1,2})$/i.exec(note);
    if (m) return { statedAggregate: [Number(m[1]), Number(m[2])] };
  }
  return {};
}

type LineRead =
  | { kind: 'match'; team1: string; team2: string; score: ReadScore | null }
  | { kind: 'bad-score'; team1: string; team2: string; text: string }
  | null;

/** A match line without its date, time and venue, or null when the line is not one. */
function readMatchText(text: string): LineRead {
  const sep = SEPARATOR.exec(text);
  if (sep) {
    const team1 = text.slice(0, sep.index).trim();
    const right = text.slice(sep.index + sep[0].length).trim();
    if (!team1 || !right) return null;
    const start = SCORE_START.exec(right);
    if (start) {
      const team2 = right.slice(0, start.index).trim();
      const rest = right.slice(start.index).trim();
      const score = readScore(rest);
      if (!team2) return null;
      if (!score || rest.slice(score.end).trim() !== '')
        return { kind: 'bad-score', team1, team2, text: rest };
      return { kind: 'match', team1, team2, score: score.read };
    }
    const runs = right.split(/\s{2,}|\t+/);
    if (runs.length > 1 && runs[0])
      return { kind: 'bad-score', team1, team2: runs[0], text: runs.slice(1).join('  ') };
    return { kind: 'match', team1, team2: right, score: null };
  }
  const start = /\s(?=\d{1,2}\s*-\s*\d{1,2}(?!\d))/.exec(text);
  if (!start) return null;
  const team1 = text.slice(0, start.index).trim();
  const rest = text.slice(start.index).trim();
  const score = readScore(rest);
  if (!team1 || !/^\p{L}|^\d+\.?\s*\p{L}/u.test(team1) || !score) return null;
  // The second team, then any annotations ("[aet]") after it.
  const after = rest.slice(score.end);
  const bracket = after.indexOf('[');
  const team2 = (bracket < 0 ? after : after.slice(0, bracket)).trim();
  if (!team2 || /^[\d(]/.test(team2)) return null;
  if (bracket >= 0) {
    const notes = readScore(`0-0 ${after.slice(bracket)}`);
    if (notes) {
      const read = score.read;
      const marks = notes.read;
      if (marks.awarded) read.awarded = true;
      if (marks.score.p) read.score = { ...read.score, p: marks.score.p };
      if (marks.score.et && !read.score.et) {
        read.score = { ...read.score, et: read.score.ft, ft: null };
        read.extraTimeOnly = true;
      }
      read.notes.push(...marks.notes);
    }
  }
  return { kind: 'match', team1, team2, score: score.read };
}

export function readFootballTxt(text: string, log: FindingLog): MatchList {
  const lines = text.split(/\r?\n|\r/);
  const matches: FootballMatch[] = [];
  let title: string | null = null;
  let titleLine: number | null = null;
  let round = '';
  let stage = '';
  let date: string | null = null;
  let time: string | null = null;
  let readDate = createDateReader(null);
  let passedOver = 0;
  /** Lines of dates with no year that neither the title's season nor an earlier date gives. */
  const unplaced: number[] = [];

  for (let i = 0; i < lines.length; i += 1) {
    const number = i + 1;
    const raw = (lines[i] ?? '').replace(/\t/g, '    ');
    // A comment runs from "#" at the start or after a space to the end of the line.
    const hash = raw.search(/(?:^|\s)#/);
    const line = (hash < 0 ? raw : raw.slice(0, hash)).replace(/\s+$/, '');
    if (line.trim() === '') continue;
    const indented = /^\s/.test(line);
    const trimmed = line.trim();

    if (/^=(?!=)/.test(trimmed)) {
      if (title === null) {
        title = trimmed.replace(/^=\s*|\s*=*$/g, '');
        titleLine = number;
        const season = readSeason(title);
        readDate = createDateReader(season);
      }
      continue;
    }
    // "▪ Round of 16  |  Sat Dec 3 - Tue Dec 6" defines a round's dates: not a heading.
    if (HEADING_MARK.test(line) && !trimmed.includes('|')) {
      const heading = trimmed.replace(/^(?:»|▪|=+)\s*|\s*=*$/g, '');
      // "== Qualifying" names a stage; the round headings under it belong to it ("Qualifying, Round 1").
      if (trimmed.startsWith('==')) stage = heading;
      round = trimmed.startsWith('==') || !stage ? heading : `${stage}, ${heading}`;
      date = null;
      time = null;
      continue;
    }
    const goalLine = (trimmed.startsWith('[') && !readPrintedDate(trimmed)) || trimmed.startsWith('(');
    if (goalLine || trimmed.includes('|') || PROP.test(trimmed)) {
      passedOver += 1;
      continue;
    }

    let rest = trimmed;
    const printed = readPrintedDate(rest);
    if (printed) {
      date = readDate(printed);
      time = null;
      if (date === null) unplaced.push(number);
      rest = rest.slice(printed.length).trim();
    }
    const kickoff = readTime(rest);
    if (kickoff) {
      time = kickoff.time;
      rest = rest.slice(kickoff.length).trim();
    }
    if (rest === '') continue;

    let venue: { venue: string | null; city: string | null } = { venue: null, city: null };
    const at = rest.search(/(?:^|\s)@\s/);
    if (at >= 0) {
      venue = readVenue(rest.slice(rest.indexOf('@', at) + 1));
      rest = rest.slice(0, at).trim();
      // A venue line of its own ("  @ Wembley Stadium, London") is the previous match's.
      const previous = matches.at(-1);
      if (
        rest === '' &&
        !printed &&
        !kickoff &&
        previous &&
        previous.venue === null &&
        previous.city === null
      ) {
        Object.assign(previous, venue);
        continue;
      }
    }

    if (!printed && !kickoff && looksLikeRound(rest) && !/\s(?:v|vs\.?)\s/i.test(rest)) {
      round = stage ? `${stage}, ${rest}` : rest;
      date = null;
      time = null;
      continue;
    }
    const read = readMatchText(rest.replace(/–/g, '-').replace(/(?<=\d)\s*:\s*(?=\d)/g, '-'));
    if (read === null) {
      if (!indented && !printed && !kickoff) {
        log.warning(
          'line-not-read',
          number,
          `Line ${number}: "${rest.slice(0, 80)}" is neither a round heading, a date nor a match; passed over.`,
        );
      } else passedOver += 1;
      continue;
    }
    const one = readTeam(read.team1);
    const two = readTeam(read.team2);
    if (read.kind === 'bad-score') {
      log.error(
        'unreadable-score',
        number,
        `Line ${number}: the score "${read.text}" of ${one.name} v ${two.name} is not readable; expected a score such as "2-1 (1-0)", "1-1 a.e.t. (1-0, 0-0)", "5-4 pen. 1-1 a.e.t. (1-1, 0-0)", or no score for a match not played. The match is left out.`,
      );
      continue;
    }
    const score = read.score;
    if (score?.extraTimeOnly)
      log.warning(
        'extra-time-score-unknown',
        number,
        `Line ${number}: ${one.name} v ${two.name} went to extra time but the 90-minute score is not given; the leg is recorded with its final score only.`,
      );
    matches.push({
      line: number,
      round,
      date,
      time,
      team1: one.name,
      team2: two.name,
      country1: one.country,
      country2: two.country,
      score: score?.score ?? { ft: null, et: null, p: null, ht: null },
      awarded: score?.awarded ?? false,
      ...statedAggregate(score?.notes ?? []),
      ...venue,
    });
  }
  if (unplaced.length > 0)
    log.warning(
      'date-without-year',
      unplaced[0] ?? null,
      `${unplaced.length} date line${unplaced.length === 1 ? '' : 's'} (line ${unplaced.slice(0, 5).join(', ')}${unplaced.length > 5 ? '…' : ''}) give no year, and neither the title (a season such as 2024/25) nor an earlier date does: the matches under them have no date.`,
    );
  if (passedOver > 0)
    log.info(
      'lines-passed-over',
      null,
      `${passedOver} line${passedOver === 1 ? '' : 's'} (goals, line-ups, definitions, properties) passed over: the bracket does not need them.`,
    );
  return { title, titleLine, matches };
}
