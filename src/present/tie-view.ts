// Everything any view says about a tie, in one place: the card's rows and badge, the legs as the panel
// and the list print them, the sentence of how it was decided, where the winner and loser go, which
// ties fed it, its notes, and the sentence a screen reader reads. Pure data (no DOM): the bracket, the
// tie panel, the phone card, the list and the exports all read it, so no two of them word a tie apart.
import { tieState, type CompetitionAsOf, type TieState } from '../domain/as-of.ts';
import { decideTie, isPlayed, type TieOutcome } from '../domain/decide-tie.ts';
import { secondLegNeeds } from '../domain/second-leg-needs.ts';
import { legKey } from '../domain/what-if.ts';
import { nextStep, type TieRef } from '../domain/progression.ts';
import type {
  Competition,
  DataNote,
  Destination,
  Exit,
  Leg,
  Stage,
  Team,
  TeamId,
  Tie,
  TieId,
} from '../domain/types.ts';
import type { MessageKey } from '../i18n/en.ts';
import type { Params, Translator } from '../i18n/translate.ts';
import { needsText } from './needs-words.ts';
import { exitName, invalidText, score, stageName, teamName } from './words.ts';

/**
 * Text with links in it: a string, a tie to link to (its code is the link's text), or a team's path in
 * another competition of Llave (`text` is the link's text).
 */
export type Rich = readonly (string | { tie: TieId } | { competition: string; team: TeamId; text: string })[];

export interface SideView {
  id: TeamId;
  label: string;
  country: string;
  /** Goals in leg 1 and leg 2 of a two-legged tie (null: not played; both null for a single match). */
  goals: [number | null, number | null];
  /** Whether this team was at home in leg 1 and in leg 2. */
  home: [boolean, boolean];
  /** Goals over the legs played (a single match: its score); null before any is played. */
  aggregate: number | null;
  winner: boolean;
  /** Entered at this stage (a bye), not as the winner of an earlier tie. */
  bye: boolean;
}

export type BadgeKind =
  'penalties' | 'away-goals' | 'extra-time' | 'walkover' | 'awarded' | 'to-play' | 'pending' | 'invalid';

export interface BadgeView {
  kind: BadgeKind;
  /** The badge's colours: one per meaning, shared by several kinds. */
  tone: 'penalties' | 'away-goals' | 'muted' | 'invalid';
  text: string;
}

export interface LegView {
  /** "First leg", "Second leg", or "Match" for a single match. */
  title: string;
  date: string;
  time: string | null;
  /** Home team first: "Lille 2–1 Fenerbahçe", or "Lille v Fenerbahçe" before it is played. */
  score: string;
  /** The score with its marks, for one line: "Fenerbahçe 1–1 Lille a.e.t.". */
  summary: string;
  /** "a.e.t. · 1–0 after 90 minutes" for a leg that went to extra time. */
  extraTime: string | null;
  awarded: string | null;
  place: string;
  note: string | null;
  played: boolean;
  /** Its result is a what-if, not a real one. */
  hypothetical: boolean;
}

export interface OutletView {
  /** The team that goes out this way (its path reaches the outlet). */
  winner: TeamId | null;
  /** e.g. "Qualified" above "Botafogo", "Qualifies" above "To be decided", or "Winner plays in G1". */
  caption: string;
  primary: string;
  secondary: string | null;
}

export interface TieView {
  tie: Tie;
  stage: Stage;
  outcome: TieOutcome;
  /** "Second stage · C2". */
  heading: string;
  /** The tie's code is a key of ours, not the organiser's. */
  localKey: boolean;
  /** "Nacional (PAR) v Atlético Nacional". */
  title: string;
  sides: [SideView, SideView];
  badge: BadgeView | null;
  /** How it was decided, or where it stands, in one sentence. */
  sentence: string;
  legs: LegView[];
  /** Label and value rows: aggregate, away goals, penalties. */
  facts: { label: string; value: string }[];
  /** "Nacional (PAR) came from" E3, for each slot fed by an earlier tie. */
  feeders: { label: string; tie: TieId }[];
  /** Where the winner and the loser went (or, undecided, where the winner goes). */
  destinations: Rich[];
  /** The phone card's "Winner plays the winner of C8 in G1" and the loser's transfer. */
  next: { winner: string; loser: string | null };
  outlet: OutletView;
  walkover: string | null;
  notes: DataNote[];
  unconfirmed: string | null;
  /** Decided, in progress (some legs played), scheduled (both teams known), pending (a team not known). */
  state: TieState;
  /** A what-if result or pick decides part of it, or put one of its teams in it. */
  hypothetical: boolean;
  /** Between the legs: what each side needs in the second one, one sentence each. */
  needs: string[];
  /** The whole tie in one sentence, for screen readers. */
  label: string;
}

/** What presenting a tie needs from its competition, derived once per competition. */
export interface TieContext {
  competition: Competition;
  teams: ReadonlyMap<TeamId, Team>;
  exits: ReadonlyMap<string, Exit>;
  labels: ReadonlyMap<TeamId, string>;
  ties: ReadonlyMap<TieId, TieRef>;
  feeders: ReadonlyMap<TieId, readonly [TieId | null, TieId | null]>;
  /** "tieId#slot" of every slot taken by a team that entered at that stage. */
  byes: ReadonlySet<string>;
  /** What a what-if made hypothetical in this competition; null when none was applied. */
  hypothetical: HypotheticalMarks | null;
  /** Of a competition as of a day: who can still fill each slot; null as recorded. */
  slots: CompetitionAsOf['slots'] | null;
}

/** What a what-if made hypothetical in a competition it was applied to. */
export interface HypotheticalMarks {
  /** legKey(tie, leg) of each leg given a result. */
  legs: ReadonlySet<string>;
  /** Ties with a hypothetical result or pick, and ties a hypothetical winner entered. */
  ties: ReadonlySet<TieId>;
  /** Ties whose shoot-out winner was picked (its kicks are a token, not a score). */
  picks: ReadonlySet<TieId>;
}

/** The message with `links` placeholders kept as links and the others filled in. */
type Link = Exclude<Rich[number], string>;

/** The message with the `links` placeholders as links and the others filled in from `params`. */
function rich(t: Translator, key: MessageKey, params: Params, links: Readonly<Record<string, Link>>): Rich {
  const parts = t(key, params).split(/\{(\w+)\}/);
  return parts.flatMap((part, i): Rich => {
    if (i % 2 === 0) return part ? [part] : [];
    const link = links[part];
    return link ? [link] : [`{${part}}`];
  });
}

export const richToText = (parts: Rich): string =>
  parts.map((part) => (typeof part === 'string' ? part : 'tie' in part ? part.tie : part.text)).join('');

const TONE: Record<BadgeKind, BadgeView['tone']> = {
  penalties: 'penalties',
  'away-goals': 'away-goals',
  'extra-time': 'away-goals',
  walkover: 'muted',
  awarded: 'muted',
  'to-play': 'muted',
  pending: 'muted',
  invalid: 'invalid',
};

const eitherFormats = new Map<string, Intl.ListFormat>();
/** "A or B", "A, B or C" in the language. */
function either(lang: string, names: readonly string[]): string {
  let format = eitherFormats.get(lang);
  if (!format) eitherFormats.set(lang, (format = new Intl.ListFormat(lang, { type: 'disjunction' })));
  return format.format(names);
}

export function presentTie(context: TieContext, ref: TieRef, t: Translator): TieView {
  const { competition, teams, exits, labels, byes, hypothetical } = context;
  const { tie, stage } = ref;
  const outcome = decideTie(tie, competition.rules);
  const picked = hypothetical?.picks.has(tie.id) ?? false;
  const name = (id: TeamId) => teamName(id, labels, t);
  const [a, b] = tie.teams;
  const single = tie.legs.length === 1;
  const decided = outcome.status === 'decided' ? outcome : null;
  const played = tie.legs.filter(isPlayed);
  const pair = (goals: Readonly<Record<TeamId, number>>, first: TeamId, second: TeamId) =>
    score(goals[first] ?? 0, goals[second] ?? 0);

  const side = (id: TeamId, slot: 0 | 1): SideView => {
    const goals = [0, 1].map((i) => {
      const leg = single ? undefined : tie.legs[i];
      return leg ? (leg.home === id ? leg.homeGoals : leg.awayGoals) : null;
    }) as [number | null, number | null];
    return {
      id,
      label: name(id),
      country: teams.get(id)?.country ?? '',
      goals,
      home: [0, 1].map((i) => !single && tie.legs[i]?.home === id) as [boolean, boolean],
      aggregate: played.length ? (outcome.status === 'invalid' ? null : (outcome.aggregate[id] ?? 0)) : null,
      winner: decided?.winner === id,
      bye: byes.has(`${tie.id}#${slot}`),
    };
  };

  const sentence = describeOutcome(outcome, tie, name, t);

  const badge = ((): BadgeView | null => {
    const make = (kind: BadgeKind, text: string): BadgeView => ({ kind, tone: TONE[kind], text });
    if (outcome.status === 'invalid') return make('invalid', t('badge.invalid'));
    if (outcome.status === 'pending') {
      if (outcome.awaiting === 'shoot-out') return make('pending', t('badge.pending'));
      return make('to-play', t(played.length && !single ? 'badge.secondLegToPlay' : 'badge.toPlay'));
    }
    const kicks = () => pair(tie.penalties ?? {}, outcome.winner, outcome.loser);
    if (outcome.decidedBy === 'walkover') return make('walkover', t('badge.walkover'));
    if (picked) return make('penalties', t('badge.whatIf'));
    if (outcome.decidedBy === 'penalties') {
      return outcome.extraTime
        ? make('penalties', t('badge.extraTimePenalties', { score: kicks() }))
        : make('penalties', t('badge.penalties', { score: kicks() }));
    }
    if (outcome.decidedBy === 'away-goals') {
      return make(
        'away-goals',
        t('badge.awayGoals', { score: pair(outcome.awayGoals, outcome.winner, outcome.loser) }),
      );
    }
    if (outcome.extraTime) return make('extra-time', t('badge.extraTime'));
    if (tie.legs.some((leg) => leg.awarded)) return make('awarded', t('badge.awarded'));
    return null;
  })();

  const legs = tie.legs.map((leg, i) =>
    presentLeg(
      leg,
      single ? 'tie.match' : i === 0 ? 'tie.firstLeg' : 'tie.secondLeg',
      hypothetical?.legs.has(legKey(tie.id, i)) ?? false,
      name,
      t,
    ),
  );

  const facts: TieView['facts'] = [];
  if (decided && tie.legs.length > 0 && !single) {
    facts.push({
      label: t('tie.aggregate'),
      value: `${name(a)} ${pair(decided.aggregate, a, b)} ${name(b)}`,
    });
    if (competition.rules.awayGoals && (decided.aggregate[a] ?? 0) === (decided.aggregate[b] ?? 0)) {
      facts.push({
        label: t('tie.awayGoals'),
        value: `${name(a)} ${decided.awayGoals[a] ?? 0}, ${name(b)} ${decided.awayGoals[b] ?? 0}`,
      });
    }
  }
  if (tie.penalties) {
    facts.push({
      label: t('tie.penalties'),
      value:
        picked && decided
          ? t('whatIf.picked', { team: name(decided.winner) })
          : `${name(a)} ${pair(tie.penalties, a, b)} ${name(b)}`,
    });
  }

  const fed = context.feeders.get(tie.id) ?? [null, null];
  const feederRows = fed.flatMap((feeder, slot) => {
    if (!feeder) return [];
    // A team not known yet: the clubs that can still be it ("Winner of C2 will be A or B").
    const open = context.slots?.get(tie.id)?.[slot];
    const label =
      open && !open.known
        ? t('tie.couldBe', { team: name(open.team), candidates: either(t.lang, open.candidates.map(name)) })
        : t('tie.cameFrom', { team: name(tie.teams[slot]!) });
    return [{ label, tie: feeder }];
  });

  const whereabouts = (team: TeamId, to: Destination, won: boolean): Rich => {
    if ('tie' in to) return [t('tie.wentOn', { team: name(team) }), ' ', { tie: to.tie }];
    const exit = exits.get(to.exit);
    if (!exit || exit.kind === 'out') return [t('tie.eliminated', { team: name(team) })];
    if (exit.phase === 'title' && exit.competitionName) {
      return [t('tie.title', { team: name(team), competition: exit.competitionName })];
    }
    const key = won && exit.kind === 'advance' ? 'tie.qualified' : 'tie.moved';
    // Where the competition it goes to is in Llave too, the exit is a link to the team's path there.
    if (exit.to) {
      const link = { competition: exit.to.competition, team, text: exitName(exit, t) };
      return rich(t, key, { team: name(team) }, { exit: link });
    }
    return [t(key, { team: name(team), exit: exitName(exit, t) })];
  };
  const destinations: Rich[] = decided
    ? [whereabouts(decided.winner, tie.winnerTo, true), whereabouts(decided.loser, tie.loserTo, false)]
    : 'tie' in tie.winnerTo
      ? [rich(t, 'tie.winnerTo', {}, { tie: { tie: tie.winnerTo.tie } })]
      : exits.get(tie.winnerTo.exit)
        ? [[t('tie.winnerExit', { exit: exitName(exits.get(tie.winnerTo.exit)!, t) })]]
        : [];

  const loserExit = 'exit' in tie.loserTo ? exits.get(tie.loserTo.exit) : undefined;
  const transfer = loserExit?.kind === 'transfer' ? exitName(loserExit, t) : null;
  const winnerExit = 'exit' in tie.winnerTo ? exits.get(tie.winnerTo.exit) : undefined;
  const step = nextStep(tie, context.feeders, context.ties);
  const next = {
    winner:
      step.kind === 'exit'
        ? t('next.exit', { exit: winnerExit ? exitName(winnerExit, t) : step.exit })
        : 'winnerOf' in step.opponent
          ? t('next.playsWinnerOf', { other: step.opponent.winnerOf, tie: step.tie })
          : t('next.playsTeam', { team: name(step.opponent.team), tie: step.tie }),
    loser: transfer ? t('next.loser', { exit: transfer }) : null,
  };
  const outlet: OutletView = {
    caption:
      'exit' in tie.winnerTo
        ? winnerExit?.phase === 'title'
          ? t('bracket.champion')
          : winnerExit?.kind === 'advance'
            ? t(decided ? 'bracket.qualified' : 'bracket.qualifies') // "Qualifies: To be decided"
            : winnerExit
              ? exitName(winnerExit, t)
              : tie.winnerTo.exit
        : t('bracket.winnerPlaysIn', { tie: tie.winnerTo.tie }),
    winner: decided?.winner ?? null,
    primary: decided ? name(decided.winner) : t('bracket.undecided'),
    secondary: decided && transfer ? `${name(decided.loser)} → ${transfer}` : null,
  };

  const heading = `${stageName(stage, t)} · ${tie.id}`;
  const isHypothetical = hypothetical?.ties.has(tie.id) ?? false;
  const needs = needsText(secondLegNeeds(tie, competition.rules), name, t);
  const state = tieState(tie, competition.rules, outcome);
  return {
    tie,
    stage,
    outcome,
    heading,
    localKey: stage.tieIds === 'local',
    title: t('tie.v', { a: name(a), b: name(b) }),
    sides: [side(a, 0), side(b, 1)],
    badge,
    sentence,
    legs,
    facts,
    feeders: feederRows,
    destinations,
    next,
    outlet,
    walkover: tie.walkover
      ? tie.walkover.reason
        ? t('tie.notPlayedBecause', { reason: tie.walkover.reason })
        : t('tie.notPlayed')
      : null,
    notes: competition.notes.filter(
      (note) =>
        ('tie' in note.about && note.about.tie === tie.id) ||
        ('team' in note.about && tie.teams.includes(note.about.team)),
    ),
    unconfirmed: tie.unconfirmed?.length
      ? t('tie.notConfirmed', { fields: tie.unconfirmed.join(', ') })
      : null,
    state,
    hypothetical: isHypothetical,
    needs,
    label: [
      isHypothetical ? t('badge.whatIf') : null,
      t('tie.label', {
        stage: stageName(stage, t),
        tie: tie.id,
        teams: t('tie.v', { a: name(a), b: name(b) }),
      }),
      ...legs.map((leg) => t('tie.legLabel', { leg: leg.title, score: leg.summary })),
      sentence,
      state === 'decided' ? null : t(`state.${state}`),
      ...needs,
    ]
      .filter(Boolean)
      .join(', '),
  };
}

function presentLeg(
  leg: Leg,
  title: MessageKey,
  hypothetical: boolean,
  name: (id: TeamId) => string,
  t: Translator,
): LegView {
  const unconfirmed = new Set(leg.unconfirmed ?? []);
  const mark = (field: string) => (unconfirmed.has(field) ? ` ${t('tie.unconfirmed')}` : '');
  const played = isPlayed(leg);
  const scoreText = played
    ? `${name(leg.home)} ${score(leg.homeGoals, leg.awayGoals)} ${name(leg.away)}`
    : t('tie.v', { a: name(leg.home), b: name(leg.away) });
  const extraTime = leg.regularTime
    ? `${t('tie.afterExtraTime')} · ${t('tie.regularTime', { score: score(leg.regularTime.homeGoals, leg.regularTime.awayGoals) })}`
    : null;
  const awarded = leg.awarded
    ? leg.awarded.reason
      ? t('tie.awardedBecause', { reason: leg.awarded.reason })
      : t('tie.awarded')
    : null;
  const place = [
    leg.venue ?? t('tie.venueUnknown'),
    leg.city ?? (leg.venue ? null : t('tie.cityUnknown')),
    leg.neutral ? t('tie.neutral') : null,
  ]
    .filter(Boolean)
    .join(', ');
  return {
    title: t(title),
    // Read only where dates are shown (panel, list, exports): the first date formatter of a page
    // costs tens of milliseconds, which the bracket's first drawing does not need to wait for.
    get date() {
      return `${leg.date ? t.date(leg.date) : t('tie.dateUnknown')}${mark('date')}`;
    },
    time: leg.time ?? null,
    score: scoreText,
    summary: [
      played ? scoreText : `${scoreText} (${t('tie.toPlay')})`,
      leg.regularTime ? t('tie.afterExtraTime') : null,
      leg.awarded ? `(${t('badge.awarded')})` : null,
    ]
      .filter(Boolean)
      .join(' '),
    extraTime,
    awarded,
    place: `${place}${mark('venue')}`,
    note: leg.note ?? null,
    played,
    hypothetical,
  };
}

/** How a tie was decided, or where it stands, in one sentence: "3–3 on aggregate; Academia won 4–2 on penalties". */
export function describeOutcome(
  outcome: TieOutcome,
  tie: Pick<Tie, 'teams' | 'legs' | 'penalties'>,
  name: (id: TeamId) => string,
  t: Translator,
): string {
  const [a, b] = tie.teams;
  const single = tie.legs.length === 1;
  const played = tie.legs.filter(isPlayed);
  const pair = (goals: Readonly<Record<TeamId, number>>, first: TeamId, second: TeamId) =>
    score(goals[first] ?? 0, goals[second] ?? 0);

  switch (outcome.status) {
    case 'invalid':
      return t('outcome.invalid', { reason: invalidText(outcome.reason, name, t) });
    case 'pending': {
      if (outcome.awaiting === 'shoot-out') return t('outcome.shootOutUnknown');
      if (played.length === 0 || single) return t('outcome.toPlay');
      const [ga, gb] = [outcome.aggregate[a] ?? 0, outcome.aggregate[b] ?? 0];
      if (ga === gb) return t('outcome.levelAfterFirst', { score: score(ga, gb) });
      const leader = ga > gb ? a : b;
      return t('outcome.inProgress', {
        leader: name(leader),
        score: score(Math.max(ga, gb), Math.min(ga, gb)),
      });
    }
    case 'decided': {
      const { winner, loser, aggregate } = outcome;
      const won = pair(aggregate, winner, loser);
      switch (outcome.decidedBy) {
        case 'walkover':
          return t('outcome.walkover', { winner: name(winner), loser: name(loser) });
        case 'aggregate': {
          const key = single
            ? outcome.extraTime
              ? 'outcome.matchExtraTime'
              : 'outcome.match'
            : outcome.extraTime
              ? 'outcome.aggregateExtraTime'
              : 'outcome.aggregate';
          return t(key, { winner: name(winner), score: won });
        }
        case 'away-goals':
          return t('outcome.awayGoals', { winner: name(winner), score: won });
        case 'penalties':
          return t(single ? 'outcome.matchPenalties' : 'outcome.penalties', {
            winner: name(winner),
            score: won,
            kicks: pair(tie.penalties ?? {}, winner, loser),
          });
      }
    }
  }
}
