// Derived values: plain functions of the state, memoized per competition object so components
// subscribing to them get stable references.
import { decideTie, type TieOutcome } from '../domain/decide-tie.ts';
import { feedersOf, indexTies, listByes, teamPath, type TieRef } from '../domain/progression.ts';
import { translator, type Lang } from '../i18n/translate.ts';
import { createCardDescriber, type CardModel } from '../layout/card-model.ts';
import { DEFAULT_SIZES, layoutBracket, type BracketLayout } from '../layout/layout-bracket.ts';
import { labelTeams } from '../domain/team-labels.ts';
import type { Competition, Stage, StageId, TeamId, TieId } from '../domain/types.ts';
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

/** Memoized per competition object and, within it, per key (a stage filter, a language, a team). */
function memoByCompetitionAnd<K, T>(
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

const IDLE: CompetitionState = { status: 'idle', competition: null, issues: [] };

export const selectCompetitionState = (s: AppState): CompetitionState =>
  (s.competitionId && s.competitions[s.competitionId]) || IDLE;

export const selectCompetition = (s: AppState): Competition | null => selectCompetitionState(s).competition;

/** Whether the competition was added in this browser (kept in its storage; it opens nowhere else). */
export const isAddedHere = (s: AppState, id: string | null): boolean =>
  s.userEntries.some((entry) => entry.id === id);

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
const visibleStages = memoByCompetitionAnd((c, stageId: StageId | null): readonly Stage[] => {
  const stages = selectSortedStages(c);
  const chosen = stages.filter((stage) => stage.id === stageId);
  return chosen.length ? chosen : stages;
});
/** Stages shown under the stage filter (all when none is chosen or the choice is unknown). */
export function selectVisibleStages(s: AppState): readonly Stage[] {
  const competition = selectCompetition(s);
  return competition ? visibleStages(competition, s.stageId) : NO_STAGES;
}

/** The bracket of the stages shown (selectVisibleStages), at the default sizes. */
export const selectBracketLayout = memoByCompetitionAnd((_c, stages: readonly Stage[]): BracketLayout =>
  layoutBracket(stages, DEFAULT_SIZES),
);

/** "tieId#slot" for every slot taken by a team that entered at that stage (a bye). */
export const selectByeSlots = memoByCompetition(
  (c): ReadonlySet<string> => new Set(listByes(c).map((bye) => `${bye.tie}#${bye.slot}`)),
);

/** What each tie card shows, in the chosen language, computed per card when asked. */
export const selectCardDescriber = memoByCompetitionAnd(
  (c, lang: Lang): ((tieId: TieId) => CardModel | undefined) =>
    createCardDescriber(c, selectTieIndex(c), selectLabels(c), selectByeSlots(c), translator(lang)),
);

export const selectSelectedTie = (s: AppState): TieRef | null => {
  const competition = selectCompetition(s);
  return (competition && s.tieId && selectTieIndex(competition).get(s.tieId)) || null;
};

const teamPathSet = memoByCompetitionAnd((c, team: TeamId): ReadonlySet<TieId> => new Set(teamPath(c, team)));
/** The ties of the highlighted team, or null when no team is highlighted. */
export function selectHighlightedTies(s: AppState): ReadonlySet<TieId> | null {
  const competition = selectCompetition(s);
  return competition && s.teamId ? teamPathSet(competition, s.teamId) : null;
}
