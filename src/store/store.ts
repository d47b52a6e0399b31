// One Zustand store built from slices (pmndrs/zustand docs/guides/slices-pattern.md): data, view,
// selection. It holds state only; derived values come from ./selectors.ts.
import { createStore, type StateCreator, type StoreApi } from 'zustand/vanilla';
import { loadCompetition, loadIndex, loadTeamIndex, type ReadText } from '../data/load.ts';
import type { DataIssue } from '../data/issues.ts';
import type { CompetitionStorage, SaveError } from '../data/persist-competitions.ts';
import type { TeamIndexEntry } from '../domain/team-index.ts';
import type { Competition, CompetitionIndexEntry, StageId, TeamId, TieId } from '../domain/types.ts';
import type { Lang } from '../i18n/languages.ts';
import { loadLanguage } from '../i18n/translate.ts';
import type { Fallback, ViewMode } from './view-url.ts';

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
  /** Every club of the shipped competitions (teams.json), loaded when the team search is first used. */
  teamIndex: { status: LoadStatus; entries: TeamIndexEntry[] };
  loadTeamIndex: () => Promise<void>;
  /** Competitions the user added (kept in this browser), listed after the shipped ones. */
  userEntries: CompetitionIndexEntry[];
  /** Adds a user competition (ready at once) and shows it; refuses an id already taken (see AddOutcome). */
  addCompetition: (competition: Competition, options?: AddOptions) => AddOutcome;
  /** Removes a user competition; if it was shown, shows the first shipped one. */
  removeCompetition: (id: string) => void;
}

export interface AddOptions {
  /** Replace a user competition with the same id (a shipped one is never replaced). */
  replace?: boolean;
  /** The file it came from, named by its issues. */
  file?: string;
  /** Warnings found when it was validated. */
  issues?: DataIssue[];
}

/** `freeId`: an id no competition uses, to import under instead. */
export type AddOutcome =
  | { ok: true; id: string; saveError: SaveError | null }
  | { ok: false; conflict: 'shipped' | 'user'; freeId: string };

/** `<id>-2`, `<id>-3`… : the first id not in `taken`, at most 80 characters like every id. */
export function freeCompetitionId(id: string, taken: ReadonlySet<string>): string {
  for (let n = 2; ; n += 1) {
    const candidate = `${id.slice(0, 80 - `-${n}`.length)}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

export type { ViewMode } from './view-url.ts';

/** What is shown and how: the competition, stage, view, language, embed mode, and the link's fallbacks. */
export interface ViewSlice {
  competitionId: string | null;
  view: ViewMode;
  /** The bracket alone, for an article's iframe (?embed=1). */
  embed: boolean;
  /** Values of a link that did not exist and were replaced by the nearest valid view. */
  fallbacks: Fallback[];
  lang: Lang;
  /** The language asked for and still loading; the last one asked for wins. */
  langLoading: Lang | null;
  /** null: all stages. */
  stageId: StageId | null;
  /** The day (yyyy-mm-dd) the competition is shown as it stood at the end of; null: as recorded. */
  asOf: string | null;
  /** Hypothetical results and shoot-out picks, in their URL form (domain/what-if.ts); '' for none. */
  whatIf: string;
  /** Shows a competition from its start; with `team`, that team's path highlighted. */
  showCompetition: (id: string, team?: TeamId) => void;
  showStage: (id: StageId | null) => void;
  showAsOf: (day: string | null) => void;
  setWhatIf: (whatIf: string) => void;
  showView: (view: ViewMode) => void;
  setEmbed: (embed: boolean) => void;
  setFallbacks: (fallbacks: Fallback[]) => void;
  setLang: (lang: Lang) => void;
}

export interface SelectionSlice {
  tieId: TieId | null;
  teamId: TeamId | null;
  selectTie: (id: TieId | null) => void;
  selectTeam: (id: TeamId | null) => void;
}

export type AppState = DataSlice & ViewSlice & SelectionSlice;
export type AppStore = StoreApi<AppState>;
type Slice<T> = StateCreator<AppState, [], [], T>;

/** The competitions saved in this browser, validated again; an id already listed is skipped. */
function restoreStored(
  storage: CompetitionStorage | null,
  shipped: CompetitionIndexEntry[],
  { userEntries, competitions }: DataSlice,
): Partial<DataSlice> {
  const taken = new Set([...shipped, ...userEntries].map((e) => e.id));
  const restored = (storage?.load() ?? []).filter(({ entry }) => !taken.has(entry.id));
  if (restored.length === 0) return {};
  const states = restored.map(({ entry, result }): [string, CompetitionState] => [
    entry.id,
    result.ok
      ? { status: 'ready', competition: result.value, issues: result.issues }
      : { status: 'error', competition: null, issues: result.issues },
  ]);
  return {
    userEntries: [...userEntries, ...restored.map(({ entry }) => entry)],
    competitions: { ...competitions, ...Object.fromEntries(states) },
  };
}

const createDataSlice =
  (readText: ReadText, storage: CompetitionStorage | null): Slice<DataSlice> =>
  (set, get) => ({
    index: { status: 'idle', entries: [], issues: [] },
    competitions: {},
    loadIndex: async () => {
      set({ index: { ...get().index, status: 'loading' } });
      const result = await loadIndex(readText);
      const index: DataSlice['index'] = result.ok
        ? { status: 'ready', entries: result.value, issues: [] }
        : { status: 'error', entries: [], issues: result.issues };
      // The user's competitions arrive in the same update as the shipped ids (a shipped id wins).
      set({ index, ...restoreStored(storage, index.entries, get()) });
    },
    teamIndex: { status: 'idle', entries: [] },
    loadTeamIndex: async () => {
      if (get().teamIndex.status !== 'idle') return;
      set({ teamIndex: { status: 'loading', entries: [] } });
      const result = await loadTeamIndex(readText);
      // Without it the search still finds the teams of the competition shown.
      set({
        teamIndex: result.ok ? { status: 'ready', entries: result.value } : { status: 'error', entries: [] },
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
      if (result.ok) performance.mark('data-ready'); // bench contract: data in memory, not yet rendered
      update(
        result.ok
          ? { status: 'ready', competition: result.value, issues: result.issues }
          : { status: 'error', competition: null, issues: result.issues },
      );
    },
    userEntries: [],
    addCompetition: (competition, options = {}) => {
      const { index, userEntries, competitions } = get();
      const { id, name } = competition;
      const has = (entries: CompetitionIndexEntry[]) => entries.some((e) => e.id === id);
      const conflict = has(index.entries) ? 'shipped' : has(userEntries) && !options.replace ? 'user' : null;
      if (conflict) {
        const taken = new Set([...index.entries, ...userEntries].map((e) => e.id));
        return { ok: false, conflict, freeId: freeCompetitionId(id, taken) };
      }
      const entry = { id, name, file: options.file ?? `${id}.json` };
      const saveError = storage ? storage.save(competition) : null;
      set({
        userEntries: has(userEntries)
          ? userEntries.map((e) => (e.id === id ? entry : e))
          : [...userEntries, entry],
        competitions: {
          ...competitions,
          [id]: { status: 'ready', competition, issues: options.issues ?? [] },
        },
      });
      get().showCompetition(id);
      return { ok: true, id, saveError };
    },
    removeCompetition: (id) => {
      const { index, userEntries, competitions, competitionId } = get();
      if (!userEntries.some((e) => e.id === id)) return;
      storage?.remove(id);
      const { [id]: _removed, ...rest } = competitions;
      const remaining = userEntries.filter((e) => e.id !== id);
      set({ userEntries: remaining, competitions: rest });
      if (competitionId !== id) return;
      const next = index.entries[0] ?? remaining[0];
      if (next) get().showCompetition(next.id);
      else set({ competitionId: null, stageId: null, tieId: null, teamId: null });
    },
  });

const createViewSlice: Slice<ViewSlice> = (set, get) => ({
  competitionId: null,
  stageId: null,
  asOf: null,
  whatIf: '',
  view: 'bracket',
  embed: false,
  fallbacks: [],
  lang: 'en',
  langLoading: null,
  showCompetition: (id, team) =>
    set({ competitionId: id, stageId: null, asOf: null, whatIf: '', tieId: null, teamId: team ?? null }),
  showStage: (id) => set({ stageId: id }),
  showAsOf: (day) => set({ asOf: day }),
  setWhatIf: (whatIf) => set({ whatIf }),
  showView: (view) => set({ view }),
  setEmbed: (embed) => set({ embed }),
  setFallbacks: (fallbacks) => set({ fallbacks }),
  // The language switches once its strings are in, so nothing shows half translated.
  setLang: (lang) => {
    set({ langLoading: lang });
    // Strings that fail to load (offline, a deploy replaced the chunk) leave the page as it is.
    const done = (loaded: boolean) => {
      if (get().langLoading === lang) set(loaded ? { lang, langLoading: null } : { langLoading: null });
    };
    loadLanguage(lang).then(
      () => done(true),
      () => done(false),
    );
  },
});

const createSelectionSlice: Slice<SelectionSlice> = (set) => ({
  tieId: null,
  teamId: null,
  selectTie: (id) => set({ tieId: id }),
  selectTeam: (id) => set({ teamId: id }),
});

/** A fresh store; each test makes its own. `storage` keeps the competitions the user adds. */
export function createAppStore(readText: ReadText, storage: CompetitionStorage | null = null): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createDataSlice(readText, storage)(...a),
    ...createViewSlice(...a),
    ...createSelectionSlice(...a),
  }));
}
