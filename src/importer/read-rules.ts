// What the article says about the competition as a whole: season, dates, confederation, seeding, and
// the tie-break rules of its Format section (away goals, extra time, the regulation it cites).
import type { Competition, Rules } from '../domain/types.ts';
import { splitSentences, type Article, type ArticleLine } from './article-text.ts';
import type { FindingLog } from './findings.ts';
import { readDate } from './read-dates.ts';

const CONFEDERATIONS = ['CONMEBOL', 'CONCACAF', 'UEFA', 'CAF', 'AFC', 'OFC'];

/** The Format section's lines, or else any line that states a tie-break. */
function formatLines(article: Article): readonly ArticleLine[] {
  const section = article.sections.find((candidate) => /^format$/i.test(candidate.title));
  if (section) return section.lines;
  return article.lines.filter((line) =>
    /two-legged|extra time|away goals rule|penalty shoot-out/i.test(line.text),
  );
}

export function readRules(article: Article, hosting: string[], log: FindingLog): Rules {
  const lines = formatLines(article).filter((line) => line.text.trim() !== '');
  const text = lines.map((line) => line.text).join(' ');
  const lineOf = (pattern: RegExp) => lines.find((line) => pattern.test(line.text))?.n ?? null;
  if (lines.length === 0)
    log.warning('no-format', null, 'The article has no Format section: tie-break rules are unknown.');

  let awayGoals = false;
  if (/away goals/i.test(text)) {
    awayGoals = !/\b(?:no|not|without|abolished)\b[^.]*away goals|away goals rule (?:was|is|would) not/i.test(
      text,
    );
  } else if (lines.length > 0) {
    log.info(
      'away-goals-unstated',
      lines[0]?.n ?? null,
      'The Format does not mention the away goals rule: rules.awayGoals = false, a level aggregate goes to the shoot-out.',
    );
  }

  let extraTime = false;
  if (/extra time/i.test(text)) {
    extraTime = !/(?:\bno extra time|extra time[^.]*?\bnot\b)/i.test(text);
  } else {
    log.warning(
      'extra-time-unstated',
      lineOf(/./),
      'The Format does not say whether extra time is played: assumed not (rules.extraTime = false).',
    );
  }

  const regulation = text.match(/\((Regulations?\b[^()]*)\)/)?.[1] ?? '';
  if (regulation === '')
    log.warning(
      'regulation-missing',
      lineOf(/./),
      'The Format cites no regulation: rules.regulation is empty.',
    );
  const source = lineOf(/away goals|extra time/i);
  log.info(
    'rules-read',
    source,
    `Rules read from the Format: away goals ${awayGoals ? 'applied' : 'not applied'}, extra time ${extraTime ? 'played' : 'not played'}${regulation ? ` (${regulation})` : ''}.`,
  );
  return { awayGoals, extraTime, regulation, hosting };
}

export interface CompetitionText {
  season: string | null;
  dates: { start: string; end: string } | null;
  confederation: string | null;
  seeding: Competition['seeding'] | null;
}

export function readCompetitionText(article: Article, log: FindingLog): CompetitionText {
  const text = article.lines.map((line) => line.text).join('\n');
  const season = article.title?.match(/^(\d{4}(?:\s*[–-]\s*\d{2,4})?)\b/)?.[1] ?? null;

  let dates: CompetitionText['dates'] = null;
  const span = text.match(
    /\b(?:from|began on)\s+(\d{1,2}\s+[A-Za-z]+(?:\s+\d{4})?)\s+(?:to|and ended on)\s+(\d{1,2}\s+[A-Za-z]+\s+(\d{4}))/,
  );
  if (span?.[1] && span[2]) {
    const end = readDate(span[2]);
    const endYear = Number(span[3]);
    let start = readDate(span[1], endYear);
    if (start && end && start > end) start = readDate(span[1], endYear - 1);
    if (start && end) dates = { start, end };
  }

  const counts = CONFEDERATIONS.map(
    (name) => [name, text.match(new RegExp(`\\b${name}\\b`, 'g'))?.length ?? 0] as const,
  );
  const [top] = [...counts].sort((a, b) => b[1] - a[1]);
  const confederation = top && top[1] > 0 ? top[0] : null;
  if (confederation)
    log.info(
      'confederation-from-text',
      null,
      `Confederation read as ${confederation}, the one the text names most (${top?.[1]} times).`,
    );

  let seeding: CompetitionText['seeding'] = null;
  for (const sentence of article.lines.flatMap((line) => splitSentences(line.text))) {
    const seeded = sentence.match(/seeded by their (.+?) as of (\d{1,2}\s+[A-Za-z]+\s+\d{4})/);
    if (seeded?.[1]) {
      seeding = {
        ranking: seeded[1],
        kind: /\bpoints\b/i.test(sentence) ? 'points' : 'position',
        asOf: readDate(seeded[2] ?? ''),
      };
      break;
    }
    const shown = sentence.match(/\(([^()]*?\branking)(?: points)? shown in parentheses\)/i);
    if (shown?.[1]) {
      seeding = { ranking: shown[1], kind: /\bpoints\b/i.test(sentence) ? 'points' : 'position', asOf: null };
      break;
    }
  }
  return { season, dates, confederation, seeding };
}
