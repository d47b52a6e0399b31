// What if: results not played yet, and who wins a shoot-out, applied to a competition as it stands.
// The winners they make fill the next ties' slots, so later ties become decidable in turn. The stored
// competition is never changed.
//
// URL form (`whatif=`), parts joined by commas:
//   C2.2:2-0          tie C2, second leg (legs count from 1), home goals 2, away goals 0
//   E1.p:defensor     tie E1's shoot-out won by the team with id `defensor`
// A tie or team id with `%`, `,` or `:` in it has that character percent-encoded (`%2C`).
import { settleCompetition, isPlaceholder, type CompetitionAsOf } from './as-of.ts';
import { decideTie, isPlayed } from './decide-tie.ts';
import { stagesInOrder } from './progression.ts';
import type { TeamId, Tie, TieId } from './types.ts';

export interface HypotheticalResult {
  tieId: TieId;
  /** 0: first leg (or the single match), 1: second leg. */
  leg: 0 | 1;
  /** Goals of the leg's home and away team at the end of the leg. */
  homeGoals: number;
  awayGoals: number;
}

export interface ShootOutPick {
  tieId: TieId;
  winner: TeamId;
}

export interface WhatIf {
  results: readonly HypotheticalResult[];
  picks: readonly ShootOutPick[];
}

export type IgnoredReason =
  | 'unknown-tie'
  | 'no-such-leg'
  | 'already-played'
  | 'walkover'
  | 'teams-unknown'
  | 'not-a-shoot-out'
  | 'not-in-tie';

export interface WhatIfResult {
  asOf: CompetitionAsOf;
  /** Legs given a hypothetical result, as `legKey` gives them ("C2#1"). */
  legs: ReadonlySet<string>;
  /** Ties with a hypothetical result or pick, and ties a hypothetical winner or loser entered. */
  ties: ReadonlySet<TieId>;
  /** What could not be applied, and why. */
  ignored: readonly { item: HypotheticalResult | ShootOutPick; reason: IgnoredReason }[];
}

export const legKey = (tieId: TieId, leg: number): string => `${tieId}#${leg}`;

/**
 * Applies the results, then the picks, tie by tie in stage order, each after the tie's slots are
 * filled from the ties before it. A result is for a leg not played as of the date; a level score in
 * the last leg under rules with extra time counts as after a goalless extra time. A pick decides a
 * tie the rules leave to a shoot-out; it is recorded as kicks 1–0 (a token: show the pick, not a score).
 */
export function applyWhatIf(asOf: CompetitionAsOf, whatIf: WhatIf): WhatIfResult {
  const { rules } = asOf.competition;
  const legs = new Set<string>();
  const direct = new Set<TieId>();
  const ignored: { item: HypotheticalResult | ShootOutPick; reason: IgnoredReason }[] = [];
  const ids = new Set(asOf.competition.stages.flatMap((stage) => stage.ties.map((tie) => tie.id)));
  for (const item of [...whatIf.results, ...whatIf.picks]) {
    if (!ids.has(item.tieId)) ignored.push({ item, reason: 'unknown-tie' });
  }

  const amend = (before: Tie): Tie => {
    let tie = before;
    const unknown = tie.teams.some(isPlaceholder);
    for (const result of whatIf.results.filter((r) => r.tieId === tie.id)) {
      const leg = tie.legs[result.leg];
      const reason: IgnoredReason | null = tie.walkover
        ? 'walkover'
        : !leg
          ? 'no-such-leg'
          : unknown
            ? 'teams-unknown'
            : before.legs[result.leg] && isPlayed(before.legs[result.leg]!)
              ? 'already-played'
              : null;
      if (reason) {
        ignored.push({ item: result, reason });
        continue;
      }
      const played = { ...leg!, homeGoals: result.homeGoals, awayGoals: result.awayGoals };
      tie = { ...tie, legs: tie.legs.map((l, i) => (i === result.leg ? played : l)) };
      legs.add(legKey(tie.id, result.leg));
      direct.add(tie.id);
    }
    const outcome = decideTie(tie, rules);
    const lastIndex = tie.legs.length - 1;
    const extraTimeMissing = outcome.status === 'invalid' && outcome.reason.code === 'extra-time-missing';
    if (extraTimeMissing && legs.has(legKey(tie.id, lastIndex))) {
      const lastLeg = tie.legs[lastIndex]!;
      const regularTime = { homeGoals: lastLeg.homeGoals!, awayGoals: lastLeg.awayGoals! };
      tie = { ...tie, legs: tie.legs.map((l, i) => (i === lastIndex ? { ...l, regularTime } : l)) };
    }
    for (const pick of whatIf.picks.filter((p) => p.tieId === tie.id)) {
      const now = decideTie(tie, rules);
      const reason: IgnoredReason | null = unknown
        ? 'teams-unknown'
        : !tie.teams.includes(pick.winner)
          ? 'not-in-tie'
          : now.status !== 'pending' || now.awaiting !== 'shoot-out'
            ? 'not-a-shoot-out'
            : null;
      if (reason) {
        ignored.push({ item: pick, reason });
        continue;
      }
      const loser = tie.teams[0] === pick.winner ? tie.teams[1] : tie.teams[0];
      tie = { ...tie, penalties: { [pick.winner]: 1, [loser]: 0 } };
      direct.add(tie.id);
    }
    return tie;
  };

  const next = settleCompetition(asOf.competition, asOf.source, asOf.date, amend);
  const ties = new Set(direct);
  for (const stage of stagesInOrder(next.competition)) {
    for (const tie of stage.ties) {
      const entered = (next.slots.get(tie.id) ?? []).some(
        (slot) => slot.known && slot.from && ties.has(slot.from.tie),
      );
      if (entered) ties.add(tie.id);
    }
  }
  return { asOf: next, legs, ties, ignored };
}

export type DecodeReason = 'syntax' | 'leg' | 'score' | 'escape' | 'duplicate' | 'too-many';

export interface DecodedWhatIf {
  whatIf: WhatIf;
  /** Parts left out, as written, with why. */
  rejected: readonly { part: string; reason: DecodeReason }[];
}

/** At most this many parts are read from a URL. */
export const MAX_WHAT_IF_PARTS = 512;

const escapeId = (id: string) =>
  id.replace(/[%,:]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

function unescapeId(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** The URL form of a what-if: results first, then picks, in the order given. */
export function encodeWhatIf(whatIf: WhatIf): string {
  return [
    ...whatIf.results.map((r) => `${escapeId(r.tieId)}.${r.leg + 1}:${r.homeGoals}-${r.awayGoals}`),
    ...whatIf.picks.map((p) => `${escapeId(p.tieId)}.p:${escapeId(p.winner)}`),
  ].join(',');
}

/** Reads the URL form; a malformed part is left out with its reason. Never throws. */
export function decodeWhatIf(text: string): DecodedWhatIf {
  const results: HypotheticalResult[] = [];
  const picks: ShootOutPick[] = [];
  const rejected: { part: string; reason: DecodeReason }[] = [];
  const seen = new Set<string>();
  const parts = text === '' ? [] : text.split(',');
  parts.forEach((part, index) => {
    if (index >= MAX_WHAT_IF_PARTS) return void rejected.push({ part, reason: 'too-many' });
    const match = /^([^:]+)\.([^.:]*):(.*)$/.exec(part);
    if (!match) return void rejected.push({ part, reason: 'syntax' });
    const [, rawTie, which, value] = match as unknown as [string, string, string, string];
    const tieId = unescapeId(rawTie);
    if (tieId === null || tieId === '') return void rejected.push({ part, reason: 'escape' });
    const key = `${tieId}.${which}`;
    if (seen.has(key)) return void rejected.push({ part, reason: 'duplicate' });
    if (which === 'p') {
      const winner = unescapeId(value);
      if (winner === null || winner === '') return void rejected.push({ part, reason: 'escape' });
      seen.add(key);
      return void picks.push({ tieId, winner });
    }
    if (which !== '1' && which !== '2') return void rejected.push({ part, reason: 'leg' });
    const score = /^(\d{1,2})-(\d{1,2})$/.exec(value);
    if (!score) return void rejected.push({ part, reason: 'score' });
    seen.add(key);
    results.push({
      tieId,
      leg: which === '1' ? 0 : 1,
      homeGoals: Number(score[1]),
      awayGoals: Number(score[2]),
    });
  });
  return { whatIf: { results, picks }, rejected };
}

/** The what-if with `result` for its leg (replacing one given before). */
export const withResult = (whatIf: WhatIf, result: HypotheticalResult): WhatIf => ({
  ...whatIf,
  results: [...whatIf.results.filter((r) => r.tieId !== result.tieId || r.leg !== result.leg), result],
});

/** The what-if with `pick` as its tie's shoot-out winner (replacing one given before). */
export const withPick = (whatIf: WhatIf, pick: ShootOutPick): WhatIf => ({
  ...whatIf,
  picks: [...whatIf.picks.filter((p) => p.tieId !== pick.tieId), pick],
});

/** The what-if without the result for that leg, or (leg 'p') without that tie's pick. */
export const without = (whatIf: WhatIf, tieId: TieId, leg: 0 | 1 | 'p'): WhatIf =>
  leg === 'p'
    ? { ...whatIf, picks: whatIf.picks.filter((p) => p.tieId !== tieId) }
    : { ...whatIf, results: whatIf.results.filter((r) => r.tieId !== tieId || r.leg !== leg) };
