// A tie's legs and the outcome line's claims, checked against the competition's rules with
// `decideTie`. A claim the legs or the rules contradict is reported and not recorded: the recorded
// winner of an imported tie is always one the rules allow.
import { decideTie, sumLegs, type TieOutcome } from '../domain/decide-tie.ts';
import type { DecidedBy, Leg, Rules, TeamId } from '../domain/types.ts';
import { translator } from '../i18n/translate.ts';
import { describeOutcome } from '../present/tie-view.ts';
import { score } from '../present/words.ts';
import type { FindingLog } from './findings.ts';
import { nameKey } from './names.ts';
import type { RawTie } from './read-stages.ts';

export interface CheckedTie {
  teams: [TeamId, TeamId];
  legs: Leg[];
  penalties: Record<TeamId, number> | null;
  winner: TeamId | null;
  decidedBy: DecidedBy | null;
  unconfirmed: string[];
  /** Teams that may have gone through: the recorded or stated winner, the rules' winner, or both sides. */
  mayAdvance: TeamId[];
}

export interface TieContext {
  id: string;
  raw: RawTie;
  teams: [TeamId, TeamId];
  nameOf: (team: TeamId) => string;
  rules: Rules;
  log: FindingLog;
}

const METHOD_TEXT = {
  aggregate: 'on aggregate',
  'away-goals': 'on away goals',
  penalties: 'on penalties',
} as const;

function toLegs(raw: RawTie, [a, b]: [TeamId, TeamId]): Leg[] {
  return raw.legs.map((leg, i) => ({
    date: null,
    home: i === 0 ? a : b,
    away: i === 0 ? b : a,
    homeGoals: leg.homeGoals,
    awayGoals: leg.awayGoals,
    venue: null,
    city: null,
  }));
}

export function checkTie({ id, raw, teams, nameOf, rules, log }: TieContext): CheckedTie {
  const [a, b] = teams;
  const legs = toLegs(raw, teams);
  const base = { teams, legs, penalties: null, walkover: null, winner: null };
  const about = { tie: id };
  const pair = `${nameOf(a)} v ${nameOf(b)}`;
  // The import report is in English, like the data issues.
  const en = translator('en');
  const describe = (outcome: TieOutcome, penalties: Record<TeamId, number> | null) =>
    describeOutcome(outcome, { teams, legs, penalties }, nameOf, en);
  const rulesText = [
    'aggregate',
    rules.awayGoals && 'away goals',
    rules.extraTime && 'extra time',
    'penalties',
  ]
    .filter(Boolean)
    .join(', then ');
  const plain = decideTie(base, rules);
  const result: CheckedTie = {
    teams,
    legs,
    penalties: null,
    winner: null,
    decidedBy: null,
    unconfirmed: [],
    mayAdvance: [a, b],
  };
  if (plain.status === 'decided') result.mayAdvance = [plain.winner];

  const stated = raw.outcome;
  if (!stated) {
    if (legs.length === 2) {
      log.info(
        'no-outcome-line',
        raw.line,
        `${id} ${pair}: no outcome line, so no winner is recorded (the legs give: ${describe(plain, null)}).`,
        about,
      );
    }
    return result;
  }
  const line = stated.line;
  const claimed =
    stated.winner === null
      ? null
      : (teams.find((team) => nameKey(nameOf(team)) === nameKey(stated.winner ?? '')) ?? null);
  const other = claimed === a ? b : a;
  if (stated.winner === null)
    log.warning(
      'no-winner-stated',
      line,
      `${id} ${pair}: the outcome line names no winner: "${stated.text}".`,
      about,
    );
  else if (claimed === null) {
    const shared = teams.filter((team) =>
      nameKey(nameOf(team))
        .split('-')
        .some(
          (word) =>
            word.length > 2 &&
            nameKey(stated.winner ?? '')
              .split('-')
              .includes(word),
        ),
    );
    log.error(
      'winner-not-in-tie',
      line,
      `${id}: the outcome line names "${stated.winner}" as the winner, but the tie is ${pair}${shared.length === 1 && shared[0] ? `; "${stated.winner}" shares a word with ${nameOf(shared[0])} but is another name` : ''}. Not renamed and no winner recorded; the legs give: ${describe(plain, null)}.`,
      about,
    );
    result.unconfirmed = ['winner'];
  }

  if (stated.aggregate && legs.length === 2) {
    const goals = sumLegs(base).aggregate;
    const [goalsA, goalsB] = [goals[a] ?? 0, goals[b] ?? 0];
    const agrees =
      stated.aggregate.kind === 'level'
        ? goalsA === stated.aggregate.goals && goalsB === stated.aggregate.goals
        : claimed
          ? goals[claimed] === stated.aggregate.winner && goals[other] === stated.aggregate.loser
          : Math.max(goalsA, goalsB) === stated.aggregate.winner &&
            Math.min(goalsA, goalsB) === stated.aggregate.loser;
    if (!agrees) {
      const statedText =
        stated.aggregate.kind === 'level'
          ? `${score(stated.aggregate.goals, stated.aggregate.goals)} on aggregate`
          : `${stated.winner ?? 'a winner'} ${score(stated.aggregate.winner, stated.aggregate.loser)} on aggregate`;
      log.error(
        'aggregate-contradicts-legs',
        line,
        `${id}: the outcome line states ${statedText}, but the legs give ${nameOf(a)} ${score(goalsA, goalsB)} ${nameOf(b)}.`,
        about,
      );
    }
  }
  if (!claimed || !stated.method) return result;

  let penalties: Record<TeamId, number> | null = stated.kicks
    ? { [claimed]: stated.kicks.winner, [other]: stated.kicks.loser }
    : null;
  if (stated.kicks && stated.kicks.winner <= stated.kicks.loser) {
    log.error(
      'invalid-shoot-out',
      line,
      `${id}: "${stated.winner} won ${score(stated.kicks.winner, stated.kicks.loser)} on penalties" is not a winning shoot-out score; score not recorded.`,
      about,
    );
    penalties = null;
  }
  if (legs.length < 2) {
    log.warning(
      'single-leg',
      raw.line,
      `${id} ${pair}: only one leg is given, so the stated winner ${nameOf(claimed)} cannot be checked.`,
      about,
    );
    return {
      ...result,
      winner: claimed,
      decidedBy: stated.method,
      unconfirmed: ['winner'],
      mayAdvance: [claimed],
    };
  }
  const outcome = decideTie({ ...base, penalties }, rules);
  const statedText = `${stated.winner} won ${METHOD_TEXT[stated.method]}`;
  if (outcome.status === 'invalid') {
    log.error('invalid-tie', line, `${id}: the rules cannot decide this tie: ${outcome.reason}.`, about);
    return { ...result, unconfirmed: ['winner'] };
  }
  if (outcome.status === 'decided') {
    if (outcome.winner !== claimed) {
      log.error(
        'winner-contradicts-rules',
        line,
        `${id}: the outcome line says ${statedText}, but under the rules (${rulesText}) the legs give: ${describe(outcome, penalties)}. No winner recorded.`,
        about,
      );
      return { ...result, unconfirmed: ['winner'], mayAdvance: [claimed, outcome.winner] };
    }
    if (outcome.decidedBy !== stated.method) {
      log.error(
        'decided-by-contradicts-rules',
        line,
        `${id}: the outcome line says ${statedText}, but under the rules (${rulesText}) the tie is decided ${METHOD_TEXT[outcome.decidedBy as keyof typeof METHOD_TEXT] ?? outcome.decidedBy}: ${describe(outcome, null)}. Winner recorded, method not.`,
        about,
      );
      return { ...result, winner: claimed, mayAdvance: [claimed] };
    }
    return { ...result, penalties, winner: claimed, decidedBy: outcome.decidedBy, mayAdvance: [claimed] };
  }
  // Pending: the aggregate is level, away goals do not separate the teams, and no shoot-out score is given.
  const level = `${score(outcome.aggregate[a] ?? 0, outcome.aggregate[b] ?? 0)} on aggregate`;
  if (stated.method === 'penalties') {
    log.info(
      'no-shoot-out-score',
      line,
      `${id}: ${statedText} without a shoot-out score (${level}); recorded as stated, unverified.`,
      about,
    );
    return {
      ...result,
      winner: claimed,
      decidedBy: 'penalties',
      unconfirmed: ['winner'],
      mayAdvance: [claimed],
    };
  }
  if (stated.method === 'away-goals' && !rules.awayGoals) {
    log.error(
      'away-goals-not-in-rules',
      line,
      `${id}: the outcome line says ${statedText}, but the Format states no away goals rule: under its rules (${rulesText}) ${level} goes to a shoot-out. No winner recorded.`,
      about,
    );
  } else if (stated.method === 'away-goals') {
    const away = outcome.awayGoals;
    log.error(
      'decided-by-contradicts-rules',
      line,
      `${id}: the outcome line says ${statedText}, but away goals are level too (${score(away[a] ?? 0, away[b] ?? 0)}). No winner recorded.`,
      about,
    );
  } else {
    log.error(
      'winner-contradicts-rules',
      line,
      `${id}: the outcome line says ${statedText}, but the legs are level (${level}). No winner recorded.`,
      about,
    );
  }
  return { ...result, unconfirmed: ['winner'], mayAdvance: [claimed] };
}
