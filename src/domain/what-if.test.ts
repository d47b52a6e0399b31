import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTie, shippedCompetition } from '../../tests/files.ts';
import { UEFA_2020, leg } from '../../tests/ties.ts';
import { competitionAsOf, tieState } from './as-of.ts';
import { decideTie } from './decide-tie.ts';
import type { Competition } from './types.ts';
import { applyWhatIf, decodeWhatIf, encodeWhatIf, type WhatIf } from './what-if.ts';

const lib2024 = shippedCompetition('libertadores-2024-qualifying.json');
// 10 February 2024: the first legs of the first stage played, nothing else.
const asOf = competitionAsOf(lib2024, '2024-02-10');

const whatIf = (text: string): WhatIf => {
  const decoded = decodeWhatIf(text);
  expect(decoded.rejected).toEqual([]);
  return decoded.whatIf;
};

describe('applyWhatIf', () => {
  it('carries a hypothetical winner through two rounds: E1 → C6 → G3', () => {
    const before = structuredClone(asOf.competition);
    const result = applyWhatIf(
      asOf,
      whatIf('E1.2:1-0,C6.1:2-0,C6.2:0-0,C3.1:6-1,C3.2:3-1,G3.1:1-0,G3.2:0-0,E1.p:defensor-sporting'),
    );
    const { competition } = result.asOf;
    const rules = competition.rules;
    // E1: 3–2 and 0–1 is 3–3; Defensor win the shoot-out picked for them.
    expect(decideTie(findTie(competition, 'E1'), rules)).toMatchObject({
      status: 'decided',
      winner: 'defensor-sporting',
      decidedBy: 'penalties',
    });
    expect(findTie(competition, 'C6').teams).toEqual(['defensor-sporting', 'nacional-uru']);
    expect(findTie(competition, 'C6').legs[0]).toMatchObject({ home: 'defensor-sporting', homeGoals: 2 });
    expect(findTie(competition, 'C6').winner).toBe('defensor-sporting');
    expect(result.asOf.slots.get('G3')).toEqual([
      { known: true, team: 'always-ready', from: { tie: 'C3', as: 'winner' } },
      { known: true, team: 'defensor-sporting', from: { tie: 'C6', as: 'winner' } },
    ]);
    expect(findTie(competition, 'G3')).toMatchObject({
      teams: ['always-ready', 'defensor-sporting'],
      winner: 'always-ready',
      decidedBy: 'aggregate',
    });
    expect(tieState(findTie(competition, 'G3'), rules)).toBe('decided');
    // Nothing else moved: C8's slot waits for E2, which has no hypothesis.
    expect(tieState(findTie(competition, 'C8'), rules)).toBe('pending');
    expect([...result.legs].sort()).toEqual(['C3#0', 'C3#1', 'C6#0', 'C6#1', 'E1#1', 'G3#0', 'G3#1']);
    expect([...result.ties].sort()).toEqual(['C3', 'C6', 'E1', 'G3']);
    expect(result.ignored).toEqual([]);
    expect(asOf.competition).toEqual(before);
  });

  it('marks a tie entered by a hypothetical winner even without a result of its own', () => {
    const result = applyWhatIf(asOf, whatIf('E3.2:3-0'));
    expect(findTie(result.asOf.competition, 'C2').teams).toEqual(['nacional-par', 'atletico-nacional']);
    expect(tieState(findTie(result.asOf.competition, 'C2'), lib2024.rules)).toBe('scheduled');
    expect([...result.ties].sort()).toEqual(['C2', 'E3']);
  });

  it('ignores, with a reason, what cannot apply', () => {
    const result = applyWhatIf(asOf, whatIf('E1.1:0-5,Z9.2:1-0,G1.1:1-0,E2.p:nobody,E3.p:aucas,E2.2:1-0'));
    expect(result.ignored.map((i) => [i.item.tieId, i.reason])).toEqual([
      ['Z9', 'unknown-tie'],
      ['E1', 'already-played'],
      ['E2', 'not-in-tie'],
      ['E3', 'not-a-shoot-out'],
      ['G1', 'teams-unknown'],
    ]);
    // E2: 1–0 and 1–0 is 1–1; the pick of a team not in the tie leaves the shoot-out open.
    expect(decideTie(findTie(result.asOf.competition, 'E2'), lib2024.rules)).toMatchObject({
      status: 'pending',
      awaiting: 'shoot-out',
    });
  });

  it('takes a level last leg to a goalless extra time where the rules have it', () => {
    const uefa: Competition = {
      ...lib2024,
      rules: { ...lib2024.rules, ...UEFA_2020 },
      stages: lib2024.stages.map((stage) => ({
        ...stage,
        ties: stage.ties.map((t) =>
          t.id === 'E1'
            ? {
                ...t,
                legs: [
                  leg('academia-puerto-cabello', 'defensor-sporting', 1, 1, { date: '2024-02-06' }),
                  leg('defensor-sporting', 'academia-puerto-cabello', 1, 1, { date: '2024-02-13' }),
                ],
              }
            : t,
        ),
      })),
    };
    // 1–1 and 0–0: Defensor through on their away goal, no extra time.
    const away = findTie(
      applyWhatIf(competitionAsOf(uefa, '2024-02-10'), whatIf('E1.2:0-0')).asOf.competition,
      'E1',
    );
    expect(away.legs[1]!.regularTime).toBeUndefined();
    expect(away).toMatchObject({ winner: 'defensor-sporting', decidedBy: 'away-goals' });
    // 1–1 and 1–1: level on away goals too, so extra time (goalless), then the picked shoot-out.
    const level = applyWhatIf(
      competitionAsOf(uefa, '2024-02-10'),
      whatIf('E1.2:1-1,E1.p:academia-puerto-cabello'),
    );
    expect(findTie(level.asOf.competition, 'E1').legs[1]!.regularTime).toEqual({
      homeGoals: 1,
      awayGoals: 1,
    });
    expect(findTie(level.asOf.competition, 'E1')).toMatchObject({
      winner: 'academia-puerto-cabello',
      decidedBy: 'penalties',
    });
  });
});

describe('encodeWhatIf and decodeWhatIf', () => {
  it('write and read the URL form', () => {
    const value: WhatIf = {
      results: [{ tieId: 'C2', leg: 1, homeGoals: 2, awayGoals: 0 }],
      picks: [{ tieId: 'E1', winner: 'academia-puerto-cabello' }],
    };
    expect(encodeWhatIf(value)).toBe('C2.2:2-0,E1.p:academia-puerto-cabello');
    expect(decodeWhatIf('C2.2:2-0,E1.p:academia-puerto-cabello')).toEqual({ whatIf: value, rejected: [] });
    expect(decodeWhatIf('')).toEqual({ whatIf: { results: [], picks: [] }, rejected: [] });
  });

  it('round-trips ids holding the separators', () => {
    const value: WhatIf = {
      results: [{ tieId: 'R1.01:a,b', leg: 0, homeGoals: 10, awayGoals: 0 }],
      picks: [{ tieId: 'x%y', winner: 'team,with:colon' }],
    };
    expect(decodeWhatIf(encodeWhatIf(value))).toEqual({ whatIf: value, rejected: [] });
  });

  it('rejects malformed parts with a reason and keeps the rest', () => {
    const decoded = decodeWhatIf('C2.2:2-0,C2.3:1-0,C2.1:a-0,C2.1:100-1,junk,,E1.p:%E0,C2.2:1-1,E1.p:');
    expect(decoded.whatIf.results).toEqual([{ tieId: 'C2', leg: 1, homeGoals: 2, awayGoals: 0 }]);
    expect(decoded.rejected).toEqual([
      { part: 'C2.3:1-0', reason: 'leg' },
      { part: 'C2.1:a-0', reason: 'score' },
      { part: 'C2.1:100-1', reason: 'score' },
      { part: 'junk', reason: 'syntax' },
      { part: '', reason: 'syntax' },
      { part: 'E1.p:%E0', reason: 'escape' },
      { part: 'C2.2:1-1', reason: 'duplicate' },
      { part: 'E1.p:', reason: 'escape' },
    ]);
  });

  it('never throws, and what it reads encodes back to text it reads the same', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const decoded = decodeWhatIf(text);
        expect(decodeWhatIf(encodeWhatIf(decoded.whatIf)).whatIf).toEqual(decoded.whatIf);
      }),
    );
  });
});
