// Where each tie's winner and loser go: the tie the text sends the winner to ("(Match C6)", a fixed
// pairing), else the later tie the winner plays, else an exit the text names ("advanced to the group
// stage", "teams eliminated in the third stage enter the Copa Sudamericana group stage").
import type { Destination, Exit, TeamId } from '../domain/types.ts';
import type { StageIds } from './assign-tie-ids.ts';
import type { FindingLog } from './findings.ts';
import type { FollowedTeams } from './follow-teams.ts';
import { slugify } from './names.ts';
import type { BracketText } from './read-bracket.ts';
import { isStageNamed, type StageText } from './read-stages.ts';

export interface Links {
  winnerTo: Destination[][];
  loserTo: Destination[][];
  exits: Exit[];
}

const ELIMINATED: Exit = { id: 'eliminated', name: 'Eliminated', kind: 'out' };
const NOT_STATED: Exit = { id: 'not-stated', name: 'Not stated in the article', kind: 'advance' };

export function linkTies(
  stages: readonly StageText[],
  stageIds: readonly StageIds[],
  followed: FollowedTeams,
  destinations: readonly (string | null)[][],
  bracket: BracketText,
  log: FindingLog,
): Links {
  const exits = new Map<string, Exit>();
  const toExit = (exit: Exit): Destination => {
    if (!exits.has(exit.id)) exits.set(exit.id, exit);
    return { exit: exit.id };
  };
  const namedExit = (printed: string, kind: Exit['kind']): Destination => {
    const name = printed.replace(/^\d{4}(?:[–-]\d{2,4})?\s+/, '');
    return toExit({ id: slugify(name), name: name.charAt(0).toUpperCase() + name.slice(1), kind });
  };
  const place = new Map<string, { s: number; t: number }>();
  stageIds.forEach((stage, s) => stage.ids.forEach((id, t) => place.set(id, { s, t })));
  const slotIn = (tieId: string, team: TeamId | null, after: number): Destination | null => {
    const at = place.get(tieId);
    const slot = at && at.s > after && team ? followed.ties[at.s]?.[at.t]?.teams.indexOf(team) : -1;
    return slot === 0 || slot === 1 ? { tie: tieId, slot } : null;
  };
  const unstated = new Set<number>();

  const winnerTo = stages.map((stage, s) =>
    stage.ties.map((raw, t): Destination => {
      const id = stageIds[s]?.ids[t] ?? '';
      const tie = followed.ties[s]?.[t];
      const continued = followed.continuedBy[s]?.[t] ?? null;
      const advancer =
        tie?.winner ?? continued ?? (tie?.mayAdvance.length === 1 ? (tie.mayAdvance[0] ?? null) : null);
      const dest = destinations[s]?.[t] ?? null;
      if (dest) {
        const linked = slotIn(dest, advancer, s);
        if (linked) return linked;
        log.warning(
          'destination-mismatch',
          raw.outcome?.line ?? raw.line,
          `The winner of ${id} is sent to ${dest}, but ${dest} does not have that team.`,
          { tie: id },
        );
      }
      if (continued) {
        const nextIds = stageIds[s + 1]?.ids ?? [];
        const next = nextIds.find((_, n) => followed.ties[s + 1]?.[n]?.teams.includes(continued));
        const linked = next ? slotIn(next, continued, s) : null;
        if (linked) return linked;
      }
      const advancedTo = raw.outcome?.advancedTo;
      if (advancedTo && !stages.some((other) => isStageNamed(other, advancedTo)))
        return namedExit(advancedTo, 'advance');
      const statement = bracket.winnersTo.find((candidate) => isStageNamed(stage, candidate.stageName));
      if (statement && !stages.some((other) => isStageNamed(other, statement.destination)))
        return namedExit(statement.destination, 'advance');
      if (s < stages.length - 1 && advancer) {
        log.warning(
          'winner-not-in-next-stage',
          raw.outcome?.line ?? raw.line,
          `The winner of ${id} does not play in the ${stages[s + 1]?.name}.`,
          { tie: id },
        );
      } else if (!unstated.has(s)) {
        unstated.add(s);
        log.warning(
          'destination-unstated',
          stage.line,
          `The article does not say where the winners of the ${stage.name} go.`,
          { stage: stage.id },
        );
      }
      return toExit(NOT_STATED);
    }),
  );
  const loserTo = stages.map((stage) => {
    const statement = bracket.losersTo.find((candidate) => isStageNamed(stage, candidate.stageName));
    return stage.ties.map(() =>
      statement ? namedExit(statement.destination, 'transfer') : toExit(ELIMINATED),
    );
  });
  return { winnerTo, loserTo, exits: [...exits.values()] };
}
