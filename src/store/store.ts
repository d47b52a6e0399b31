// One Zustand store built from slices (pmndrs/zustand docs/guides/slices-pattern.md): data, filters,
// selection. It holds state only; derived values come from ./selectors.ts.
import { createStore, type StateCreator, type StoreApi } from 'zustand/vanilla';
import { loadCompetition, loadIndex, type ReadText } from '../data/load.ts';
import type { DataIssue } from '../data/issues.ts';
import type { Competition, CompetitionIndexEntry, StageId, TeamId, TieId } from '../domain/types.ts';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface CompetitionState {
  status: LoadStatus;
  competition: Competition | null;
  issues: DataIssue[];
}

export interface DataSlice {
  index: { status: LoadStatus; entries: CompetitionIndexEntry[]; issues: DataIssue[] };
  competitions: Record<string, CompetitionState>;
  loadIndex: () => Promise<void>;
  loadCompetition: (id: string) => Promise<void>;
}

export type ViewMode = 'bracket' | 'draw' | 'list' | 'notes';

export interface FiltersSlice {
  competitionId: string | null;
  view: ViewMode;
  /** null: all stages. */
  stageId: StageId | null;
  showCompetition: (id: string) => void;
  showStage: (id: StageId | null) => void;
  showView: (view: ViewMode) => void;
}

export interface SelectionSlice {
  tieId: TieId | null;
  teamId: TeamId | null;
  selectTie: (id: TieId | null) => void;
  selectTeam: (id: TeamId | null) => void;
}

export type AppState = DataSlice & FiltersSlice & SelectionSlice;
export type AppStore = StoreApi<AppState>;
type Slice<T> = StateCreator<AppState, [], [], T>;

const createDataSlice =
  (readText: ReadText): Slice<DataSlice> =>
  (set, get) => ({
    index: { status: 'idle', entries: [], issues: [] },
    competitions: {},
    loadIndex: async () => {
      set({ index: { ...get().index, status: 'loading' } });
      const result = await loadIndex(readText);
      set({
        index: result.ok
          ? { status: 'ready', entries: result.value, issues: [] }
          : { status: 'error', entries: [], issues: result.issues },
      });
    },
    loadCompetition: async (id) => {
      const entry = get().index.entries.find((e) => e.id === id);
      const current = get().competitions[id];
      if (!entry || current?.status === 'loading' || current?.status === 'ready') return;
      const update = (state: CompetitionState) =>
        set({ competitions: { ...get().competitions, [id]: state } });
      update({ status: 'loading', competition: null, issues: [] });
      const result = await loadCompetition(readText, entry.file);
      update(
        result.ok
          ? { status: 'ready', competition: result.value, issues: result.issues }
          : { status: 'error', competition: null, issues: result.issues },
      );
    },
  });

const createFiltersSlice: Slice<FiltersSlice> = (set) => ({
  competitionId: null,
  stageId: null,
  view: 'bracket',
  showCompetition: (id) => set({ competitionId: id, stageId: null, tieId: null, teamId: null }),
  showStage: (id) => set({ stageId: id }),
  showView: (view) => set({ view }),
});

const createSelectionSlice: Slice<SelectionSlice> = (set) => ({
  tieId: null,
  teamId: null,
  selectTie: (id) => set({ tieId: id }),
  selectTeam: (id) => set({ teamId: id }),
});

/** A fresh store; each test makes its own. */
export function createAppStore(readText: ReadText): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createDataSlice(readText)(...a),
    ...createFiltersSlice(...a),
    ...createSelectionSlice(...a),
  }));
}
