// A tie as the format writes it, from what an importer worked out: its teams, legs and outcome, the id
// it was given, and where its winner and loser go. Both importers (article, openfootball) end here.
import type { DecidedBy, Destination, Leg, TeamId, Tie, TieId } from '../domain/types.ts';

export interface WorkedOutTie {
  teams: readonly [TeamId, TeamId];
  legs: readonly Leg[];
  penalties: Readonly<Record<TeamId, number>> | null;
  winner: TeamId | null;
  decidedBy: DecidedBy | null;
  unconfirmed: readonly string[];
}

export const tieRecord = (
  tie: WorkedOutTie,
  id: TieId,
  winnerTo: Destination,
  loserTo: Destination,
): Tie => ({
  id,
  teams: tie.teams,
  legs: tie.legs,
  penalties: tie.penalties,
  walkover: null,
  winner: tie.winner,
  decidedBy: tie.decidedBy,
  winnerTo,
  loserTo,
  ...(tie.unconfirmed.length > 0 ? { unconfirmed: tie.unconfirmed } : {}),
});
