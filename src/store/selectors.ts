// Derived values: plain functions of the state, memoized per competition object so components
// subscribing to them get stable references.
import { decideTie, type TieOutcome } from '../domain/decide-tie.ts';
import { feedersOf, indexTies, listByes, teamPath, type TieRef } from '../domain/progression.ts';
import { translator, type Lang } from '../i18n/translate.ts';
import { createCardDescriber, type CardModel } from '../layout/card-model.ts';
import { labelTeams } from '../domain/team-labels.ts';
import type { Competition, Stage, TeamId, TieId } from '../domain/types.ts';
import type { AppState, CompetitionState } from './store.ts';

function memoByCompetition<T>(derive: (competition: Competition) => T): (competition: Competition) => T {
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

const IDLE: CompetitionState = { status: 'idle', competition: null, issues: [] };

export const selectCompetitionState = (s: AppState): CompetitionState =>
  (s.competitionId && s.competitions[s.competitionId]) || IDLE;

export const selectCompetition = (s: AppState): Competition | null => selectCompetitionState(s).competition;

export const selectOutcomes = memoByCompetition(
  (c): ReadonlyMap<TieId, TieOutcome> =>
    new Map(c.stages.flatMap((stage) => stage.ties.map((tie) => [tie.id, decideTie(tie, c.rules)] as const))),
);

/** For each fed tie, the tie feeding each of its two slots. */
export const selectFeeders = memoByCompetition(feedersOf);

export const selectLabels = memoByCompetition((c): ReadonlyMap<TeamId, string> => labelTeams(c.teams));

export const selectTieIndex = memoByCompetition((c): ReadonlyMap<TieId, TieRef> => indexTies(c));

export const selectSortedStages = memoByCompetition((c): readonly Stage[] =>
  [...c.stages].sort((a, b) => a.order - b.order),
);

const NO_STAGES: readonly Stage[] = [];
const stageFilterCache = new WeakMap<Competition, Map<string, readonly Stage[]>>();
/** Stages shown under the stage filter (all when none is chosen or the choice is unknown). */
export function selectVisibleStages(s: AppState): readonly Stage[] {
  const competition = selectCompetition(s);
  if (!competition) return NO_STAGES;
  const stages = selectSortedStages(competition);
  const byFilter = stageFilterCache.get(competition) ?? new Map<string, readonly Stage[]>();
  stageFilterCache.set(competition, byFilter);
  const key = s.stageId ?? '';
  let visible = byFilter.get(key);
  if (!visible) {
    const chosen = stages.filter((stage) => stage.id === s.stageId);
    visible = chosen.length ? chosen : stages;
    byFilter.set(key, visible);
  }
  return visible;
}

/** "tieId#slot" for every slot taken by a team that entered at that stage (a bye). */
export const selectByeSlots = memoByCompetition(
  (c): ReadonlySet<string> => new Set(listByes(c).map((bye) => `${bye.tie}#${bye.slot}`)),
);

const describerCache = new WeakMap<Competition, Map<Lang, (tieId: TieId) => CardModel | undefined>>();
/** What each tie card shows, in the chosen language, computed per card when asked. */
export function selectCardDescriber(c: Competition, lang: Lang): (tieId: TieId) => CardModel | undefined {
  const byLang = describerCache.get(c) ?? new Map<Lang, (tieId: TieId) => CardModel | undefined>();
  describerCache.set(c, byLang);
  let describe = byLang.get(lang);
  if (!describe) {
    describe = createCardDescriber(
      c,
      selectTieIndex(c),
      selectLabels(c),
      selectByeSlots(c),
      translator(lang),
    );
    byLang.set(lang, describe);
  }
  return describe;
}

export const selectSelectedTie = (s: AppState): TieRef | null => {
  const competition = selectCompetition(s);
  return (competition && s.tieId && selectTieIndex(competition).get(s.tieId)) || null;
};

const pathCache = new WeakMap<Competition, Map<TeamId, ReadonlySet<TieId>>>();
/** The ties of the highlighted team, or null when no team is highlighted. */
export function selectHighlightedTies(s: AppState): ReadonlySet<TieId> | null {
  const competition = selectCompetition(s);
  if (!competition || !s.teamId) return null;
  const byTeam = pathCache.get(competition) ?? new Map<TeamId, ReadonlySet<TieId>>();
  pathCache.set(competition, byTeam);
  let path = byTeam.get(s.teamId);
  if (!path) {
    path = new Set(teamPath(competition, s.teamId));
    byTeam.set(s.teamId, path);
  }
  return path;
}
