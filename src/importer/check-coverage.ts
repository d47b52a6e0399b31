// Is the text complete? Stated team counts against the ties given, and teams that appear in a later
// stage with no earlier tie that produced them against the byes the article states.
import type { StageIds } from './assign-tie-ids.ts';
import type { FindingLog } from './findings.ts';
import type { FollowedTeams } from './follow-teams.ts';
import type { BracketText } from './read-bracket.ts';
import { isStageNamed, type StageText } from './read-stages.ts';

export function checkCoverage(
  stages: readonly StageText[],
  stageIds: readonly StageIds[],
  followed: FollowedTeams,
  bracket: BracketText,
  log: FindingLog,
): void {
  const missingTies = new Map<number, number>();
  stages.forEach((stage, s) => {
    const stated = bracket.teamCounts.find((candidate) => isStageNamed(stage, candidate.stageName));
    if (!stated) return;
    const expected = Math.floor(stated.count / 2);
    const given = stage.ties.length;
    if (given < expected) {
      missingTies.set(s, expected - given);
      log.warning(
        'ties-missing',
        stated.line,
        `The article says the ${stage.name} had ${stated.count} teams, i.e. ${expected} ties, but gives ${given}: ${expected - given} ties are missing from the text.`,
        { stage: stage.id },
      );
    } else if (given > expected) {
      log.warning(
        'ties-extra',
        stated.line,
        `The article says the ${stage.name} had ${stated.count} teams (${expected} ties) but gives ${given} ties.`,
        { stage: stage.id },
      );
    }
  });

  stages.forEach((stage, s) => {
    if (s === 0) return;
    const previous = stages[s - 1];
    const newcomers = followed.teams.filter((team) => team.entry === s);
    const byes = bracket.byes.find((candidate) => isStageNamed(stage, candidate.stageName));
    const names = newcomers.map((team) => team.name).join(', ');
    if (!byes) {
      if (newcomers.length > 0) {
        log.info(
          'entrants-unstated',
          stage.line,
          `${newcomers.length} teams of the ${stage.name} come from no ${previous?.name} tie and the article states no byes: ${names}.`,
          { stage: stage.id },
        );
      }
      return;
    }
    if (newcomers.length === byes.count) {
      log.info(
        'byes-as-stated',
        byes.line,
        `${newcomers.length} teams enter at the ${stage.name}, as the ${byes.count} byes the article states.`,
        { stage: stage.id },
      );
      return;
    }
    if (newcomers.length < byes.count) {
      log.warning(
        'byes-short',
        byes.line,
        `The article states ${byes.count} byes to the ${stage.name}, but only ${newcomers.length} teams enter there: ${names}.`,
        { stage: stage.id },
      );
      return;
    }
    const extra = newcomers.length - byes.count;
    const missing = missingTies.get(s - 1);
    log.warning(
      'teams-from-nowhere',
      byes.line,
      `${newcomers.length} teams of the ${stage.name} come from no ${previous?.name} tie in the text, but the article states ${byes.count} byes (line ${byes.line}): ${extra} of them won ${previous?.name} ties missing from the text${missing ? ` (the ${missing} missing ties above)` : ''}. The text does not say which; the ${newcomers.length} are: ${names}.`,
      { stage: stage.id },
    );
    hintFromHosting(stage, stageIds[s]?.ids ?? [], followed, s, log);
  });
}

/**
 * If in every tie between an earlier-stage winner and a newcomer the winner hosts the first leg, the
 * newcomers that host a first leg against another newcomer are likely winners of missing ties.
 */
function hintFromHosting(
  stage: StageText,
  ids: string[],
  followed: FollowedTeams,
  s: number,
  log: FindingLog,
) {
  const entryOf = new Map(followed.teams.map((team) => [team.id, team.entry]));
  const ties = followed.ties[s] ?? [];
  const mixed = ties.filter((tie) => tie.teams.filter((team) => (entryOf.get(team) ?? s) < s).length === 1);
  const hostsFirst = mixed.filter((tie) => (entryOf.get(tie.teams[0]) ?? s) < s);
  if (mixed.length < 3 || hostsFirst.length !== mixed.length) return;
  const likely = ties.flatMap((tie, t) =>
    tie.teams.every((team) => entryOf.get(team) === s)
      ? [`${followed.teams.find((team) => team.id === tie.teams[0])?.name} (${ids[t]})`]
      : [],
  );
  if (likely.length === 0) return;
  log.info(
    'likely-from-missing-ties',
    stage.line,
    `In all ${mixed.length} ${stage.name} ties between an earlier winner and a newcomer, the earlier winner hosts the first leg; by that pattern ${likely.join(' and ')}, hosting the first leg against another newcomer, likely won ties missing from the text. A guess, not recorded in the data.`,
    { stage: stage.id },
  );
}
