// Stage sections and their ties: legs are read in order, a "----" line or an outcome line closes a
// block, and two consecutive legs between the same two names with home and away swapped make a tie.
import { isHeading, type Article, type ArticleLine } from './article-text.ts';
import type { FindingLog } from './findings.ts';
import { createIdAllocator, nameKey, slugify } from './names.ts';
import { readDateRange, lastYear } from './read-dates.ts';
import { readLegLine, readOutcomeLine, type LegLine, type OutcomeLine } from './read-result-lines.ts';

export interface RawTie {
  /** One or two legs, in playing order. */
  legs: readonly LegLine[];
  outcome: OutcomeLine | null;
  line: number;
}

export interface StageText {
  id: string;
  name: string;
  line: number;
  order: number;
  ties: readonly RawTie[];
  dates: { firstLegs: string[]; secondLegs: string[] };
}

export interface ResultsText {
  stages: StageText[];
  legLines: number;
  outcomeLines: OutcomeLine[];
}

const NOT_A_STAGE =
  /^(draw|format|bracket|schedule|notes|references|see also|teams|qualified teams|infobox)$/i;
const STAGE_TITLE = /\b(stage|round|qualifying|preliminary|play-?offs?)\b/i;
const UNREAD = /\b(won|walkover|withdrew|disqualified|aggregate|penalties|forfeit)\b/i;

const isReverse = (a: LegLine, b: LegLine): boolean =>
  nameKey(a.home) === nameKey(b.away) && nameKey(a.away) === nameKey(b.home);

/** Pairs consecutive legs of a block into ties; the outcome belongs to the last one. */
function pairLegs(legs: LegLine[], outcome: OutcomeLine | null, log: FindingLog): RawTie[] {
  const ties: RawTie[] = [];
  for (let i = 0; i < legs.length;) {
    const [a, b] = [legs[i], legs[i + 1]];
    if (!a) break;
    if (b && isReverse(a, b)) {
      ties.push({ legs: [a, b], outcome: null, line: a.line });
      i += 2;
      continue;
    }
    if (b && nameKey(a.home) === nameKey(b.home) && nameKey(a.away) === nameKey(b.away)) {
      log.error(
        'same-host-twice',
        b.line,
        `${b.home} hosts both legs against ${b.away} (lines ${a.line} and ${b.line}); a two-legged tie is played home and away. Kept the first leg only.`,
      );
      ties.push({ legs: [a], outcome: null, line: a.line });
      i += 2;
      continue;
    }
    log.warning(
      'unpaired-leg',
      a.line,
      `${a.home} v ${a.away} has no return leg next to it: a tie with one leg.`,
    );
    ties.push({ legs: [a], outcome: null, line: a.line });
    i += 1;
  }
  const last = ties[ties.length - 1];
  if (last && outcome) ties[ties.length - 1] = { ...last, outcome };
  return ties;
}

function readStageDates(lines: readonly ArticleLine[]): StageText['dates'] {
  for (const line of lines) {
    const match = line.text.match(
      /first legs were played on (.+?),? and the second legs were played on (.+?)\.?$/i,
    );
    if (!match?.[1] || !match[2]) continue;
    const year = lastYear(line.text);
    const first = readDateRange(match[1], year);
    const second = readDateRange(match[2], year);
    return { firstLegs: first ?? [], secondLegs: second ?? [] };
  }
  return { firstLegs: [], secondLegs: [] };
}

export function readStages(article: Article, log: FindingLog): ResultsText {
  const stages: StageText[] = [];
  const outcomeLines: OutcomeLine[] = [];
  let legLines = 0;
  const stageId = createIdAllocator();

  const readBlocks = (lines: readonly ArticleLine[], inStage: boolean): RawTie[] => {
    const ties: RawTie[] = [];
    let pending: LegLine[] = [];
    const close = (outcome: OutcomeLine | null) => {
      if (pending.length > 0) ties.push(...pairLegs(pending, outcome, log));
      else if (outcome) {
        log.warning(
          'orphan-outcome',
          outcome.line,
          `Outcome line with no legs before it${inStage ? '' : ', outside any stage section'}: "${outcome.text}"`,
        );
      }
      pending = [];
    };
    for (const line of lines) {
      const text = line.text.trim();
      if (/^-{4,}$/.test(text) || isHeading(text)) {
        close(null);
        continue;
      }
      const leg = readLegLine(line);
      if (leg) {
        legLines += 1;
        pending.push(leg);
        continue;
      }
      const outcome = readOutcomeLine(line);
      if (outcome) {
        outcomeLines.push(outcome);
        close(outcome);
        continue;
      }
      if (inStage && UNREAD.test(text))
        log.warning('unread-line', line.n, `Could not read this line: "${text}".`);
    }
    close(null);
    return ties;
  };

  const outside: ArticleLine[] = [...article.intro];
  for (const section of article.sections) {
    const stageLike =
      !NOT_A_STAGE.test(section.title) &&
      (STAGE_TITLE.test(section.title) || section.lines.some((line) => readLegLine(line)));
    if (!stageLike) {
      outside.push(...section.lines);
      continue;
    }
    const ties = readBlocks(section.lines, true);
    if (ties.length === 0) {
      log.warning('stage-without-results', section.line, `Section "${section.title}" has no legs.`);
      continue;
    }
    stages.push({
      id: stageId(slugify(section.title)),
      name: section.title,
      line: section.line,
      order: stages.length + 1,
      ties,
      dates: readStageDates(section.lines),
    });
  }
  const stray = readBlocks(outside, false);
  for (const tie of stray) {
    log.warning(
      'result-outside-stage',
      tie.line,
      `Legs outside any stage section are not imported: ${tie.legs.map((leg) => `${leg.home} ${leg.homeGoals}-${leg.awayGoals} ${leg.away}`).join(', ')}.`,
    );
  }
  return { stages, legLines, outcomeLines };
}

/** Whether a sentence names this stage ("the second stage" names "Second stage"). */
export const isStageNamed = (stage: { name: string }, printed: string): boolean =>
  nameKey(stage.name) === nameKey(printed.replace(/^the\s+/i, ''));
