// Ties written by hand for the rule tests: legs between teams `a` and `b`, and the rule sets in use.
import type { TieInput, TieRules } from '../src/domain/decide-tie.ts';
import type { Leg } from '../src/domain/types.ts';

export const leg = (
  home: string,
  away: string,
  homeGoals: number | null,
  awayGoals: number | null,
  extra: Partial<Leg> = {},
): Leg => ({
  home,
  away,
  homeGoals,
  awayGoals,
  date: null,
  venue: null,
  city: null,
  ...extra,
});

export const tie = (legs: Leg[], penalties: Record<string, number> | null = null): TieInput => ({
  teams: ['a', 'b'],
  legs,
  penalties,
  walkover: null,
  winner: null,
});

/** The rules in use: CONMEBOL from 2022, CAF 2023–24, UEFA up to 2020-21 and from 2021-22. */
export const CONMEBOL: TieRules = { awayGoals: false, extraTime: false };
export const CAF: TieRules = { awayGoals: true, extraTime: false };
export const UEFA_2020: TieRules = { awayGoals: true, extraTime: true, awayGoalsInExtraTime: true };
export const UEFA_2024: TieRules = { awayGoals: false, extraTime: true };
