import { describe, expect, it } from 'vitest';
import { findTie, shippedCompetition } from '../../tests/files.ts';
import { competitionAsOf } from './as-of.ts';
import { decideTie, type TieInput, type TieRules } from './decide-tie.ts';
import { secondLegNeeds, verdictFor, type SideNeeds, type Verdict } from './second-leg-needs.ts';
import { CAF, CONMEBOL, UEFA_2020, UEFA_2024, leg, tie } from '../../tests/ties.ts';

const RULES: Record<string, TieRules> = {
  'CONMEBOL 2022+': CONMEBOL,
  'CAF away goals': CAF,
  'UEFA to 2020-21': UEFA_2020,
  'UEFA from 2021-22': UEFA_2024,
};

/** What decideTie says about the completed tie, for `team`. */
function oracle(completed: TieInput, rules: TieRules, team: string): Verdict | 'unexpected' {
  const outcome = decideTie(completed, rules);
  if (outcome.status === 'decided') return outcome.winner === team ? 'win' : 'lose';
  if (outcome.status === 'pending' && outcome.awaiting === 'shoot-out') return 'penalties';
  if (outcome.status === 'invalid' && outcome.reason.code === 'extra-time-missing') return 'extra-time';
  return 'unexpected';
}

const SCORES = Array.from({ length: 10 }, (_, i) => i);
const FIRST = Array.from({ length: 5 }, (_, i) => i);

describe.each(Object.entries(RULES))('secondLegNeeds under %s rules', (_name, rules) => {
  it.each([false, true])(
    'agrees with decideTie for every first leg 0–0..4–4 and second leg 0–0..9–9 (second leg neutral: %s)',
    (neutral) => {
      let checked = 0;
      for (const h1 of FIRST) {
        for (const a1 of FIRST) {
          const first = leg('a', 'b', h1, a1);
          const needs = secondLegNeeds(tie([first, leg('b', 'a', null, null, { neutral })]), rules);
          if (needs.status !== 'open') throw new Error(`not open: ${needs.reason}`);
          const [forA, forB] = needs.sides;
          for (const h2 of SCORES) {
            for (const a2 of SCORES) {
              const completed = tie([first, leg('b', 'a', h2, a2, { neutral })]);
              const at = `${h1}–${a1}, ${h2}–${a2}`;
              expect(verdictFor(forB, h2, a2), `b ${at}`).toBe(oracle(completed, rules, 'b'));
              expect(verdictFor(forA, a2, h2), `a ${at}`).toBe(oracle(completed, rules, 'a'));
              checked++;
            }
          }
        }
      }
      expect(checked).toBe(25 * 100);
    },
  );
});

describe('secondLegNeeds', () => {
  it('a score that takes a tie to extra time, followed by a goalless extra time, goes to penalties', () => {
    const rules = RULES['UEFA to 2020-21']!;
    const first = leg('a', 'b', 1, 0);
    const needs = secondLegNeeds(tie([first, leg('b', 'a', null, null)]), rules);
    if (needs.status !== 'open') throw new Error('not open');
    expect(needs.awayGoalsInExtraTime).toBe(true);
    expect(verdictFor(needs.sides[1], 1, 0)).toBe('extra-time');
    const completed = tie([first, leg('b', 'a', 1, 0, { regularTime: { homeGoals: 1, awayGoals: 0 } })]);
    expect(decideTie(completed, rules)).toMatchObject({ status: 'pending', awaiting: 'shoot-out' });
  });

  it('Atlético Nacional, 0–1 down after the first leg of C2 (CONMEBOL), need to win by two; one takes it to penalties', () => {
    const lib2024 = shippedCompetition('libertadores-2024-qualifying.json');
    const c2 = findTie(competitionAsOf(lib2024, '2024-02-21').competition, 'C2');
    const needs = secondLegNeeds(c2, lib2024.rules);
    if (needs.status !== 'open') throw new Error('not open');
    const [nacional, atletico] = needs.sides;
    expect(atletico).toEqual<SideNeeds>({
      team: 'atletico-nacional',
      opponent: 'nacional-par',
      hostsSecondLeg: true,
      lead: -1,
      win: { byAtLeast: 2 },
      level: { margin: 1, then: 'penalties', awayGoals: null },
    });
    expect(nacional).toMatchObject({ lead: 1, win: { byAtLeast: 0 }, level: { margin: -1 } });
  });

  it('CAF, 0–1 down from the away leg: win by two; 1–0 goes to penalties, 2–1 and up lose on away goals', () => {
    const needs = secondLegNeeds(
      tie([leg('a', 'b', 1, 0), leg('b', 'a', null, null)]),
      RULES['CAF away goals']!,
    );
    if (needs.status !== 'open') throw new Error('not open');
    expect(needs.sides[1]).toMatchObject({
      win: { byAtLeast: 2 },
      level: {
        margin: 1,
        then: 'penalties',
        awayGoals: { win: null, tieBreak: 1, lose: { from: 2, to: null } },
      },
    });
    // The 1–0 winners away: a draw is enough, and a one-goal defeat if they score (1–2, 2–3…).
    expect(needs.sides[0]).toMatchObject({
      win: { byAtLeast: 0 },
      level: { margin: -1, awayGoals: { win: { from: 1, to: null }, tieBreak: 0, lose: null } },
    });
  });

  it.each([
    ['walkover', { ...tie([]), walkover: { reason: null }, winner: 'a' }],
    ['no-legs', tie([])],
    ['single-leg', tie([leg('a', 'b', 1, 0)])],
    ['first-leg-to-play', tie([leg('a', 'b', null, null), leg('b', 'a', null, null)])],
    ['second-leg-played', tie([leg('a', 'b', 1, 0), leg('b', 'a', 0, 0)])],
    [
      'teams-unknown',
      {
        ...tie([leg('winner-of:E1', 'b', 1, 0), leg('b', 'winner-of:E1', null, null)]),
        teams: ['winner-of:E1', 'b'] as const,
      },
    ],
    ['invalid', tie([leg('a', 'b', 1, 0), leg('a', 'b', null, null)])],
  ] as const)('is not applicable: %s', (reason, input) => {
    expect(secondLegNeeds(input, RULES['CAF away goals']!)).toEqual({ status: 'not-applicable', reason });
  });
});
