// A competition as it stood at the end of one day: the legs played by then keep their scores, the
// others are unplayed, and a team that would only be known from a tie not decided by then is not
// known in the later tie it goes to. Tie ids, stages, draws and every destination stay as they are,
// so a bracket drawn from the result has the same boxes in the same places.
//
// A later tie names its teams by id in the data (the teams who did play it); which earlier tie sent
// each team there is in the earlier tie's `winnerTo` / `loserTo`. A slot whose sender is undecided
// gets a placeholder team id (`placeholderTeam`), which the presentation words as "Winner of E1".
import { decideTie, isPlayed, type TieInput, type TieOutcome, type TieRules } from './decide-tie.ts';
import { stagesInOrder } from './progression.ts';
import type { Competition, Leg, Stage, TeamId, Tie, TieId } from './types.ts';

/** The earlier tie that sends a team to a slot, and whether it sends its winner or its loser. */
export interface Feeder {
  tie: TieId;
  as: 'winner' | 'loser';
}

export type SlotAsOf =
  /** `from`: the tie it came from (null: the team entered at this tie's stage). */
  | { known: true; team: TeamId; from: Feeder | null }
  /** `team` is the placeholder id; `candidates` are the clubs that can still fill the slot. */
  | { known: false; team: TeamId; from: Feeder; candidates: readonly TeamId[] };

export interface CompetitionAsOf {
  /** The day (yyyy-mm-dd) the competition stands at the end of. */
  date: string;
  /** The competition as it stood: same ids, stages and draws; unknown teams are placeholder ids. */
  competition: Competition;
  /** Both slots of every tie. */
  slots: ReadonlyMap<TieId, readonly [SlotAsOf, SlotAsOf]>;
  /** The competition as recorded (what the result was made from). */
  source: Competition;
}

const PLACEHOLDER = /^(winner|loser)-of:(.+)$/;

/** The id that stands for a team not known yet: the winner (or loser) of an undecided tie. */
export const placeholderTeam = (from: Feeder): TeamId => `${from.as}-of:${from.tie}`;

/** The tie a placeholder id stands for; null for a real team's id. */
export function placeholderOf(team: TeamId): Feeder | null {
  const match = PLACEHOLDER.exec(team);
  return match ? { as: match[1] as Feeder['as'], tie: match[2]! } : null;
}

export const isPlaceholder = (team: TeamId): boolean => placeholderOf(team) !== null;

/** For each tie, the tie feeding each slot, winners and losers both (null: entered at that stage). */
export function slotFeeders(
  competition: Pick<Competition, 'stages'>,
): Map<TieId, [Feeder | null, Feeder | null]> {
  const feeders = new Map<TieId, [Feeder | null, Feeder | null]>();
  for (const stage of competition.stages) {
    for (const tie of stage.ties) {
      for (const [as, to] of [
        ['winner', tie.winnerTo],
        ['loser', tie.loserTo],
      ] as const) {
        if (!('tie' in to)) continue;
        const slots = feeders.get(to.tie) ?? [null, null];
        slots[to.slot] = { tie: tie.id, as };
        feeders.set(to.tie, slots);
      }
    }
  }
  return feeders;
}

const last = (days: readonly string[]): string | undefined => [...days].sort().at(-1);

/**
 * The day a leg counts as played from: its date; undated, the last day its stage lists for that leg
 * (first legs, or second legs), else the competition's last day. A leg never counts before it could
 * have been played.
 */
export function legDay(
  leg: Leg,
  index: number,
  stage: Stage,
  competition: Pick<Competition, 'dates'>,
): string {
  const listed = index === 0 ? stage.dates.firstLegs : stage.dates.secondLegs;
  return (
    leg.date ??
    last(listed) ??
    last([...stage.dates.firstLegs, ...stage.dates.secondLegs]) ??
    competition.dates.end
  );
}

/** The day a walkover counts from: the last day of its round (by then it is known), else the competition's last. */
export const walkoverDay = (stage: Stage, competition: Pick<Competition, 'dates'>): string =>
  last([...stage.dates.firstLegs, ...stage.dates.secondLegs]) ?? competition.dates.end;

/** Every day a leg is played (or a walkover counts), sorted, once each: the steps of a day control. */
export function matchDays(competition: Competition): string[] {
  const days = new Set<string>();
  for (const stage of competition.stages) {
    for (const tie of stage.ties) {
      tie.legs.forEach((leg, i) => days.add(legDay(leg, i, stage, competition)));
      if (tie.walkover) days.add(walkoverDay(stage, competition));
    }
  }
  return [...days].sort();
}

/** The leg before it was played: its date and place kept, no score, no extra time, no award. */
export function unplayedLeg(leg: Leg): Leg {
  const { regularTime: _regularTime, awarded: _awarded, ...rest } = leg;
  return { ...rest, homeGoals: null, awayGoals: null };
}

export type TieState = 'decided' | 'in-progress' | 'scheduled' | 'pending';

/**
 * Where a tie stands: `decided` (the rules give a winner), `in-progress` (some legs played, or all
 * played and the shoot-out not known), `scheduled` (both teams known, nothing played), `pending` (a
 * team not known yet).
 */
export function tieState(
  tie: TieInput,
  rules: TieRules,
  outcome: TieOutcome = decideTie(tie, rules),
): TieState {
  if (tie.teams.some(isPlaceholder)) return 'pending';
  if (outcome.status === 'decided') return 'decided';
  return tie.legs.some(isPlayed) ? 'in-progress' : 'scheduled';
}

/** The tie with its recorded winner and decidedBy replaced by what the rules give now (null: undecided). */
function withClaims(tie: Tie, rules: TieRules): Tie {
  const outcome = decideTie(tie, rules);
  return outcome.status === 'decided'
    ? { ...tie, winner: outcome.winner, decidedBy: outcome.decidedBy }
    : { ...tie, winner: null, decidedBy: null };
}

/** The tie with other teams in its slots: a different team has played none of its legs. */
function withTeams(tie: Tie, teams: readonly [TeamId, TeamId]): Tie {
  if (teams[0] === tie.teams[0] && teams[1] === tie.teams[1]) return tie;
  const swap = (id: TeamId) => (id === tie.teams[0] ? teams[0] : id === tie.teams[1] ? teams[1] : id);
  return {
    ...tie,
    teams,
    legs: tie.legs.map((leg) => ({ ...unplayedLeg(leg), home: swap(leg.home), away: swap(leg.away) })),
    penalties: null,
    walkover: null,
    winner: null,
    decidedBy: null,
  };
}

/**
 * Fills every slot fed by an earlier tie from that tie's outcome (a placeholder while undecided),
 * stage by stage (feeds go only to later stages), and recomputes winners. `amend` changes a tie after
 * its slots are filled and before it is decided (what-if results).
 */
export function settleCompetition(
  competition: Competition,
  source: Competition,
  date: string,
  amend: (tie: Tie) => Tie = (tie) => tie,
): CompetitionAsOf {
  const { rules } = competition;
  const feeders = slotFeeders(competition);
  const settled = new Map<TieId, Tie>();
  const slots = new Map<TieId, readonly [SlotAsOf, SlotAsOf]>();
  const candidates = (from: Feeder): TeamId[] =>
    (slots.get(from.tie) ?? []).flatMap((slot) => (slot.known ? [slot.team] : slot.candidates));

  const settleTie = (tie: Tie): Tie => {
    const fed = feeders.get(tie.id) ?? [null, null];
    const slotOf = (slot: 0 | 1): SlotAsOf => {
      const from = fed[slot];
      if (!from) return { known: true, team: tie.teams[slot], from: null };
      const sender = settled.get(from.tie);
      const outcome = sender && decideTie(sender, rules);
      if (outcome?.status === 'decided') {
        return { known: true, team: from.as === 'winner' ? outcome.winner : outcome.loser, from };
      }
      return { known: false, team: placeholderTeam(from), from, candidates: candidates(from) };
    };
    const both = [slotOf(0), slotOf(1)] as const;
    slots.set(tie.id, both);
    const next = withClaims(amend(withTeams(tie, [both[0].team, both[1].team])), rules);
    settled.set(tie.id, next);
    return next;
  };

  const order = stagesInOrder(competition);
  const stages = new Map(order.map((stage) => [stage.id, { ...stage, ties: stage.ties.map(settleTie) }]));
  return {
    date,
    competition: { ...competition, stages: competition.stages.map((stage) => stages.get(stage.id)!) },
    slots,
    source,
  };
}

/** The tie as it stood at the end of `date`: legs after it unplayed, a later shoot-out or walkover unknown. */
function tieAsOf(tie: Tie, stage: Stage, competition: Competition, date: string): Tie {
  const legs = tie.legs.map((leg, i) =>
    isPlayed(leg) && legDay(leg, i, stage, competition) <= date ? leg : unplayedLeg(leg),
  );
  return {
    ...tie,
    legs,
    penalties: legs.every(isPlayed) ? tie.penalties : null,
    walkover: tie.walkover && walkoverDay(stage, competition) <= date ? tie.walkover : null,
  };
}

/** The competition as it stood at the end of `date` (yyyy-mm-dd). Never changes `competition`. */
export function competitionAsOf(competition: Competition, date: string): CompetitionAsOf {
  const truncated: Competition = {
    ...competition,
    stages: competition.stages.map((stage) => ({
      ...stage,
      ties: stage.ties.map((tie) => tieAsOf(tie, stage, competition, date)),
    })),
  };
  return settleCompetition(truncated, competition, date);
}
