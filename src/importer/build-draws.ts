// Each stage's draw. Articles often keep only the first row of a pot table; where the draw states
// "the teams from Pot 1 hosting the second leg", the pots follow from who hosted which leg, and the
// rows that are printed are checked against that rule.
import type { Competition, Draw, Pot, TeamId } from '../domain/types.ts';
import type { StageIds } from './assign-tie-ids.ts';
import type { FindingLog } from './findings.ts';
import type { FollowedTeams, TeamTrail } from './follow-teams.ts';
import { nameKey } from './names.ts';
import type { DrawText } from './read-draw.ts';
import { isStageNamed, type StageText } from './read-stages.ts';

export interface Draws {
  draws: (Draw | null)[];
  rankings: Map<TeamId, number>;
}

export function buildDraws(
  stages: readonly StageText[],
  stageIds: readonly StageIds[],
  followed: FollowedTeams,
  drawText: DrawText,
  seeding: Competition['seeding'],
  log: FindingLog,
): Draws {
  const rankings = new Map<TeamId, number>();
  const trails = new Map(followed.teams.map((team) => [team.id, team]));
  const draws = stages.map((stage, s): Draw | null => {
    const statement = drawText.stages.find((candidate) => isStageNamed(stage, candidate.stageName));
    const table = drawText.potTables.find(
      (candidate) => candidate.stageName !== null && isStageNamed(stage, candidate.stageName),
    );
    const ties = followed.ties[s] ?? [];
    const ids = stageIds[s]?.ids ?? [];
    if (statement?.hosting === 'higher-ranking-hosts-second-leg')
      checkRankingHosts(stage, ids, followed.ties[s] ?? [], rankings, seeding, log);
    if (statement?.withoutDraw) return null;
    if (drawText.date === null) {
      if (statement || table)
        log.warning(
          'draw-date-missing',
          statement?.line ?? table?.line ?? null,
          `The ${stage.name} draw has no date in the text: no draw recorded.`,
          { stage: stage.id },
        );
      return null;
    }
    const rules = statement?.sentences ?? [];
    if (!table) return { date: drawText.date, place: drawText.place, pots: [], rules };

    // Pot k of the table: which team each printed row is. Two teams of the stage may share a name;
    // then the hosting rule says which one a pot holds.
    const inStage = ties.flatMap((tie) => tie.teams.map((team, side) => ({ team, side })));
    const ruled = statement?.hosting === 'pot-1-hosts-second-leg' && table.pots.length === 2;
    const printed: { team: TeamId; pot: number }[] = [];
    table.pots.forEach((pot, p) =>
      pot.rows.forEach((row) => {
        const named = inStage.filter(
          (entry) => nameKey(trails.get(entry.team)?.name ?? '') === nameKey(row.name),
        );
        const hosted = ruled ? named.filter((entry) => entry.side === (p === 0 ? 1 : 0)) : [];
        const chosen = named.length === 1 ? named[0] : hosted.length === 1 ? hosted[0] : undefined;
        if (!chosen) {
          log.warning(
            'pot-team-unknown',
            table.line,
            `${pot.name} of the ${stage.name} lists "${row.name}", which ${named.length === 0 ? 'plays no tie of that stage' : 'stands for several teams of that stage'}.`,
            { stage: stage.id },
          );
          return;
        }
        if (named.length > 1) {
          const tie = ids[ties.findIndex((candidate) => candidate.teams.includes(chosen.team))];
          log.info(
            'pot-name-resolved',
            table.line,
            `${pot.name} "${row.name}${row.ranking === null ? '' : ` (${row.ranking})`}" is ${chosen.team}: of the ${named.length} "${row.name}" teams of the ${stage.name} only it hosts the ${p === 0 ? 'second' : 'first'} leg (${tie}), as ${pot.name} teams do.`,
            { team: chosen.team },
          );
        }
        if (row.ranking !== null) rankings.set(chosen.team, row.ranking);
        printed.push({ team: chosen.team, pot: p });
      }),
    );
    const entryOf = (team: TeamId): Pot['entries'][number] => {
      const trail = trails.get(team) as TeamTrail;
      const from = trail.stages.indexOf(s - 1);
      return trail.entry < s && from >= 0
        ? { winnerOf: trail.ties[from] ?? '' }
        : { team, ranking: rankings.get(team) ?? null };
    };
    const rows = table.pots.reduce((n, pot) => n + pot.rows.length, 0);
    if (!ruled) {
      if (rows < ties.length * 2) {
        log.warning(
          'pot-table-incomplete',
          table.line,
          `The ${stage.name} pot table lists ${rows} of ${ties.length * 2} teams and the text gives no hosting rule to complete it: the pots hold only the printed rows.`,
          { stage: stage.id },
        );
      }
      const pots = table.pots.map((pot, p) => ({
        name: pot.name,
        entries: printed.filter((entry) => entry.pot === p).map((entry) => entryOf(entry.team)),
      }));
      return { date: drawText.date, place: drawText.place, pots, rules };
    }
    for (const entry of printed) {
      const hostsSecond = ties.some((tie) => tie.teams[1] === entry.team);
      if (hostsSecond !== (entry.pot === 0)) {
        log.warning(
          'pot-contradicts-hosting',
          table.line,
          `${table.pots[entry.pot]?.name} lists ${trails.get(entry.team)?.name}, but it hosts the ${hostsSecond ? 'second' : 'first'} leg, and Pot 1 teams host the second leg.`,
          { team: entry.team },
        );
      }
    }
    if (rows < ties.length * 2) {
      log.warning(
        'pot-table-incomplete',
        table.line,
        `The ${stage.name} pot table lists ${rows} of ${ties.length * 2} teams; the rest of each pot follows from "Pot 1 hosting the second leg" (line ${statement?.line}) applied to the legs. Rankings are known only for the printed rows.`,
        { stage: stage.id },
      );
    }
    const pots = table.pots.map((pot, p) => ({
      name: pot.name,
      entries: ties.map((tie) => entryOf(tie.teams[p === 0 ? 1 : 0])),
    }));
    return { date: drawText.date, place: drawText.place, pots, rules };
  });
  return { draws, rankings };
}

/** "The team with the higher ranking hosts the second leg", checked where both rankings are known. */
function checkRankingHosts(
  stage: StageText,
  ids: string[],
  ties: FollowedTeams['ties'][number],
  rankings: Map<TeamId, number>,
  seeding: Competition['seeding'],
  log: FindingLog,
) {
  ties.forEach((tie, t) => {
    const [first, second] = tie.teams.map((team) => rankings.get(team));
    if (first === undefined || second === undefined || first === second) return;
    const secondIsHigher = seeding.kind === 'position' ? second < first : second > first;
    if (!secondIsHigher) {
      log.warning(
        'ranking-contradicts-hosting',
        stage.ties[t]?.line ?? stage.line,
        `${ids[t]}: ${tie.teams[1]} (ranked ${second}) hosted the second leg against ${tie.teams[0]} (ranked ${first}), but the team with the higher ranking hosts it.`,
        { tie: ids[t] ?? '' },
      );
    }
  });
}
