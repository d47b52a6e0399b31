// Deciding a two-legged tie from its legs and the competition's rules.
//
// CONMEBOL Libertadores 2023 and 2024 (Regulations Article 2.4.3): the team with more goals over the two
// legs wins; if level, no extra time and no away goals: a penalty shoot-out decides.
// CAF Confederation Cup 2023–24 (Regulations III. 13 & 14): more goals on aggregate; if level, more goals
// scored away; if still level, no extra time: a penalty shoot-out decides.
// Both are expressed by `Rules.awayGoals`; nothing here branches on a competition.
import type { Rules, TeamId, Tie } from './types.ts';

export type Goals = Readonly<Record<TeamId, number>>;

export type TieOutcome =
  | { status: 'pending'; aggregate: Goals; awayGoals: Goals }
  | {
      status: 'decided';
      winner: TeamId;
      loser: TeamId;
      decidedBy: 'aggregate' | 'away-goals' | 'penalties' | 'walkover';
      aggregate: Goals;
      awayGoals: Goals;
    }
  | { status: 'invalid'; reason: string };

type TieInput = Pick<Tie, 'teams' | 'legs' | 'penalties' | 'walkover' | 'winner'>;

/** Goals over both legs and goals scored away, per team. */
export function sumLegs(tie: Pick<Tie, 'teams' | 'legs'>): { aggregate: Goals; awayGoals: Goals } {
  const [a, b] = tie.teams;
  const aggregate = { [a]: 0, [b]: 0 };
  const awayGoals = { [a]: 0, [b]: 0 };
  for (const leg of tie.legs) {
    aggregate[leg.home] = (aggregate[leg.home] ?? 0) + leg.homeGoals;
    aggregate[leg.away] = (aggregate[leg.away] ?? 0) + leg.awayGoals;
    awayGoals[leg.away] = (awayGoals[leg.away] ?? 0) + leg.awayGoals;
  }
  return { aggregate, awayGoals };
}

function invalidLegs(tie: TieInput): string | null {
  const [a, b] = tie.teams;
  if (a === b) return `both sides of the tie are ${a}`;
  for (const [i, leg] of tie.legs.entries()) {
    const pair = new Set([leg.home, leg.away]);
    if (leg.home === leg.away || !pair.has(a) || !pair.has(b)) {
      return `leg ${i + 1} is ${leg.home} v ${leg.away}, not a match between ${a} and ${b}`;
    }
  }
  const [first, second] = tie.legs;
  if (first && second && first.home === second.home) {
    return `${first.home} hosted both legs; a two-legged tie is played home and away`;
  }
  return null;
}

/** The outcome the rules give for a tie: who won and how, or why it cannot be decided. */
export function decideTie(tie: TieInput, rules: Pick<Rules, 'awayGoals'>): TieOutcome {
  const [a, b] = tie.teams;
  const problem = invalidLegs(tie);
  if (problem) return { status: 'invalid', reason: problem };
  const { aggregate, awayGoals } = sumLegs(tie);

  if (tie.walkover) {
    if (tie.legs.length > 0) return { status: 'invalid', reason: 'a walkover has no legs played' };
    if (tie.winner !== a && tie.winner !== b) {
      return { status: 'invalid', reason: 'a walkover needs the team that was awarded the tie' };
    }
    const loser = tie.winner === a ? b : a;
    return { status: 'decided', winner: tie.winner, loser, decidedBy: 'walkover', aggregate, awayGoals };
  }
  if (tie.legs.length < 2) return { status: 'pending', aggregate, awayGoals };

  const decided = (winner: TeamId, decidedBy: 'aggregate' | 'away-goals' | 'penalties'): TieOutcome => ({
    status: 'decided',
    winner,
    loser: winner === a ? b : a,
    decidedBy,
    aggregate,
    awayGoals,
  });
  const [goalsA, goalsB] = [aggregate[a] ?? 0, aggregate[b] ?? 0];
  if (goalsA !== goalsB) return decided(goalsA > goalsB ? a : b, 'aggregate');
  if (rules.awayGoals) {
    const [awayA, awayB] = [awayGoals[a] ?? 0, awayGoals[b] ?? 0];
    if (awayA !== awayB) return decided(awayA > awayB ? a : b, 'away-goals');
  }
  if (!tie.penalties) return { status: 'pending', aggregate, awayGoals };
  const [kicksA, kicksB] = [tie.penalties[a], tie.penalties[b]];
  if (kicksA === undefined || kicksB === undefined) {
    return { status: 'invalid', reason: `the shoot-out score needs kicks for both ${a} and ${b}` };
  }
  if (kicksA === kicksB)
    return { status: 'invalid', reason: `a shoot-out cannot end level (${kicksA}–${kicksB})` };
  return decided(kicksA > kicksB ? a : b, 'penalties');
}
