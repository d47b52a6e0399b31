// Values derived from one competition, memoized per competition object (and, within it, per key: a
// language, a stage filter, a team), so the views that read them get stable references. Functions of
// the store's state are in ./selectors.ts; these take the competition itself.
import {
  competitionAsOf,
  matchDays,
  tieState,
  type CompetitionAsOf,
  type TieState,
} from '../domain/as-of.ts';
import { applyWhatIf, decodeWhatIf, type WhatIfResult } from '../domain/what-if.ts';
import {
  feedersOf,
  indexTies,
  listByes,
  stagesInOrder,
  teamPath,
  type TieRef,
} from '../domain/progression.ts';
import { labelTeams } from '../domain/team-labels.ts';
import type { Competition, Stage, TeamId, TieId } from '../domain/types.ts';
import type { Lang } from '../i18n/languages.ts';
import { translator } from '../i18n/translate.ts';
import { DEFAULT_SIZES, layoutBracket, type BracketLayout } from '../layout/layout-bracket.ts';
import { presentBracket, type BracketWords } from '../present/bracket-words.ts';
import { presentTie, type HypotheticalMarks, type TieContext, type TieView } from '../present/tie-view.ts';

export function memoByCompetition<T>(
  derive: (competition: Competition) => T,
): (competition: Competition) => T {
  const cache = new WeakMap<Competition, T>();
  return (competition) => {
    let value = cache.get(competition);
    if (value === undefined) {
      value = derive(competition);
      cache.set(competition, value);
    }
    return value;
  };
}

/** Memoized per competition object and, within it, per key (a stage filter, a language, a team). */
export function memoByCompetitionAnd<K, T>(
  derive: (competition: Competition, key: K) => T,
): (competition: Competition, key: K) => T {
  const cache = new WeakMap<Competition, Map<K, T>>();
  return (competition, key) => {
    let byKey = cache.get(competition);
    if (!byKey) cache.set(competition, (byKey = new Map()));
    let value = byKey.get(key);
    if (value === undefined) {
      value = derive(competition, key);
      byKey.set(key, value);
    }
    return value;
  };
}

/** Display names that cannot be confused ("Nacional (PAR)"). */
export const teamLabels = memoByCompetition((c): ReadonlyMap<TeamId, string> => labelTeams(c.teams));

export const tieIndex = memoByCompetition((c): ReadonlyMap<TieId, TieRef> => indexTies(c));

/** For each fed tie, the tie feeding each of its two slots. */
export const tieFeeders = memoByCompetition(feedersOf);

export const sortedStages = memoByCompetition((c): readonly Stage[] => stagesInOrder(c));

/** "tieId#slot" for every slot taken by a team that entered at that stage (a bye). */
export const byeSlots = memoByCompetition(
  (c): ReadonlySet<string> => new Set(listByes(c).map((bye) => `${bye.tie}#${bye.slot}`)),
);

/** The bracket of the given stages (one of visibleStages' values), at the default sizes. */
export const bracketLayout = memoByCompetitionAnd((_c, stages: readonly Stage[]): BracketLayout =>
  layoutBracket(stages, DEFAULT_SIZES),
);

/** The what-if marks of each competition shownCompetition made with what-ifs. */
const hypotheticals = new WeakMap<Competition, HypotheticalMarks>();
/** Who can still fill each slot, of each competition shownCompetition made as of a day. */
const openSlots = new WeakMap<Competition, CompetitionAsOf['slots']>();

const NONE: ReadonlySet<TieId> = new Set();
/** The ties a what-if decided or filled in `c` (none in a competition as recorded or as of a day). */
export const hypotheticalTies = (c: Competition): ReadonlySet<TieId> => hypotheticals.get(c)?.ties ?? NONE;

/** The end of time: a competition "as of" it is the recorded one, ready for what-ifs. */
const RECORDED = '9999-12-31';

export interface ShownCompetition {
  competition: Competition;
  /** The day shown and who can still fill each slot; null: as recorded. */
  asOf: CompetitionAsOf | null;
  /** The what-if's results and picks that could not be applied. */
  ignored: WhatIfResult['ignored'];
}

/**
 * The competition as a view shows it: as it stood at the end of a day, with hypothetical results on
 * top. `key` is `${day}|${whatIf}` (either part empty); a new object per key, so everything derived
 * from it is memoized per day and what-if too.
 */
export const shownCompetition = memoByCompetitionAnd((c, key: string): ShownCompetition => {
  const [day = '', encoded = ''] = key.split(/\|(.*)/s);
  const asOf = day ? competitionOnDay(c, day) : null;
  const { whatIf } = decodeWhatIf(encoded);
  if (whatIf.results.length === 0 && whatIf.picks.length === 0) {
    if (asOf) openSlots.set(asOf.competition, asOf.slots);
    return { competition: asOf?.competition ?? c, asOf, ignored: [] };
  }
  const applied = applyWhatIf(asOf ?? competitionOnDay(c, RECORDED), whatIf);
  const picks = new Set(whatIf.picks.map((pick) => pick.tieId).filter((id) => applied.ties.has(id)));
  hypotheticals.set(applied.asOf.competition, { legs: applied.legs, ties: applied.ties, picks });
  openSlots.set(applied.asOf.competition, applied.asOf.slots);
  return { competition: applied.asOf.competition, asOf: applied.asOf, ignored: applied.ignored };
});

const tieContext = memoByCompetition((c): TieContext => ({
  competition: c,
  teams: new Map(c.teams.map((team) => [team.id, team])),
  exits: new Map(c.exits.map((exit) => [exit.id, exit])),
  labels: teamLabels(c),
  ties: tieIndex(c),
  feeders: tieFeeders(c),
  byes: byeSlots(c),
  hypothetical: hypotheticals.get(c) ?? null,
  slots: openSlots.get(c) ?? null,
}));

/** Each tie's state (decided, in progress, scheduled, pending), for every tie: cheap, no words. */
export const tieStates = memoByCompetition(
  (c): ReadonlyMap<TieId, TieState> =>
    new Map(c.stages.flatMap((stage) => stage.ties.map((tie) => [tie.id, tieState(tie, c.rules)]))),
);

/**
 * Everything the views say about each tie, in one language: made for a tie when first asked for and
 * kept (a 2,000-tie bracket presents only the ties it draws).
 */
export const tieViews = memoByCompetitionAnd((c, lang: Lang): ((tieId: TieId) => TieView | undefined) => {
  const t = translator(lang);
  const views = new Map<TieId, TieView | undefined>();
  return (tieId) => {
    if (!views.has(tieId)) {
      const ref = tieIndex(c).get(tieId);
      views.set(tieId, ref && presentTie(tieContext(c), ref, t));
    }
    return views.get(tieId);
  };
});

/** The bracket's headings and fixed words for the stages shown, in one language. */
export const bracketWords = memoByCompetitionAnd((c, lang: Lang): BracketWords =>
  presentBracket(c, translator(lang)),
);

/** The ties a team played. */
export const teamPathTies = memoByCompetitionAnd(
  (c, team: TeamId): ReadonlySet<TieId> => new Set(teamPath(c, team)),
);

/**
 * The competition as it stood at the end of a day (yyyy-mm-dd): one object per day, so tieViews and
 * bracketWords of `.competition` are memoized for that day too.
 */
export const competitionOnDay = memoByCompetitionAnd((c, day: string): CompetitionAsOf =>
  competitionAsOf(c, day),
);

/** The days a leg is played, sorted: the steps of a day control. */
export const competitionMatchDays = memoByCompetition((c): readonly string[] => matchDays(c));
