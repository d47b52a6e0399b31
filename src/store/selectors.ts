// Functions of the store's state, for components and the bracket controller to subscribe through.
// Values derived from a competition alone are memoized in ./derived.ts.
import type { Competition, Stage, TieId } from '../domain/types.ts';
import type { TieRef } from '../domain/progression.ts';
import {
  memoByCompetition,
  memoByCompetitionAnd,
  shownCompetition,
  sortedStages,
  teamPathTies,
  tieIndex,
  type ShownCompetition,
} from './derived.ts';
import type { AppState, CompetitionState } from './store.ts';
import type { ViewParams } from './view-url.ts';

const IDLE: CompetitionState = { status: 'idle', competition: null, issues: [] };

export const selectCompetitionState = (s: AppState): CompetitionState =>
  (s.competitionId && s.competitions[s.competitionId]) || IDLE;

/** The competition as recorded (loaded, or added): what is saved and exported as data. */
export const selectRecordedCompetition = (s: AppState): Competition | null =>
  selectCompetitionState(s).competition;

const asRecorded = memoByCompetition((c): ShownCompetition => ({ competition: c, asOf: null, ignored: [] }));

/** The competition as shown: on the day chosen (`asOf`), with the what-if results on top. */
export function selectShown(s: AppState): ShownCompetition | null {
  const recorded = selectRecordedCompetition(s);
  if (!recorded) return null;
  if (!s.asOf && !s.whatIf) return asRecorded(recorded);
  return shownCompetition(recorded, `${s.asOf ?? ''}|${s.whatIf}`);
}

/** The competition every view shows (see selectShown). */
export const selectCompetition = (s: AppState): Competition | null => selectShown(s)?.competition ?? null;

/** Whether the competition was added in this browser (kept in its storage; it opens nowhere else). */
export const isAddedHere = (s: AppState, id: string | null): boolean =>
  s.userEntries.some((entry) => entry.id === id);

const NO_STAGES: readonly Stage[] = [];
const visibleStages = memoByCompetitionAnd((c, stageId: string | null): readonly Stage[] => {
  const stages = sortedStages(c);
  const chosen = stages.filter((stage) => stage.id === stageId);
  return chosen.length ? chosen : stages;
});
/** Stages shown under the stage filter (all when none is chosen or the choice is unknown). */
export function selectVisibleStages(s: AppState): readonly Stage[] {
  const competition = selectCompetition(s);
  return competition ? visibleStages(competition, s.stageId) : NO_STAGES;
}

export const selectSelectedTie = (s: AppState): TieRef | null => {
  const competition = selectCompetition(s);
  return (competition && s.tieId && tieIndex(competition).get(s.tieId)) || null;
};

/** The ties of the highlighted team, or null when no team is highlighted. */
export function selectHighlightedTies(s: AppState): ReadonlySet<TieId> | null {
  const competition = selectCompetition(s);
  return competition && s.teamId ? teamPathTies(competition, s.teamId) : null;
}

/** The view the state shows, in the form the URL holds it (view-url.ts). */
export const selectView = (s: AppState): ViewParams => ({
  competition: s.competitionId,
  stage: s.stageId,
  asOf: s.asOf,
  whatIf: s.whatIf || null,
  tie: s.tieId,
  team: s.teamId,
  view: s.view,
  lang: s.lang,
  embed: s.embed,
});

/**
 * Everything in the state that changes the page's markup (the theme aside: ThemeToggle shows the
 * build's until it has taken over). A prerendered page carries its key; the browser takes the page
 * over (hydrates it) only when its own state has the same key, and draws the page anew otherwise.
 */
export const selectPageKey = (s: AppState): string =>
  JSON.stringify([
    ...Object.values(selectView(s)),
    selectCompetitionState(s).status,
    s.fallbacks.length,
    s.userEntries.length,
    s.index.status === 'ready' ? s.index.entries.map((entry) => entry.id) : s.index.status,
  ]);
