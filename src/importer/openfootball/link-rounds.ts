// Where each tie's winner goes: the tie of the next round in which it plays (the file names no
// pairings, so a team appearing in a later round is the link), else the exit after the last round:
// the title after a final, the league phase (group stage before 2024-25) after a qualifying
// competition's last round. A winner who plays no later round while other winners of its round do has
// vanished: an error naming its line.
import type { Destination, Exit, ExitPhase, TeamId } from '../../domain/types.ts';
import type { FindingLog } from '../findings.ts';
import type { KnockoutRound } from './build-ties.ts';
import type { SettledTie } from './settle-ties.ts';

export interface StageTies {
  round: KnockoutRound;
  stageId: string;
  ids: string[];
  ties: SettledTie[];
}

export interface LinkContext {
  /** The competition the last round leads into ("UEFA Champions League"). */
  competitionName: string;
  qualifying: boolean;
  seasonStart: number | null;
  /** The group or league phases of the file; the one at index k follows the rounds of segment k. */
  phaseKinds: readonly ('group-stage' | 'league-phase')[];
}

const ELIMINATED: Exit = { id: 'eliminated', name: 'Eliminated', kind: 'out', phase: 'eliminated' };
const NOT_IN_FILE: Exit = { id: 'not-in-file', name: 'Not in the file', kind: 'advance' };

function lastExit(stage: StageTies, context: LinkContext): Exit {
  const competitionName = context.competitionName;
  const phaseAfter = context.phaseKinds[stage.round.segment];
  if (phaseAfter) {
    const words = phaseAfter === 'league-phase' ? 'league phase' : 'group stage';
    return {
      id: phaseAfter,
      name: `${competitionName} ${words}`,
      kind: 'advance',
      phase: phaseAfter,
      competitionName,
    };
  }
  if (stage.round.heading.round?.kind === 'final')
    return {
      id: 'title',
      name: `${competitionName} title`,
      kind: 'advance',
      phase: 'title',
      competitionName,
    };
  if (context.qualifying) {
    const phase: ExitPhase =
      context.seasonStart !== null && context.seasonStart < 2024 ? 'group-stage' : 'league-phase';
    const words = phase === 'league-phase' ? 'league phase' : 'group stage';
    return { id: phase, name: `${competitionName} ${words}`, kind: 'advance', phase, competitionName };
  }
  return NOT_IN_FILE;
}

export function linkRounds(
  stages: StageTies[],
  context: LinkContext,
  nameOf: (team: TeamId) => string,
  log: FindingLog,
): { winnerTo: Destination[][]; loserTo: Destination[][]; exits: Exit[] } {
  /** For each team, the stages and ties it plays, in order. */
  const plays = new Map<TeamId, { s: number; t: number }[]>();
  stages.forEach((stage, s) =>
    stage.ties.forEach((tie, t) =>
      tie.teams.forEach((team) => {
        const list = plays.get(team) ?? [];
        list.push({ s, t });
        plays.set(team, list);
      }),
    ),
  );
  const nextOf = (team: TeamId, after: number) => {
    const segment = stages[after]?.round.segment;
    const next = plays.get(team)?.find((at) => at.s > after) ?? null;
    return next && stages[next.s]?.round.segment === segment ? next : null;
  };
  const exits = new Map<string, Exit>([[ELIMINATED.id, ELIMINATED]]);
  const toExit = (exit: Exit): Destination => {
    exits.set(exit.id, exit);
    return { exit: exit.id };
  };
  const slotIn = (at: { s: number; t: number }, team: TeamId): Destination => {
    const target = stages[at.s]!;
    return { tie: target.ids[at.t]!, slot: target.ties[at.t]!.teams[0] === team ? 0 : 1 };
  };

  const winnerTo = stages.map((stage, s) => {
    const winners = stage.ties.map((tie) => tie.winner).filter((team): team is TeamId => team !== null);
    const continuing = winners.filter((team) => nextOf(team, s) !== null);
    if (winners.length > 0 && continuing.length === 0) {
      const exit = lastExit(stage, context);
      log.info(
        'winners-leave',
        stage.round.line,
        `The winners of the ${stage.round.heading.name} play no later round in the file: they go to "${exit.name}"${exit === NOT_IN_FILE ? ' (the file ends here)' : ''}.`,
        { stage: stage.stageId },
      );
    }
    return stage.ties.map((tie, t): Destination => {
      const id = stage.ids[t]!;
      if (tie.winner !== null) {
        const next = nextOf(tie.winner, s);
        if (next) return slotIn(next, tie.winner);
        if (continuing.length === 0) return toExit(lastExit(stage, context));
        const line = tie.lines.at(-1) ?? stage.round.line;
        log.error(
          'winner-vanishes',
          line,
          `Line ${line}: ${nameOf(tie.winner)} won ${id} (${nameOf(tie.teams[0])} v ${nameOf(tie.teams[1])}) in the ${stage.round.heading.name} but plays in no later round, while ${continuing.length} other winner${continuing.length === 1 ? '' : 's'} of that round ${continuing.length === 1 ? 'does' : 'do'}. Expected ${nameOf(tie.winner)} in the ${stages[s + 1]?.round.heading.name ?? 'next round'}.`,
          { tie: id },
        );
        return toExit(NOT_IN_FILE);
      }
      // Not decided: a team of the tie that plays a later round shows where the tie leads.
      const later = tie.teams.map((team) => ({ team, at: nextOf(team, s) })).filter((x) => x.at !== null);
      if (later.length === 1 && later[0]?.at) {
        log.info(
          'undecided-tie-linked',
          tie.lines.at(-1) ?? stage.round.line,
          `${id}: no winner can be recorded, but ${nameOf(later[0].team)} plays in the ${stages[later[0].at.s]?.round.heading.name}; the tie is linked there.`,
          { tie: id },
        );
        return slotIn(later[0].at, later[0].team);
      }
      return toExit(
        s === stages.length - 1 || continuing.length === 0 ? lastExit(stage, context) : NOT_IN_FILE,
      );
    });
  });
  const loserTo = stages.map((stage) => stage.ties.map((): Destination => ({ exit: ELIMINATED.id })));
  const linked = winnerTo.flat().filter((to) => 'tie' in to).length;
  if (linked > 0)
    log.info(
      'winners-linked',
      null,
      `${linked} winner${linked === 1 ? '' : 's'} linked to the later tie in which ${linked === 1 ? 'it plays' : 'they play'}: the file names no pairings, so a team playing a later round is the link.`,
    );
  return { winnerTo, loserTo, exits: [...exits.values()] };
}
