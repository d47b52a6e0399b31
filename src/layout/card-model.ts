// What each tie card shows, as plain data for the renderer: names, per-leg goals with the home side of
// each leg, aggregate, badges and the sentence a screen reader reads.
import { decideTie, type TieOutcome } from '../domain/decide-tie.ts';
import { describeLeg, describeOutcome, score, summarizeOutcome } from '../domain/describe.ts';
import type { Translator } from '../i18n/translate.ts';
import type { Competition, Stage, Team, TeamId, Tie, TieId } from '../domain/types.ts';

export interface CardTeam {
  id: TeamId;
  label: string;
  country: string;
  /** Goals in leg 1 and leg 2 (null: not played). */
  goals: [number | null, number | null];
  /** Whether this team was at home in leg 1 and in leg 2. */
  home: [boolean, boolean];
  aggregate: number | null;
  winner: boolean;
  bye: boolean;
}

export interface CardBadge {
  kind: 'penalties' | 'away-goals' | 'walkover' | 'pending' | 'invalid';
  text: string;
}

export interface CardModel {
  tieId: TieId;
  teams: [CardTeam, CardTeam];
  badge: CardBadge | null;
  /** Read by screen readers: stage, code, both legs, aggregate, how it was decided. */
  label: string;
}

export function buildCardModel(
  stage: Stage,
  tie: Tie,
  outcome: TieOutcome,
  label: (id: TeamId) => string,
  teams: ReadonlyMap<TeamId, Team>,
  byes: ReadonlySet<string>,
  t: Translator,
): CardModel {
  const decided = outcome.status === 'decided' ? outcome : null;
  const summary = summarizeOutcome(outcome, tie.penalties);
  const sentence = describeOutcome(summary, label, t);
  const side = (id: TeamId, slot: number): CardTeam => {
    const goals = [0, 1].map((i) => {
      const leg = tie.legs[i];
      return leg ? (leg.home === id ? leg.homeGoals : leg.awayGoals) : null;
    }) as [number | null, number | null];
    return {
      id,
      label: label(id),
      country: teams.get(id)?.country ?? '',
      goals,
      home: [tie.legs[0]?.home === id, tie.legs[1]?.home === id],
      aggregate: tie.legs.length ? (decided?.aggregate[id] ?? sumGoals(goals)) : null,
      winner: decided?.winner === id,
      bye: byes.has(`${tie.id}#${slot}`),
    };
  };
  const badge: CardBadge | null =
    summary.kind === 'penalties'
      ? { kind: 'penalties', text: t('badge.penalties', { score: score(...summary.kicks) }) }
      : summary.kind === 'away-goals'
        ? { kind: 'away-goals', text: t('badge.awayGoals', { score: score(...summary.away) }) }
        : summary.kind === 'walkover'
          ? { kind: 'walkover', text: t('badge.walkover') }
          : summary.kind === 'invalid'
            ? { kind: 'invalid', text: t('badge.invalid') }
            : summary.kind === 'pending'
              ? { kind: 'pending', text: t('badge.pending') }
              : null;
  const legs = tie.legs.map((leg, i) =>
    t('tie.legLabel', { leg: t(i === 0 ? 'tie.firstLeg' : 'tie.secondLeg'), score: describeLeg(leg, label) }),
  );
  const [a, b] = tie.teams;
  return {
    tieId: tie.id,
    teams: [side(a, 0), side(b, 1)],
    badge,
    label: [
      t('tie.label', { stage: stage.name, tie: tie.id, teams: t('tie.v', { a: label(a), b: label(b) }) }),
      ...legs,
      sentence,
    ].join(', '),
  };
}

const sumGoals = (goals: [number | null, number | null]) => (goals[0] ?? 0) + (goals[1] ?? 0);

/** What each card shows, computed when asked (a 2,000-tie bracket draws only what is on screen). */
export function createCardDescriber(
  competition: Competition,
  ties: ReadonlyMap<TieId, { tie: Tie; stage: Stage }>,
  labels: ReadonlyMap<TeamId, string>,
  byes: ReadonlySet<string>,
  t: Translator,
): (tieId: TieId) => CardModel | undefined {
  const teams = new Map(competition.teams.map((team) => [team.id, team]));
  const label = (id: TeamId) => labels.get(id) ?? id;
  return (tieId) => {
    const ref = ties.get(tieId);
    if (!ref) return undefined;
    return buildCardModel(ref.stage, ref.tie, decideTie(ref.tie, competition.rules), label, teams, byes, t);
  };
}
