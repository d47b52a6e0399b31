import { describe, expect, it } from 'vitest';
import { fixtureCompetition } from '../../tests/files.ts';
import { parseCompetition } from '../data/parse-competition.ts';
import type { Competition } from '../domain/types.ts';
import { linkSeason } from './link-season.ts';

/** valid-mini (Alpha, Bravo, Charlie, Delta; A1 and A2 in February 2025, then F1) … */
const cup = fixtureCompetition('valid-mini.json');
/** … and a second cup of the same season, where Alpha (out in A1) and Delta (out in A2) play on. */
function secondCup(season = cup.season): Competition {
  const stage = cup.stages[1]!;
  return {
    ...cup,
    id: 'second-cup',
    name: 'Second Cup',
    season,
    stages: [
      {
        ...stage,
        id: 'third-qualifying-round',
        name: 'Third qualifying round',
        round: { kind: 'qualifying-round', number: 3 },
        ties: [
          {
            ...stage.ties[0]!,
            id: 'Q1',
            teams: ['alpha', 'delta'],
            legs: stage.ties[0]!.legs.map((leg, i) => ({
              ...leg,
              date: i === 0 ? '2025-03-01' : '2025-03-08',
              home: i === 0 ? 'alpha' : 'delta',
              away: i === 0 ? 'delta' : 'alpha',
            })),
            winner: 'alpha',
            loserTo: { exit: 'eliminated' },
            winnerTo: { exit: 'eliminated' },
          },
        ],
      },
    ],
  };
}

describe('linkSeason', () => {
  it('sends a loser who plays on in another competition of the season there, and no one else', () => {
    const [linked, second] = linkSeason([cup, secondCup()]);
    const ties = linked!.stages.flatMap((stage) => stage.ties);
    const exitOf = (id: string) => ties.find((tie) => tie.id === id)!.loserTo;
    expect(exitOf('A1')).toEqual({ exit: 'second-cup-third-qualifying-round' });
    expect(exitOf('A2')).toEqual({ exit: 'second-cup-third-qualifying-round' });
    expect(exitOf('F1')).toEqual({ exit: 'eliminated' }); // Bravo plays no more
    expect(linked!.exits.find((exit) => exit.id === 'second-cup-third-qualifying-round')).toEqual({
      id: 'second-cup-third-qualifying-round',
      name: 'Second Cup, Third qualifying round',
      kind: 'transfer',
      phase: 'round',
      round: { kind: 'qualifying-round', number: 3 },
      competitionName: 'Second Cup',
      to: { competition: 'second-cup', stage: 'third-qualifying-round' },
    });
    expect(second).toEqual(secondCup()); // its losers play nowhere after it
    expect(parseCompetition(linked, 'linked.json').ok).toBe(true);
  });

  it('links nothing across seasons, or to a round that started before the tie ended', () => {
    expect(linkSeason([cup, secondCup('2024')])[0]).toBe(cup);
    const early = secondCup();
    const before = {
      ...early,
      stages: early.stages.map((stage) => ({
        ...stage,
        ties: stage.ties.map((tie) => ({
          ...tie,
          legs: tie.legs.map((leg) => ({ ...leg, date: '2025-01-10' })),
        })),
      })),
    };
    expect(linkSeason([cup, before])[0]).toBe(cup);
  });
});
