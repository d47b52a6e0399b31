// Ties from a round's matches: the matches of the same two teams in one round are one tie (two legs,
// in date order; one match: a single-leg tie). Three matches of one pair, or a team in two pairs of one
// round, are errors that name both lines; the extra match is left out.
import type { Leg, TeamId } from '../../domain/types.ts';
import type { FindingLog } from '../findings.ts';
import type { FootballMatch, Pair } from './match.ts';
import type { RoundHeading } from './read-round.ts';

export interface KnockoutRound {
  heading: RoundHeading;
  /** Line of the round's first match. */
  line: number;
  matches: FootballMatch[];
  /**
   * How many group or league phases come before the round: winners are followed only into rounds
   * of the same segment (a group stage in between decides who goes on).
   */
  segment: number;
}

export interface DraftTie {
  teams: [TeamId, TeamId];
  legs: Leg[];
  /** The lines of the legs, in playing order. */
  lines: number[];
  /** The shoot-out of the last leg, by team. */
  penalties: Record<TeamId, number> | null;
  /** The aggregate the file states, by team, and its line. */
  statedAggregate: { line: number; goals: Pair } | null;
  unconfirmed: string[];
}

function legOf(match: FootballMatch, home: TeamId, away: TeamId): Leg {
  const { ft, et } = match.score;
  const final = et ?? ft;
  return {
    date: match.date,
    time: match.time,
    home,
    away,
    homeGoals: final ? final[0] : null,
    awayGoals: final ? final[1] : null,
    ...(et && ft ? { regularTime: { homeGoals: ft[0], awayGoals: ft[1] } } : {}),
    ...(match.awarded ? { awarded: { reason: null } } : {}),
    ...(match.neutral ? { neutral: true } : {}),
    venue: match.venue,
    city: match.city,
  };
}

const byDate = (a: FootballMatch, b: FootballMatch) =>
  a.date !== null && b.date !== null && a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.line - b.line;

export function buildRoundTies(
  round: KnockoutRound,
  teamOf: (match: FootballMatch, side: 1 | 2) => TeamId,
  nameOf: (team: TeamId) => string,
  log: FindingLog,
): DraftTie[] {
  const pairs = new Map<string, FootballMatch[]>();
  const pairOfTeam = new Map<TeamId, { key: string; line: number }>();
  const name = round.heading.name;
  const sides = new Map<FootballMatch, readonly [TeamId, TeamId]>();
  for (const match of round.matches) {
    const [one, two] = [teamOf(match, 1), teamOf(match, 2)];
    sides.set(match, [one, two]);
    if (one === two) {
      log.error(
        'same-team',
        match.line,
        `Line ${match.line}: ${nameOf(one)} plays itself in the ${name}; the match is left out.`,
      );
      continue;
    }
    const key = one < two ? `${one}\n${two}` : `${two}\n${one}`;
    const clash = [one, two]
      .map((team) => ({ team, other: pairOfTeam.get(team) }))
      .find(({ other }) => other && other.key !== key);
    if (clash?.other) {
      log.error(
        'team-in-two-ties',
        match.line,
        `Line ${match.line}: ${nameOf(clash.team)} is in two ties of the ${name}: ${nameOf(one)} v ${nameOf(two)} here and another tie on line ${clash.other.line}. Expected each team in one tie of a round; this match is left out.`,
      );
      continue;
    }
    const list = pairs.get(key) ?? [];
    if (list.length >= 2) {
      log.error(
        'three-matches',
        match.line,
        `Line ${match.line}: a third match of ${nameOf(one)} and ${nameOf(two)} in the ${name} (the others on lines ${list.map((m) => m.line).join(' and ')}); a tie has one or two legs. This match is left out.`,
      );
      continue;
    }
    list.push(match);
    pairs.set(key, list);
    for (const team of [one, two]) if (!pairOfTeam.has(team)) pairOfTeam.set(team, { key, line: match.line });
  }

  const groups = [...pairs.values()];
  const singles = groups.filter((group) => group.length === 1).length;
  const isFinal = round.heading.round?.kind === 'final';
  const singleRound = singles === groups.length;
  if (isFinal && singleRound)
    log.info(
      'final-single-match',
      round.line,
      `The ${name} is a single match: taken as played at a neutral venue, neither side at home.`,
    );
  else if (singleRound && groups.length > 0)
    log.info(
      'single-match-round',
      round.line,
      `The ${name} has one match per pair of teams: read as single-match ties.`,
    );

  return groups.map((group) => {
    const sorted = [...group].sort(byDate);
    const first = sorted[0]!;
    const teams: [TeamId, TeamId] = [...sides.get(first)!];
    const legs = sorted.map((match) => {
      const home = sides.get(match)![0];
      return legOf(match, home, home === teams[0] ? teams[1] : teams[0]);
    });
    const unconfirmed: string[] = [];
    if (isFinal && singleRound) legs[0] = { ...legs[0]!, neutral: true };
    if (!singleRound && legs.length === 1) {
      log.warning(
        'second-leg-missing',
        first.line,
        `Line ${first.line}: only one leg of ${nameOf(teams[0])} v ${nameOf(teams[1])} is in the ${name}, where the other ties have two; the second leg is recorded as not played.`,
      );
      legs.push({
        date: null,
        home: teams[1],
        away: teams[0],
        homeGoals: null,
        awayGoals: null,
        venue: null,
        city: null,
      });
      unconfirmed.push('legs');
    }
    const lines = sorted.map((match) => match.line);
    let penalties: Record<TeamId, number> | null = null;
    sorted.forEach((match, i) => {
      const kicks = match.score.p;
      if (!kicks) return;
      const leg = legs[i]!;
      if (i < sorted.length - 1 || legs.length > sorted.length) {
        log.error(
          'shoot-out-not-last-leg',
          match.line,
          `Line ${match.line}: a shoot-out (${kicks[0]}-${kicks[1]}) is recorded in the first leg of ${nameOf(teams[0])} v ${nameOf(teams[1])}; only a tie's last leg can end in one. Not recorded.`,
        );
        return;
      }
      penalties = { [leg.home]: kicks[0], [leg.away]: kicks[1] };
    });
    const stated = [...sorted].reverse().find((match) => match.statedAggregate);
    const statedAggregate = stated?.statedAggregate
      ? { line: stated.line, goals: stated.statedAggregate }
      : null;
    return { teams, legs, lines, penalties, statedAggregate, unconfirmed };
  });
}
