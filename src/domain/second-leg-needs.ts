// What each side needs from the second leg once the first is played: the results that win the tie
// outright, those that take it to extra time or penalties, those that lose it. Scores here are the
// second leg's at the end of 90 minutes, from the side's view (goals for, goals against).
//
// The tie-break order is the one decideTie applies (see its regulations): aggregate; then, where
// `rules.awayGoals`, away goals (legs at a neutral ground give none); then extra time where
// `rules.extraTime` (UEFA; away goals count again after it where `awayGoalsInExtraTime`), else
// penalties straight away (CONMEBOL 2023/24, CAF 2023–24).
import { decideTie, isPlayed, type TieInput, type TieRules } from './decide-tie.ts';
import { isPlaceholder } from './as-of.ts';
import type { TeamId } from './types.ts';

export type TieBreak = 'extra-time' | 'penalties';
export type Verdict = 'win' | 'lose' | TieBreak;

/** A run of the side's goals in the second leg: `from` up to `to` (null: no upper end). */
export interface GoalRange {
  from: number;
  to: number | null;
}

/**
 * With away goals, the scores at the level margin split by the side's own goals: those that win on
 * away goals, the one that stays level (the tie-break), those that lose on away goals. Null: none.
 */
export interface AwayGoalsSplit {
  win: GoalRange | null;
  tieBreak: number | null;
  lose: GoalRange | null;
}

export interface SideNeeds {
  team: TeamId;
  opponent: TeamId;
  /** This side is at home in the second leg. */
  hostsSecondLeg: boolean;
  /** Goal difference after the first leg, this side's view (−1: one goal down). */
  lead: number;
  /**
   * A second-leg margin (goals for minus against) of at least this wins on aggregate: 2 "need to win
   * by two goals", 1 "need to win", 0 "a draw is enough", −1 "can lose by one goal".
   */
  win: { byAtLeast: number };
  /**
   * The margin that levels the aggregate (`win.byAtLeast − 1`): every score with it goes to `then`,
   * unless away goals split them (`awayGoals`; null where they decide nothing). A smaller margin loses.
   */
  level: { margin: number; then: TieBreak; awayGoals: AwayGoalsSplit | null };
}

export type NotApplicable =
  | 'walkover'
  | 'single-leg'
  | 'no-legs'
  | 'teams-unknown'
  | 'first-leg-to-play'
  | 'second-leg-played'
  | 'invalid';

export type SecondLegNeeds =
  | {
      status: 'open';
      /** What a level tie goes to. */
      tieBreak: TieBreak;
      /** In extra time, away goals count again (UEFA up to 2020-21). */
      awayGoalsInExtraTime: boolean;
      sides: readonly [SideNeeds, SideNeeds];
    }
  | { status: 'not-applicable'; reason: NotApplicable };

const inRange = (goals: number, range: GoalRange | null) =>
  range !== null && goals >= range.from && (range.to === null || goals <= range.to);

/** The range from..to, or null when it holds no goal count (to < from). */
const range = (from: number, to: number | null): GoalRange | null =>
  to !== null && to < from ? null : { from, to };

/** What the tie needs from its second leg, for each side; or why there is nothing to say. */
export function secondLegNeeds(tie: TieInput, rules: TieRules): SecondLegNeeds {
  const notApplicable = (reason: NotApplicable): SecondLegNeeds => ({ status: 'not-applicable', reason });
  if (tie.walkover) return notApplicable('walkover');
  if (tie.legs.length === 0) return notApplicable('no-legs');
  if (tie.legs.length === 1) return notApplicable('single-leg');
  if (tie.teams.some(isPlaceholder)) return notApplicable('teams-unknown');
  const [first, second] = tie.legs as readonly [TieInput['legs'][number], TieInput['legs'][number]];
  if (!isPlayed(first)) return notApplicable('first-leg-to-play');
  if (isPlayed(second)) return notApplicable('second-leg-played');
  if (decideTie(tie, rules).status === 'invalid') return notApplicable('invalid');
  const then: TieBreak = rules.extraTime ? 'extra-time' : 'penalties';

  const side = (team: TeamId): SideNeeds => {
    const opponent = tie.teams[0] === team ? tie.teams[1] : tie.teams[0];
    const goalsFor = first.home === team ? first.homeGoals : first.awayGoals;
    const goalsAgainst = first.home === team ? first.awayGoals : first.homeGoals;
    const lead = goalsFor - goalsAgainst;
    const margin = -lead;
    const awayGoals = ((): AwayGoalsSplit | null => {
      if (!rules.awayGoals) return null;
      // Away goals from the first leg; in the second, with the margin fixed at `margin`, the side's
      // goals g give the opponent g − margin, and whoever is away adds their goals.
      const awayFor = !first.neutral && first.away === team ? goalsFor : 0;
      const awayAgainst = !first.neutral && first.away === opponent ? goalsAgainst : 0;
      const lowest = Math.max(0, margin);
      const split = (threshold: number, moreWins: boolean): AwayGoalsSplit => {
        const below = range(lowest, threshold - 1);
        const above = range(Math.max(lowest, threshold + 1), null);
        return {
          win: moreWins ? above : below,
          tieBreak: threshold >= lowest ? threshold : null,
          lose: moreWins ? below : above,
        };
      };
      if (second.neutral) {
        // No away goals in the second leg: the first leg's alone decide every level score.
        const difference = awayFor - awayAgainst;
        const all = range(lowest, null);
        if (difference === 0) return null;
        return { win: difference > 0 ? all : null, tieBreak: null, lose: difference < 0 ? all : null };
      }
      // Away in the second leg: each goal adds to the side's away goals (more goals are better).
      if (second.away === team) return split(awayAgainst - awayFor, true);
      // At home: each goal at the level margin is one more away goal for the opponent.
      return split(awayFor - awayAgainst + margin, false);
    })();
    return {
      team,
      opponent,
      hostsSecondLeg: !second.neutral && second.home === team,
      lead,
      win: { byAtLeast: margin + 1 },
      level: { margin, then, awayGoals },
    };
  };

  return {
    status: 'open',
    tieBreak: then,
    awayGoalsInExtraTime: rules.awayGoals && rules.extraTime && rules.awayGoalsInExtraTime === true,
    sides: [side(tie.teams[0]), side(tie.teams[1])],
  };
}

/**
 * What a second-leg score (at 90 minutes, the side's goals first) means for the side, read from its
 * needs alone: the classification the needs' words are built from.
 */
export function verdictFor(needs: SideNeeds, goalsFor: number, goalsAgainst: number): Verdict {
  const margin = goalsFor - goalsAgainst;
  if (margin >= needs.win.byAtLeast) return 'win';
  if (margin < needs.level.margin) return 'lose';
  const split = needs.level.awayGoals;
  if (!split) return needs.level.then;
  if (inRange(goalsFor, split.win)) return 'win';
  if (inRange(goalsFor, split.lose)) return 'lose';
  return needs.level.then;
}
