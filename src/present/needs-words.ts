// What each side needs from the second leg, in one sentence per side: "Atlético Nacional need to win
// by 2 goals; a one-goal win takes it to penalties". The sentence is built from clauses, each taken
// from the codes of secondLegNeeds (domain/second-leg-needs.ts); `needsClauses` is that structure,
// `needsText` its words. Scores are written winner first, as a result is spoken ("a 2–1 defeat").
import type { GoalRange, SecondLegNeeds, SideNeeds, TieBreak, Verdict } from '../domain/second-leg-needs.ts';
import type { TeamId } from '../domain/types.ts';
import type { MessageKey } from '../i18n/en.ts';
import type { Translator } from '../i18n/translate.ts';
import { score } from './words.ts';

export type NeedsClause =
  /** Margins from `byAtLeast` win: "need to win by two goals", "a draw is enough". */
  | { kind: 'win'; byAtLeast: number }
  /** Every score with this margin goes to the tie-break (no away goals). */
  | { kind: 'level'; margin: number; then: TieBreak }
  /** Scores with this margin, the side scoring `goals`, end this way (away goals split them). */
  | { kind: 'scores'; margin: number; goals: GoalRange; verdict: Verdict }
  /** Extra time is played and away goals count again in it. */
  | { kind: 'extra-time-away-goals' };

/** The clauses of a side's sentence, in order. */
export function needsClauses(side: SideNeeds, awayGoalsInExtraTime: boolean): NeedsClause[] {
  const { margin, then, awayGoals } = side.level;
  const clauses: NeedsClause[] = [{ kind: 'win', byAtLeast: side.win.byAtLeast }];
  if (!awayGoals) {
    clauses.push({ kind: 'level', margin, then });
  } else {
    if (awayGoals.win) clauses.push({ kind: 'scores', margin, goals: awayGoals.win, verdict: 'win' });
    if (awayGoals.tieBreak !== null) {
      const goals = { from: awayGoals.tieBreak, to: awayGoals.tieBreak };
      clauses.push({ kind: 'scores', margin, goals, verdict: then });
    }
    if (awayGoals.lose) clauses.push({ kind: 'scores', margin, goals: awayGoals.lose, verdict: 'lose' });
  }
  const tieBreaks = clauses.some((c) => c.kind === 'level' || (c.kind === 'scores' && c.verdict === then));
  if (then === 'extra-time' && awayGoalsInExtraTime && tieBreaks)
    clauses.push({ kind: 'extra-time-away-goals' });
  return clauses;
}

const countKey = (base: string, count: number) => `${base}.${count === 1 ? 'one' : 'other'}` as MessageKey;

/** "a one-goal win", "a draw", "a two-goal defeat". */
function resultText(margin: number, t: Translator): string {
  if (margin === 0) return t('needs.result.draw');
  const count = Math.abs(margin);
  return t(countKey(margin > 0 ? 'needs.result.win' : 'needs.result.defeat', count), { count });
}

/** "a 1–0 win", "a 0–0 or 1–1 draw", "a 2–1, 3–2… defeat": the scores of a run of goals at a margin. */
function scoresText(margin: number, goals: GoalRange, t: Translator): string {
  const at = (g: number) => (margin >= 0 ? score(g, g - margin) : score(g - margin, g));
  const { from, to } = goals;
  const list =
    to === null
      ? `${at(from)}, ${at(from + 1)}…`
      : to - from < 3
        ? new Intl.ListFormat(t.lang, { type: 'disjunction' }).format(
            Array.from({ length: to - from + 1 }, (_, i) => at(from + i)),
          )
        : `${at(from)}, ${at(from + 1)} … ${at(to)}`;
  const kind = margin > 0 ? 'win' : margin === 0 ? 'draw' : 'defeat';
  return t(`needs.score.${kind}`, { score: list });
}

const SCORES_KEY: Record<Verdict, MessageKey> = {
  win: 'needs.scores.enough',
  lose: 'needs.scores.notEnough',
  penalties: 'needs.scores.penalties',
  'extra-time': 'needs.scores.extraTime',
};

function clauseText(clause: NeedsClause, team: string, t: Translator): string {
  switch (clause.kind) {
    case 'win': {
      const n = clause.byAtLeast;
      if (n === 0) return t('needs.draw', { team });
      return n > 0
        ? t(countKey('needs.winBy', n), { team, count: n })
        : t(countKey('needs.loseBy', -n), { team, count: -n });
    }
    case 'level':
      return t(clause.then === 'penalties' ? 'needs.level.penalties' : 'needs.level.extraTime', {
        result: resultText(clause.margin, t),
      });
    case 'scores': {
      const scores = scoresText(clause.margin, clause.goals, t);
      return t(SCORES_KEY[clause.verdict], { scores });
    }
    case 'extra-time-away-goals':
      return t('needs.extraTimeAwayGoals');
  }
}

/** One side's sentence. */
export function sideNeedsText(
  side: SideNeeds,
  awayGoalsInExtraTime: boolean,
  name: (id: TeamId) => string,
  t: Translator,
): string {
  const team = name(side.team);
  return needsClauses(side, awayGoalsInExtraTime)
    .map((clause) => clauseText(clause, team, t))
    .join(t('needs.separator'));
}

/** A sentence for each side of a tie between its legs, first-named team first; none otherwise. */
export function needsText(needs: SecondLegNeeds, name: (id: TeamId) => string, t: Translator): string[] {
  if (needs.status !== 'open') return [];
  return needs.sides.map((side) => sideNeedsText(side, needs.awayGoalsInExtraTime, name, t));
}
