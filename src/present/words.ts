// The app's own words for what the data names with codes: stage and round names, exits, the rules of
// a competition, why a tie cannot be decided. Names from the data (teams, venues, a stage the app has
// no name for) stay as printed.
import { placeholderOf } from '../domain/as-of.ts';
import { stagesInOrder } from '../domain/progression.ts';
import type { InvalidReason } from '../domain/decide-tie.ts';
import type { Competition, Exit, Rules, Stage, StageRound, TeamId } from '../domain/types.ts';
import type { MessageKey } from '../i18n/en.ts';
import type { Translator } from '../i18n/translate.ts';

/** A competition's page's title (the document's, in the browser). */
export const pageTitle = ({ name }: Competition, t: Translator): string => t('page.title', { name });

/**
 * What a competition's page says of itself: its title, and a shared link's description and image
 * text (at build: the description's tie count may need the first Intl number format, tens of ms).
 */
export function pageWords(competition: Competition, t: Translator) {
  const { name } = competition;
  const stages = stagesInOrder(competition);
  const ties = stages.reduce((n, stage) => n + stage.ties.length, 0);
  return {
    title: pageTitle(competition, t),
    description: t('page.description', {
      name,
      ties,
      stages: stages.map((stage) => stageName(stage, t)).join(', '),
    }),
    imageAlt: t('page.imageAlt', { name }),
  };
}

/** A score, home or winner first: "2–1". */
export const score = (a: number, b: number): string => `${a}–${b}`;

/** A team's label; for a team not known yet (a competition as of a day), "Winner of E1". */
export function teamName(id: TeamId, labels: ReadonlyMap<TeamId, string>, t: Translator): string {
  const label = labels.get(id);
  if (label !== undefined) return label;
  const from = placeholderOf(id);
  if (!from) return id;
  return t(from.as === 'winner' ? 'asOf.winnerOf' : 'asOf.loserOf', { tie: from.tie });
}

const NUMBERED = 4; // rounds with a name of their own ("Fourth qualifying round"); then "Round 5"

export function roundName(round: StageRound, t: Translator): string {
  if (!('number' in round)) return t(`round.${round.kind}`);
  const n = round.number;
  return n <= NUMBERED
    ? t(`round.${round.kind}.${n}` as MessageKey)
    : t(`round.${round.kind}.n`, { number: n });
}

/** The stage's name in the reader's language, or as printed when the app has no name for it. */
export const stageName = (stage: Pick<Stage, 'name' | 'round'>, t: Translator): string =>
  stage.round ? roundName(stage.round, t) : stage.name;

/** Where an exit leads, in the reader's language: "Copa Sudamericana group stage". */
export function exitName(exit: Exit, t: Translator): string {
  const competition = exit.competitionName;
  switch (exit.phase) {
    case 'eliminated':
      return t('exit.eliminated');
    case 'group-stage':
    case 'league-phase':
    case 'title':
      return competition ? t(`exit.${exit.phase}`, { competition }) : exit.name;
    case 'round':
      return competition && exit.round
        ? t('exit.round', { competition, round: roundName(exit.round, t) })
        : exit.name;
    default:
      return exit.name;
  }
}

/** How a tie level on aggregate is broken: "away goals, then penalties, no extra time". */
export function tieBreakText(rules: Rules, t: Translator): string {
  if (!rules.extraTime) return t(rules.awayGoals ? 'rules.awayGoals' : 'rules.penalties');
  if (!rules.awayGoals) return t('rules.extraTime');
  return t(rules.awayGoalsInExtraTime ? 'rules.awayGoalsInExtraTime' : 'rules.awayGoalsExtraTime');
}

/** Why the rules cannot decide a tie, with team ids as `name` gives them. */
export function invalidText(reason: InvalidReason, name: (id: string) => string, t: Translator): string {
  switch (reason.code) {
    case 'same-team':
    case 'same-host':
      return t(`invalid.${reason.code}`, { team: name(reason.team) });
    case 'leg-teams':
      return t('invalid.leg-teams', {
        leg: reason.leg,
        home: name(reason.home),
        away: name(reason.away),
        a: name(reason.teams[0]),
        b: name(reason.teams[1]),
      });
    case 'kicks-missing':
      return t('invalid.kicks-missing', { a: name(reason.teams[0]), b: name(reason.teams[1]) });
    case 'kicks-level':
      return t('invalid.kicks-level', { kicks: reason.kicks });
    case 'too-many-legs':
      return t('invalid.too-many-legs', { count: reason.count });
    case 'walkover-with-legs':
    case 'walkover-without-winner':
      return t(`invalid.${reason.code}`);
    default:
      return t(`invalid.${reason.code}`, { leg: reason.leg });
  }
}
