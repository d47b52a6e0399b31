import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTie, shippedCompetition } from '../../tests/files.ts';
import { decideTie, sumLegs } from './decide-tie.ts';
import { describeOutcome, summarizeOutcome } from './describe.ts';
import { labelTeams } from './team-labels.ts';
import type { Leg, Tie } from './types.ts';

const lib2024 = shippedCompetition('libertadores-2024-qualifying.json');
const caf = shippedCompetition('caf-cc-2023-24-qualifying.json');

describe('decideTie on real ties', () => {
  it.each([
    // competition, tie, winner, decided by, why the row is here
    [lib2024, 'C2', 'nacional-par', 'aggregate', 'more goals over the two legs'],
    [lib2024, 'E1', 'academia-puerto-cabello', 'penalties', 'CONMEBOL: level aggregate goes to penalties'],
    [lib2024, 'G2', 'palestino', 'penalties', 'CONMEBOL ignores away goals (Nacional scored 3 away to 2)'],
    [caf, 'R1-03', 'ef-ouagadougou', 'away-goals', 'CAF: level aggregate, more away goals'],
    [caf, 'R2-15', 'stade-malien', 'away-goals', 'CAF: 3–3, one away goal to none'],
    [caf, 'R1-01', 'bendel-insurance', 'penalties', 'CAF: level aggregate and level away goals'],
    [caf, 'R2-08', 'al-hilal-benghazi', 'penalties', 'CAF: 2–2, one away goal each'],
    [caf, 'R1-19', 'kallon', 'walkover', 'walkover: no legs played'],
  ] as const)('%s %s → %s on %s (%s)', (competition, id, winner, decidedBy, _why) => {
    const outcome = decideTie(findTie(competition, id), competition.rules);
    expect(outcome).toMatchObject({ status: 'decided', winner, decidedBy });
  });

  it('writes the outcome as one sentence', () => {
    const sentence = (competition: typeof caf, id: string) => {
      const tie = findTie(competition, id);
      const labels = labelTeams(competition.teams);
      const summary = summarizeOutcome(decideTie(tie, competition.rules), tie.penalties);
      return describeOutcome(summary, (team) => labels.get(team) ?? team);
    };
    expect(sentence(lib2024, 'E1')).toBe('3–3 on aggregate; Academia Puerto Cabello won 4–2 on penalties');
    expect(sentence(caf, 'R1-03')).toBe('1–1 on aggregate; EF Ouagadougou won on away goals');
    expect(sentence(lib2024, 'C2')).toBe('Nacional (PAR) won 4–0 on aggregate');
    expect(sentence(caf, 'R1-19')).toBe('Kallon won on a walkover; AS Douanes (Niger) did not play');
  });

  it('is pending when the shoot-out score is missing and invalid when a leg has another team', () => {
    const e1 = findTie(lib2024, 'E1');
    expect(decideTie({ ...e1, penalties: null }, lib2024.rules).status).toBe('pending');
    const wrongLeg = { ...e1, legs: [e1.legs[0]!, { ...e1.legs[1]!, home: 'aurora' }] };
    expect(decideTie(wrongLeg, lib2024.rules)).toMatchObject({ status: 'invalid' });
  });
});

const goals = fc.integer({ min: 0, max: 9 });
const arbitraryTie = fc
  .record({ g: fc.tuple(goals, goals, goals, goals), kicks: fc.tuple(goals, goals), awayGoals: fc.boolean() })
  .map(({ g: [a1, b1, b2, a2], kicks, awayGoals }) => {
    const legs: Leg[] = [
      { home: 'a', away: 'b', homeGoals: a1, awayGoals: b1, date: null, venue: null, city: null },
      { home: 'b', away: 'a', homeGoals: b2, awayGoals: a2, date: null, venue: null, city: null },
    ];
    const tie: Pick<Tie, 'teams' | 'legs' | 'penalties' | 'walkover' | 'winner'> = {
      teams: ['a', 'b'],
      legs,
      penalties: kicks[0] === kicks[1] ? null : { a: kicks[0], b: kicks[1] },
      walkover: null,
      winner: null,
    };
    return { tie, rules: { awayGoals } };
  });

describe('decideTie properties', () => {
  it('the winner is one of the two teams', () => {
    fc.assert(
      fc.property(arbitraryTie, ({ tie, rules }) => {
        const outcome = decideTie(tie, rules);
        if (outcome.status === 'decided') expect(tie.teams).toContain(outcome.winner);
        else expect(outcome.status).toBe('pending');
      }),
    );
  });

  it('swapping the two teams mirrors the outcome', () => {
    fc.assert(
      fc.property(arbitraryTie, ({ tie, rules }) => {
        const swapped = { ...tie, teams: [tie.teams[1], tie.teams[0]] as const };
        expect(decideTie(swapped, rules)).toEqual(decideTie(tie, rules));
      }),
    );
  });

  it('the aggregate is the sum of the legs', () => {
    fc.assert(
      fc.property(arbitraryTie, ({ tie }) => {
        const { aggregate } = sumLegs(tie);
        const [first, second] = tie.legs;
        expect(aggregate['a']).toBe(first!.homeGoals + second!.awayGoals);
        expect(aggregate['b']).toBe(first!.awayGoals + second!.homeGoals);
      }),
    );
  });

  it('a level aggregate is decided by away goals only where the rules say so', () => {
    fc.assert(
      fc.property(arbitraryTie, ({ tie, rules }) => {
        const outcome = decideTie(tie, rules);
        if (outcome.status === 'decided' && outcome.decidedBy === 'away-goals')
          expect(rules.awayGoals).toBe(true);
      }),
    );
  });
});
