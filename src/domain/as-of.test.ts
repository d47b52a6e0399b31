import { describe, expect, it } from 'vitest';
import { SHIPPED_FILES, findTie, shippedCompetition } from '../../tests/files.ts';
import { layoutBracket } from '../layout/layout-bracket.ts';
import {
  competitionAsOf,
  legDay,
  matchDays,
  placeholderOf,
  placeholderTeam,
  tieState,
  walkoverDay,
} from './as-of.ts';
import type { Competition } from './types.ts';

const lib2024 = shippedCompetition('libertadores-2024-qualifying.json');
const caf = shippedCompetition('caf-cc-2023-24-qualifying.json');

/** The day before a yyyy-mm-dd day. */
const dayBefore = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

const stateOf = (competition: Competition, date: string, id: string) =>
  tieState(findTie(competitionAsOf(competition, date).competition, id), competition.rules);

describe.each(SHIPPED_FILES)('competitionAsOf(%s)', (file) => {
  const competition = shippedCompetition(file);
  const refs = competition.stages.flatMap((stage) => stage.ties.map((tie) => ({ tie, stage })));

  it.each(refs.map((ref) => [ref.tie.id, ref] as const))(
    '%s is scheduled before its first leg, in progress between legs and decided after the last',
    (_id, { tie, stage }) => {
      if (tie.walkover) {
        const day = walkoverDay(stage, competition);
        expect(stateOf(competition, dayBefore(day), tie.id)).toBe('scheduled');
        expect(stateOf(competition, day, tie.id)).toBe('decided');
        return;
      }
      const [first, second] = tie.legs.map((leg, i) => legDay(leg, i, stage, competition));
      expect(stateOf(competition, dayBefore(first!), tie.id)).toBe('scheduled');
      if (second === undefined) {
        // A single match (a final): decided on its day.
        expect(stateOf(competition, first!, tie.id)).toBe('decided');
        return;
      }
      expect(stateOf(competition, first!, tie.id)).toBe('in-progress');
      expect(stateOf(competition, second!, tie.id)).toBe('decided');
    },
  );

  it('a slot is unknown, with both clubs of the feeding tie as candidates, until that tie is decided', () => {
    for (const { tie, stage } of refs) {
      if (!('tie' in tie.winnerTo)) continue;
      const decidedOn = tie.walkover
        ? walkoverDay(stage, competition)
        : legDay(tie.legs.at(-1)!, tie.legs.length - 1, stage, competition);
      const { tie: next, slot } = tie.winnerTo;
      const before = competitionAsOf(competition, dayBefore(decidedOn));
      expect(before.slots.get(next)?.[slot], `${tie.id} → ${next}`).toEqual({
        known: false,
        team: placeholderTeam({ tie: tie.id, as: 'winner' }),
        from: { tie: tie.id, as: 'winner' },
        candidates: tie.teams,
      });
      expect(tieState(findTie(before.competition, next), competition.rules)).toBe('pending');
      const after = competitionAsOf(competition, decidedOn);
      expect(after.slots.get(next)?.[slot]).toEqual({
        known: true,
        team: tie.winner,
        from: { tie: tie.id, as: 'winner' },
      });
    }
  });

  it('keeps tie ids, draws and layout positions; at the last match day it is the recorded competition', () => {
    const days = matchDays(competition);
    const early = competitionAsOf(competition, dayBefore(days[0]!));
    const boxes = (c: Competition) => layoutBracket(c.stages).cards;
    expect(boxes(early.competition)).toEqual(boxes(competition));
    early.competition.stages.forEach((stage, i) => {
      expect(stage.draw).toBe(competition.stages[i]!.draw);
      expect(stage.ties.map((t) => t.id)).toEqual(competition.stages[i]!.ties.map((t) => t.id));
    });
    expect(competitionAsOf(competition, days.at(-1)!).competition).toEqual(competition);
  });
});

describe('competitionAsOf', () => {
  it('never changes the stored competition', () => {
    const before = structuredClone(lib2024);
    competitionAsOf(lib2024, '2024-02-10');
    expect(lib2024).toEqual(before);
  });

  it('unplays legs after the date: no goals, no extra time or award, no shoot-out; date and venue stay', () => {
    const e1 = findTie(competitionAsOf(lib2024, '2024-02-06').competition, 'E1');
    expect(e1.legs[0]).toMatchObject({ homeGoals: 3, awayGoals: 2 });
    expect(e1.legs[1]).toMatchObject({
      homeGoals: null,
      awayGoals: null,
      date: '2024-02-13',
      venue: 'Estadio Centenario',
    });
    expect(e1).toMatchObject({ penalties: null, winner: null, decidedBy: null });
  });

  it('names the candidates of a slot two ties away: G3 waits for the winners of C3 and C6, C6 for E1', () => {
    const asOf = competitionAsOf(lib2024, '2024-02-10');
    const g3 = asOf.slots.get('G3')!;
    expect(g3[1]).toMatchObject({
      known: false,
      from: { tie: 'C6', as: 'winner' },
      candidates: ['academia-puerto-cabello', 'defensor-sporting', 'nacional-uru'],
    });
    expect(findTie(asOf.competition, 'C6').teams).toEqual(['winner-of:E1', 'nacional-uru']);
    expect(findTie(asOf.competition, 'C6').legs[0]).toMatchObject({
      home: 'winner-of:E1',
      away: 'nacional-uru',
    });
  });

  it('counts an undated leg from the last day its stage lists for it', () => {
    const r203 = findTie(caf, 'R2-03');
    expect(r203.legs[0]!.date).toBeNull();
    const stage = caf.stages.find((s) => s.id === 'second-round')!;
    expect(legDay(r203.legs[0]!, 0, stage, caf)).toBe('2023-09-24');
    expect(matchDays(caf)).toContain('2023-09-24');
  });

  it('lists the match days sorted and once each', () => {
    const days = matchDays(lib2024);
    expect(days).toEqual([...new Set(days)].sort());
    expect(days.slice(0, 4)).toEqual(['2024-02-06', '2024-02-07', '2024-02-08', '2024-02-13']);
    expect(days).toHaveLength(18); // six days in each of the three stages
  });

  it('reads placeholders back', () => {
    expect(placeholderOf(placeholderTeam({ tie: 'R1-01', as: 'loser' }))).toEqual({
      tie: 'R1-01',
      as: 'loser',
    });
    expect(placeholderOf('nacional-par')).toBeNull();
  });
});
