import { beforeAll, describe, expect, it } from 'vitest';
import { findTie, shippedCompetition } from '../../tests/files.ts';
import { CAF, CONMEBOL, UEFA_2020, UEFA_2024, leg, tie } from '../../tests/ties.ts';
import { competitionAsOf } from '../domain/as-of.ts';
import type { TieRules } from '../domain/decide-tie.ts';
import { secondLegNeeds, verdictFor, type SideNeeds } from '../domain/second-leg-needs.ts';
import { labelTeams } from '../domain/team-labels.ts';
import { LANGUAGES, loadLanguage, translator } from '../i18n/translate.ts';
import { needsClauses, needsText, sideNeedsText } from './needs-words.ts';
import { teamName } from './words.ts';

beforeAll(async () => {
  for (const { id } of LANGUAGES) await loadLanguage(id);
});

const RULES: [string, TieRules][] = [
  ['CONMEBOL 2022+', CONMEBOL],
  ['CAF away goals', CAF],
  ['UEFA to 2020-21', UEFA_2020],
  ['UEFA from 2021-22', UEFA_2024],
];
const NAMES: Record<string, string> = { a: 'Nacional (PAR)', b: 'Atlético Nacional' };

/** Every side between legs: first legs 0–0..4–4, the second leg at home or at a neutral ground. */
function everySide(rules: TieRules): { side: SideNeeds; awayGoalsInExtraTime: boolean }[] {
  const sides: { side: SideNeeds; awayGoalsInExtraTime: boolean }[] = [];
  for (const neutral of [false, true]) {
    for (let h = 0; h <= 4; h++) {
      for (let a = 0; a <= 4; a++) {
        const needs = secondLegNeeds(
          tie([leg('a', 'b', h, a), leg('b', 'a', null, null, { neutral })]),
          rules,
        );
        if (needs.status !== 'open') throw new Error(needs.reason);
        for (const side of needs.sides)
          sides.push({ side, awayGoalsInExtraTime: needs.awayGoalsInExtraTime });
      }
    }
  }
  return sides;
}

describe.each(RULES)('needs sentences under %s rules', (_name, rules) => {
  it('say what the codes say: each clause’s scores end the way the clause claims, and every score is covered', () => {
    for (const { side, awayGoalsInExtraTime } of everySide(rules)) {
      const clauses = needsClauses(side, awayGoalsInExtraTime);
      const [first] = clauses;
      expect(first).toEqual({ kind: 'win', byAtLeast: side.win.byAtLeast });
      const { margin } = side.level;
      for (let goals = Math.max(0, margin); goals <= 9; goals++) {
        const verdict = verdictFor(side, goals, goals - margin);
        const covering = clauses.filter(
          (c) =>
            (c.kind === 'level' && c.margin === margin) ||
            (c.kind === 'scores' && goals >= c.goals.from && (c.goals.to === null || goals <= c.goals.to)),
        );
        expect(covering, `${side.team} ${goals}`).toHaveLength(1);
        const clause = covering[0]!;
        expect(clause.kind === 'level' ? clause.then : clause.kind === 'scores' && clause.verdict).toBe(
          verdict,
        );
      }
      // The main clause's margin wins whatever the score, the one below it does not always.
      for (let goals = Math.max(0, side.win.byAtLeast); goals <= 9; goals++) {
        expect(verdictFor(side, goals, goals - side.win.byAtLeast)).toBe('win');
      }
      const hasExtraTimeClause = clauses.some((c) => c.kind === 'extra-time-away-goals');
      expect(hasExtraTimeClause).toBe(
        rules.awayGoalsInExtraTime === true &&
          clauses.some((c) => ('then' in c ? c.then : c.kind === 'scores' && c.verdict) === 'extra-time'),
      );
    }
  });

  it.each(LANGUAGES.map((l) => l.id))(
    'are non-empty, name the team and leave no placeholder, in %s',
    (lang) => {
      const t = translator(lang);
      for (const { side, awayGoalsInExtraTime } of everySide(rules)) {
        const text = sideNeedsText(side, awayGoalsInExtraTime, (id) => NAMES[id] ?? id, t);
        expect(text.trim()).not.toBe('');
        expect(text).toContain(NAMES[side.team]);
        expect(text).not.toMatch(/\{\w+\}/);
      }
    },
  );
});

describe('needsText', () => {
  const lib2024 = shippedCompetition('libertadores-2024-qualifying.json');
  const labels = labelTeams(lib2024.teams);

  it('words C2 after its first leg (Nacional 1–0 Atlético Nacional, CONMEBOL rules)', () => {
    const c2 = findTie(competitionAsOf(lib2024, '2024-02-21').competition, 'C2');
    const t = translator('en');
    expect(needsText(secondLegNeeds(c2, lib2024.rules), (id) => teamName(id, labels, t), t)).toEqual([
      'A draw is enough for Nacional (PAR); a one-goal defeat takes it to penalties',
      'Atlético Nacional need to win by 2 goals; a one-goal win takes it to penalties',
    ]);
    const es = translator('es');
    expect(needsText(secondLegNeeds(c2, lib2024.rules), (id) => teamName(id, labels, es), es)[1]).toBe(
      'Atlético Nacional necesita ganar por 2 goles; una victoria por un gol lleva la llave a los penales',
    );
  });

  it('words a CAF side 1–0 down from the away leg: 1–0 goes to penalties, 2–1 is not enough', () => {
    const needs = secondLegNeeds(tie([leg('a', 'b', 1, 0), leg('b', 'a', null, null)]), CAF);
    expect(needsText(needs, (id) => NAMES[id]!, translator('en'))).toEqual([
      'A draw is enough for Nacional (PAR); a 2–1, 3–2… defeat is also enough, on away goals; a 1–0 defeat takes it to penalties',
      'Atlético Nacional need to win by 2 goals; a 1–0 win takes it to penalties; a 2–1, 3–2… win is not enough',
    ]);
  });

  it('words a UEFA tie to 2020-21 with extra time and a goalless draw enough', () => {
    const needs = secondLegNeeds(tie([leg('a', 'b', 1, 1), leg('b', 'a', null, null)]), UEFA_2020);
    expect(needsText(needs, (id) => NAMES[id]!, translator('en'))[1]).toBe(
      'Atlético Nacional need to win; a 0–0 draw is also enough, on away goals; a 1–1 draw takes it to extra time; a 2–2, 3–3… draw is not enough; in extra time, away goals count again',
    );
  });

  it('says nothing about a tie that is not between its legs', () => {
    expect(
      needsText(secondLegNeeds(findTie(lib2024, 'C2'), lib2024.rules), (id) => id, translator('en')),
    ).toEqual([]);
  });
});
