import { describe, expect, it } from 'vitest';
import { decideTie } from './decide-tie.ts';
import { RULE_PRESETS, presetForSeason, seasonStartYear } from './rule-presets.ts';
import type { Leg } from './types.ts';

const leg = (home: string, away: string, homeGoals: number, awayGoals: number): Leg => ({
  date: null,
  home,
  away,
  homeGoals,
  awayGoals,
  venue: null,
  city: null,
});

describe('presetForSeason', () => {
  it.each([
    ['UEFA Champions League 2024/25', null, 'uefa-2021'],
    ['UEFA Europa League - Quali 2021/22', null, 'uefa-2021'],
    ['UEFA Champions League 2019/20', null, 'uefa-away-goals'],
    ['Champions League', '2020/21', 'uefa-away-goals'],
    ['Copa Libertadores 2024', null, 'conmebol-2022'],
    ['Copa Sudamericana', '2022', 'conmebol-2022'],
    ['CAF Confederation Cup 2023–24', null, 'caf-away-goals'],
  ])('%s (%s) → %s', (name, season, preset) => {
    expect(presetForSeason(name, season)?.preset).toBe(preset);
  });

  it.each([
    ['Copa Libertadores 2019', null],
    ['AFC Champions League 2024/25', null],
    ['Premier League 2024/25', null],
    ['UEFA Champions League', null],
  ])('knows nothing of %s', (name, season) => {
    expect(presetForSeason(name, season)).toBeNull();
  });

  it('reads the first year of a season', () => {
    expect(['2024/25', '2024–25', '2024-2025', 'Cup 2024'].map(seasonStartYear)).toEqual([
      2024, 2024, 2024, 2024,
    ]);
    expect(seasonStartYear(null)).toBeNull();
  });
});

describe('the presets decide a tie as their regulations say', () => {
  // 2-2 on aggregate, B scored two away, A one.
  const tie = {
    teams: ['a', 'b'] as const,
    legs: [leg('a', 'b', 1, 2), leg('b', 'a', 0, 1)],
    penalties: { a: 4, b: 3 },
    walkover: null,
    winner: null,
  };
  it.each([
    ['uefa-away-goals', 'b', 'away-goals'],
    ['caf-away-goals', 'b', 'away-goals'],
    ['conmebol-2022', 'a', 'penalties'],
  ] as const)('%s', (preset, winner, decidedBy) => {
    expect(decideTie(tie, RULE_PRESETS[preset].rules)).toMatchObject({
      status: 'decided',
      winner,
      decidedBy,
    });
  });
  it('uefa-2021 needs extra time before penalties', () => {
    expect(decideTie(tie, RULE_PRESETS['uefa-2021'].rules)).toMatchObject({
      status: 'invalid',
      reason: { code: 'extra-time-missing' },
    });
  });
});
