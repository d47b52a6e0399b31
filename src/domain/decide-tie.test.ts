import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTie, shippedCompetition } from '../../tests/files.ts';
import { decideTie, sumLegs, type TieInput, type TieOutcome, type TieRules } from './decide-tie.ts';
import { CAF, UEFA_2020, UEFA_2024, leg, tie } from '../../tests/ties.ts';

const lib2024 = shippedCompetition('libertadores-2024-qualifying.json');
const caf = shippedCompetition('caf-cc-2023-24-qualifying.json');
const COMPETITIONS = { lib2024, caf };

describe('decideTie on real ties', () => {
  it.each([
    // competition, tie, winner, decided by, why the row is here
    ['lib2024', 'C2', 'nacional-par', 'aggregate', 'more goals over the two legs'],
    ['lib2024', 'E1', 'academia-puerto-cabello', 'penalties', 'CONMEBOL: level aggregate goes to penalties'],
    ['lib2024', 'G2', 'palestino', 'penalties', 'CONMEBOL ignores away goals (Nacional scored 3 away to 2)'],
    ['caf', 'R1-03', 'ef-ouagadougou', 'away-goals', 'CAF: level aggregate, more away goals'],
    ['caf', 'R2-15', 'stade-malien', 'away-goals', 'CAF: 3–3, one away goal to none'],
    ['caf', 'R1-01', 'bendel-insurance', 'penalties', 'CAF: level aggregate and level away goals'],
    ['caf', 'R2-08', 'al-hilal-benghazi', 'penalties', 'CAF: 2–2, one away goal each'],
    ['caf', 'R1-19', 'kallon', 'walkover', 'walkover: no legs played'],
  ] as const)('%s %s → %s on %s (%s)', (key, id, winner, decidedBy, _why) => {
    const competition = COMPETITIONS[key];
    const outcome = decideTie(findTie(competition, id), competition.rules);
    expect(outcome).toMatchObject({ status: 'decided', winner, decidedBy });
  });

  it('is pending when the shoot-out score is missing and invalid when a leg has another team', () => {
    const e1 = findTie(lib2024, 'E1');
    expect(decideTie({ ...e1, penalties: null }, lib2024.rules)).toMatchObject({
      status: 'pending',
      awaiting: 'shoot-out',
    });
    const wrongLeg = { ...e1, legs: [e1.legs[0]!, { ...e1.legs[1]!, home: 'aurora' }] };
    expect(decideTie(wrongLeg, lib2024.rules)).toMatchObject({
      status: 'invalid',
      reason: { code: 'leg-teams' },
    });
  });
});

const aet = (homeGoals: number, awayGoals: number) => ({ regularTime: { homeGoals, awayGoals } });

describe('decideTie under every rule set', () => {
  it.each([
    // why, rules, legs, penalties, expected
    [
      'UEFA 2024-25: 2–2 after 90, won in extra time',
      UEFA_2024,
      [leg('a', 'b', 2, 1), leg('b', 'a', 2, 0, aet(1, 0))],
      null,
      { winner: 'b', decidedBy: 'aggregate', extraTime: true },
    ],
    [
      'UEFA 2024-25: level after extra time, then penalties',
      UEFA_2024,
      [leg('a', 'b', 1, 2), leg('b', 'a', 1, 2, aet(0, 1))],
      { a: 5, b: 6 },
      { winner: 'b', decidedBy: 'penalties', extraTime: true },
    ],
    [
      'UEFA 2020-21: an away goal in extra time counts double',
      UEFA_2020,
      [leg('a', 'b', 1, 0), leg('b', 'a', 2, 1, aet(1, 0))],
      null,
      { winner: 'a', decidedBy: 'away-goals', extraTime: true },
    ],
    [
      'UEFA 2020-21: away goals after 90 minutes, no extra time',
      UEFA_2020,
      [leg('a', 'b', 2, 1), leg('b', 'a', 1, 0)],
      null,
      { winner: 'b', decidedBy: 'away-goals', extraTime: false },
    ],
    [
      'away goals that do not count in extra time: level goes to penalties',
      { ...UEFA_2020, awayGoalsInExtraTime: false },
      [leg('a', 'b', 1, 0), leg('b', 'a', 2, 1, aet(1, 0))],
      { a: 3, b: 4 },
      { winner: 'b', decidedBy: 'penalties' },
    ],
    [
      'CAF: away goals then penalties, no extra time',
      CAF,
      [leg('a', 'b', 1, 1), leg('b', 'a', 0, 0)],
      null,
      { winner: 'b', decidedBy: 'away-goals' },
    ],
    [
      'a final: one match at a neutral ground, extra time then penalties',
      UEFA_2024,
      [leg('a', 'b', 1, 1, { ...aet(1, 1), neutral: true })],
      { a: 4, b: 3 },
      { winner: 'a', decidedBy: 'penalties', extraTime: true },
    ],
    [
      'a final won in 90 minutes',
      UEFA_2024,
      [leg('a', 'b', 5, 0, { neutral: true })],
      null,
      { winner: 'a', decidedBy: 'aggregate', extraTime: false },
    ],
    [
      'an awarded 3–0 counts as a score',
      UEFA_2024,
      [
        leg('a', 'b', 0, 3, { awarded: { reason: null } }),
        leg('b', 'a', 3, 0, { awarded: { reason: null } }),
      ],
      null,
      { winner: 'b', decidedBy: 'aggregate' },
    ],
  ] as const)('%s', (_why, rules, legs, penalties, expected) => {
    expect(decideTie(tie([...legs], penalties), rules)).toMatchObject({ status: 'decided', ...expected });
  });

  it.each([
    [
      'extra time where the rules have none',
      CAF,
      [leg('a', 'b', 1, 0), leg('b', 'a', 2, 0, aet(1, 0))],
      'extra-time-not-in-rules',
    ],
    [
      'extra time in a first leg',
      UEFA_2024,
      [leg('a', 'b', 1, 1, aet(1, 1)), leg('b', 'a', 0, 0)],
      'extra-time-not-last-leg',
    ],
    [
      'extra time in a tie not level after 90 minutes',
      UEFA_2024,
      [leg('a', 'b', 2, 0), leg('b', 'a', 2, 0, aet(1, 0))],
      'extra-time-unneeded',
    ],
    [
      'a tie level after 90 minutes without the extra time its rules have',
      UEFA_2024,
      [leg('a', 'b', 1, 0), leg('b', 'a', 1, 0)],
      'extra-time-missing',
    ],
    [
      'fewer goals after extra time than after 90 minutes',
      UEFA_2024,
      [leg('a', 'b', 1, 0), leg('b', 'a', 0, 0, aet(1, 0))],
      'extra-time-fewer-goals',
    ],
    ['the goals of one side only', UEFA_2024, [leg('a', 'b', 1, null)], 'half-score'],
  ] as const)('reports %s as a result the rules cannot explain', (_why, rules, legs, code) => {
    expect(decideTie(tie([...legs]), rules)).toMatchObject({ status: 'invalid', reason: { code } });
  });

  it('waits for a leg not played yet, with the goals of the legs played so far', () => {
    const outcome = decideTie(tie([leg('a', 'b', 2, 1), leg('b', 'a', null, null)]), UEFA_2024);
    expect(outcome).toEqual({
      status: 'pending',
      aggregate: { a: 2, b: 1 },
      awayGoals: { a: 0, b: 1 },
      awaiting: 'legs',
    });
  });
});

// A brute-force oracle, written apart from decideTie: each team's standing is a list of criteria
// compared in order (goals, then away goals where they count, then kicks); the first that differs
// decides. Extra time is legal only in the last leg of a tie level after its 90 minutes, where the
// rules have it.
function oracle(
  input: TieInput,
  rules: TieRules,
): TieOutcome['status'] | { winner: string; decidedBy: string } {
  const { legs } = input;
  if (legs.some((l) => l.homeGoals === null || l.awayGoals === null)) return 'pending';
  const two = legs.length === 2;
  const goals = (team: string, at90: boolean, awayOnly: boolean) =>
    legs.reduce((sum, l) => {
      const [h, a] =
        at90 && l.regularTime
          ? [l.regularTime.homeGoals, l.regularTime.awayGoals]
          : [l.homeGoals!, l.awayGoals!];
      if (l.home === team && !awayOnly) return sum + h;
      if (l.away === team) return sum + a;
      return sum;
    }, 0);
  const criteria = (team: string, at90: boolean, awayInExtra: boolean) => [
    goals(team, at90, false),
    ...(two && rules.awayGoals ? [goals(team, at90 || !awayInExtra, true)] : []),
  ];
  const firstDifference = (x: number[], y: number[]) => x.findIndex((v, i) => v !== y[i]);
  const extra = legs.findIndex((l) => l.regularTime);
  const level90 = firstDifference(criteria('a', true, false), criteria('b', true, false)) === -1;
  if (extra !== -1) {
    const l = legs[extra]!;
    if (extra !== legs.length - 1 || !rules.extraTime || !level90) return 'invalid';
    if (l.regularTime!.homeGoals > l.homeGoals! || l.regularTime!.awayGoals > l.awayGoals!) return 'invalid';
  } else if (level90 && rules.extraTime) return 'invalid';
  const inExtra = extra !== -1 && Boolean(rules.awayGoalsInExtraTime);
  const [ca, cb] = [criteria('a', false, inExtra), criteria('b', false, inExtra)];
  const at = firstDifference(ca, cb);
  if (at !== -1)
    return { winner: ca[at]! > cb[at]! ? 'a' : 'b', decidedBy: at === 0 ? 'aggregate' : 'away-goals' };
  if (!input.penalties) return 'pending';
  const [ka, kb] = [input.penalties['a']!, input.penalties['b']!];
  if (ka === kb) return 'invalid';
  return { winner: ka > kb ? 'a' : 'b', decidedBy: 'penalties' };
}

const goals = fc.integer({ min: 0, max: 4 });
const extraGoals = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 })),
  fc.integer({ min: 1, max: 2 }).map((n) => [n, n] as const), // level in extra time, with goals
);
/**
 * Random ties of one or two legs under random rules. Half the last legs end the 90 minutes level on
 * aggregate (so extra time, away goals and shoot-outs all come up often); some go to extra time, some
 * legs are awarded, some not played yet.
 */
const arbitraryTie = fc
  .record({
    two: fc.boolean(),
    first: fc.tuple(goals, goals),
    second: fc.tuple(goals, goals),
    levelAt90: fc.boolean(),
    extra: fc.option(extraGoals, { freq: 2 }),
    unplayed: fc.integer({ min: 0, max: 9 }),
    awarded: fc.integer({ min: 0, max: 9 }),
    kicks: fc.option(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 }))),
    rules: fc.record({
      awayGoals: fc.boolean(),
      extraTime: fc.boolean(),
      awayGoalsInExtraTime: fc.boolean(),
    }),
  })
  .map(({ two, first: [h1, a1], second: [h2, a2], levelAt90, extra, unplayed, awarded, kicks, rules }) => {
    // The last leg's 90 minutes; with levelAt90, its home side scores what levels the aggregate.
    const [home90, away90] = two
      ? [levelAt90 ? Math.max(0, h1 + a2 - a1) : h2, a2]
      : levelAt90
        ? [h1, h1]
        : [h1, a1];
    const last = extra
      ? leg(two ? 'b' : 'a', two ? 'a' : 'b', home90 + extra[0], away90 + extra[1], aet(home90, away90))
      : leg(
          two ? 'b' : 'a',
          two ? 'a' : 'b',
          home90,
          away90,
          awarded === 0 ? { awarded: { reason: null } } : {},
        );
    const legs = two ? [leg('a', 'b', h1, a1), last] : [last];
    if (unplayed === 0) legs[legs.length - 1] = leg(last.home, last.away, null, null);
    return { tie: tie(legs, kicks ? { a: kicks[0], b: kicks[1] } : null), rules };
  });

describe('decideTie properties', () => {
  it('agrees with a brute-force oracle on random legs and rules', () => {
    fc.assert(
      fc.property(arbitraryTie, ({ tie: input, rules }) => {
        const outcome = decideTie(input, rules);
        const expected = oracle(input, rules);
        if (typeof expected === 'string') expect(outcome.status).toBe(expected);
        else expect(outcome).toMatchObject({ status: 'decided', ...expected });
      }),
    );
  });

  it('swapping the two teams mirrors the outcome', () => {
    fc.assert(
      fc.property(arbitraryTie, ({ tie: input, rules }) => {
        const swapped = { ...input, teams: [input.teams[1], input.teams[0]] as const };
        const [x, y] = [decideTie(swapped, rules), decideTie(input, rules)];
        if (x.status === 'invalid' && y.status === 'invalid') expect(x.reason.code).toBe(y.reason.code);
        else expect(x).toEqual(y);
      }),
    );
  });

  it('the aggregate is the sum of the legs played', () => {
    fc.assert(
      fc.property(arbitraryTie, ({ tie: input }) => {
        const { aggregate } = sumLegs(input);
        const played = input.legs.filter((l) => l.homeGoals !== null);
        const of = (team: string) =>
          played.reduce(
            (sum, l) => sum + (l.home === team ? l.homeGoals! : l.away === team ? l.awayGoals! : 0),
            0,
          );
        expect(aggregate).toEqual({ a: of('a'), b: of('b') });
      }),
    );
  });

  it('a level aggregate is decided by away goals only where the rules say so, and only over two legs', () => {
    fc.assert(
      fc.property(arbitraryTie, ({ tie: input, rules }) => {
        const outcome = decideTie(input, rules);
        if (outcome.status === 'decided' && outcome.decidedBy === 'away-goals') {
          expect(rules.awayGoals).toBe(true);
          expect(input.legs).toHaveLength(2);
        }
      }),
    );
  });
});
