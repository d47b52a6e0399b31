// Values derived from one competition, memoized per competition object (and, within it, per key: a
// language, a stage filter, a team), so the views that read them get stable references. Functions of
// the store's state are in ./selectors.ts; these take the competition itself.
import { competitionAsOf, matchDays, type CompetitionAsOf } from '../domain/as-of.ts';
import { feedersOf, indexTies, listByes, teamPath, type TieRef } from '../domain/progression.ts';
import { labelTeams } from '../domain/team-labels.ts';
import type { Competition, Stage, TeamId, TieId } from '../domain/types.ts';
import { translator, type Lang } from '../i18n/translate.ts';
import { DEFAULT_SIZES, layoutBracket, type BracketLayout } from '../layout/layout-bracket.ts';
import { presentBracket, type BracketWords } from '../present/bracket-words.ts';
import { presentTie, type TieContext, type TieView } from '../present/tie-view.ts';

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

export const sortedStages = memoByCompetition((c): readonly Stage[] =>
  [...c.stages].sort((a, b) => a.order - b.order),
);

/** "tieId#slot" for every slot taken by a team that entered at that stage (a bye). */
export const byeSlots = memoByCompetition(
  (c): ReadonlySet<string> => new Set(listByes(c).map((bye) => `${bye.tie}#${bye.slot}`)),
);

/** The bracket of the given stages (one of visibleStages' values), at the default sizes. */
export const bracketLayout = memoByCompetitionAnd((_c, stages: readonly Stage[]): BracketLayout =>
  layoutBracket(stages, DEFAULT_SIZES),
);

const tieContext = memoByCompetition((c): TieContext => ({
  competition: c,
  teams: new Map(c.teams.map((team) => [team.id, team])),
  exits: new Map(c.exits.map((exit) => [exit.id, exit])),
  labels: teamLabels(c),
  ties: tieIndex(c),
  feeders: tieFeeders(c),
  byes: byeSlots(c),
}));

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
