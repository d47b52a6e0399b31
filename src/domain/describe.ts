// Sentences about ties: "3–3 on aggregate; Academia Puerto Cabello won 4–2 on penalties", legs home team first.
import { translator, type Translator } from '../i18n/translate.ts';
import type { TieOutcome } from './decide-tie.ts';
import type { Leg, TeamId } from './types.ts';

export const score = (a: number, b: number): string => `${a}–${b}`;

/** The facts a sentence is made of, independent of the language it is written in. */
export type OutcomeSummary =
  | { kind: 'pending' }
  | { kind: 'invalid'; reason: string }
  | { kind: 'walkover'; winner: TeamId; loser: TeamId }
  | { kind: 'aggregate'; winner: TeamId; aggregate: [number, number] }
  | { kind: 'away-goals'; winner: TeamId; aggregate: [number, number]; away: [number, number] }
  | { kind: 'penalties'; winner: TeamId; aggregate: [number, number]; kicks: [number, number] };

/** Scores are given winner first. */
export function summarizeOutcome(
  outcome: TieOutcome,
  penalties: Readonly<Record<TeamId, number>> | null,
): OutcomeSummary {
  if (outcome.status === 'pending') return { kind: 'pending' };
  if (outcome.status === 'invalid') return { kind: 'invalid', reason: outcome.reason };
  const { winner, loser, aggregate, awayGoals } = outcome;
  const pair = (goals: Readonly<Record<TeamId, number>>): [number, number] => [
    goals[winner] ?? 0,
    goals[loser] ?? 0,
  ];
  switch (outcome.decidedBy) {
    case 'walkover':
      return { kind: 'walkover', winner, loser };
    case 'aggregate':
      return { kind: 'aggregate', winner, aggregate: pair(aggregate) };
    case 'away-goals':
      return { kind: 'away-goals', winner, aggregate: pair(aggregate), away: pair(awayGoals) };
    case 'penalties':
      return { kind: 'penalties', winner, aggregate: pair(aggregate), kicks: pair(penalties ?? {}) };
  }
}

/** The sentence in the translator's language; `name` turns a team id into its display name. */
export function describeOutcome(
  summary: OutcomeSummary,
  name: (id: TeamId) => string,
  t: Translator = translator('en'),
): string {
  switch (summary.kind) {
    case 'pending':
      return t('outcome.pending');
    case 'invalid':
      return t('outcome.invalid', { reason: summary.reason });
    case 'walkover':
      return t('outcome.walkover', { winner: name(summary.winner), loser: name(summary.loser) });
    case 'aggregate':
      return t('outcome.aggregate', { winner: name(summary.winner), score: score(...summary.aggregate) });
    case 'away-goals':
      return t('outcome.awayGoals', { winner: name(summary.winner), score: score(...summary.aggregate) });
    case 'penalties':
      return t('outcome.penalties', {
        winner: name(summary.winner),
        score: score(...summary.aggregate),
        kicks: score(...summary.kicks),
      });
  }
}

/** A leg with the home team first: "Bendel Insurance 1–0 ASO Chlef". */
export function describeLeg(
  leg: Pick<Leg, 'home' | 'away' | 'homeGoals' | 'awayGoals'>,
  name: (id: TeamId) => string,
): string {
  return `${name(leg.home)} ${score(leg.homeGoals, leg.awayGoals)} ${name(leg.away)}`;
}
