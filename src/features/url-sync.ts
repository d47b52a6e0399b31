// Keeps the URL and the store in step: opening a link restores its view, every change of view is a
// history entry (back and forward step through selections), and values that do not exist fall back
// to the nearest valid view with a notice.
import { browserLanguage, isLang } from '../i18n/languages.ts';
import { selectView } from '../store/selectors.ts';
import type { AppState, AppStore } from '../store/store.ts';
import {
  appPath,
  competitionPath,
  homePath,
  langInPath,
  readViewParams,
  writeViewParams,
  type Fallback,
  type ViewParams,
} from '../store/view-url.ts';
import { checkViewParams } from '../store/check-view.ts';

/** The view; its language needs no parameter where the path names it, nor when it is the browser's. */
const currentView = (s: AppState, langInPage: boolean): ViewParams => ({
  ...selectView(s),
  lang: langInPage || s.lang === browserLanguage() ? null : s.lang,
});

const BASE = import.meta.env.BASE_URL;

/**
 * The path of the page that shows the competition (view-url.ts), and whether it names the competition
 * and the language: a shipped one's own prerendered page (the site's root for the default one), in
 * the language's folder unless that is the browser's language and the page is not in a folder
 * already; the app's page, with ?competition=, for any other, and for every view opened there (the
 * bench's ?synthetic= data, whose index is not the site's, among them).
 */
function pagePath(s: AppState, pathname: string): { path: string; named: boolean; langInPage: boolean } {
  const id = s.competitionId;
  if (!id) return { path: pathname, named: false, langInPage: false };
  const shipped = s.index.entries.findIndex((entry) => entry.id === id);
  if (shipped < 0 || pathname === appPath(BASE))
    return { path: appPath(BASE), named: false, langInPage: false };
  const pathLang = langInPath(pathname, BASE);
  const lang = s.lang !== browserLanguage() || pathLang === s.lang ? s.lang : null;
  const atHome = pathname === homePath(BASE, pathLang);
  const path = shipped === 0 && atHome ? homePath(BASE, lang) : competitionPath(id, BASE, lang);
  return { path, named: true, langInPage: lang !== null };
}

/** Applies a link to the store in two steps: the competition once the index is in, the rest once its data is. */
function createUrlSync(store: AppStore, location: Location, history: History) {
  let pending: ReturnType<typeof readViewParams> | null = readViewParams(
    location.search,
    location.pathname,
    BASE,
  );
  let competitionChosen = false;
  let fallbacks: Fallback[] = [];

  // The URL is written after the next frame: pushState and replaceState take milliseconds that the
  // first drawing and the response to a click should not wait for. Changes within one frame make one
  // history entry. A write still waiting when the page is left or the sync stops is made at once, so
  // a reload keeps the view.
  /** The next write replaces the applied link's own entry with its canonical form. */
  let replace = false;
  let scheduled = { frame: 0, timer: 0 };
  const write = () => {
    if (pending) return; // a link being applied writes its own URL
    const state = store.getState();
    const { path, named, langInPage } = pagePath(state, location.pathname);
    const search = writeViewParams(currentView(state, langInPage), location.search, named);
    if (search !== location.search || path !== location.pathname) {
      if (replace) history.replaceState(null, '', `${path}${search}`);
      else history.pushState(null, '', `${path}${search}`);
    }
    replace = false;
  };
  const writeLater = () => {
    if (scheduled.frame) return;
    scheduled.frame = requestAnimationFrame(() => {
      scheduled.timer = window.setTimeout(() => {
        scheduled = { frame: 0, timer: 0 };
        write();
      });
    });
  };
  /** Writes what is waiting now; nothing is written after. */
  const stop = () => {
    cancelAnimationFrame(scheduled.frame);
    clearTimeout(scheduled.timer);
    scheduled = { frame: 0, timer: 0 };
    write();
  };

  let busy = false;
  const resolve = () => {
    if (busy) return; // changes made while applying a link are not new history entries
    busy = true;
    try {
      step();
    } finally {
      busy = false;
    }
  };

  const step = () => {
    const state = store.getState();
    if (!pending) {
      writeLater();
      return;
    }
    if (state.index.status === 'error') {
      pending = null;
      return;
    }
    if (state.index.status !== 'ready') return;
    const link = pending;
    if (!competitionChosen) {
      competitionChosen = true;
      // Shipped competitions and the user's own (restored in the same update as the index).
      const known = [...state.index.entries, ...state.userEntries].some(
        (entry) => entry.id === link.competition,
      );
      if (link.competition && !known) fallbacks.push({ field: 'competition', value: link.competition });
      if (link.rawView && link.rawView !== link.view) fallbacks.push({ field: 'view', value: link.rawView });
      const target = known ? link.competition : (state.index.entries[0]?.id ?? null);
      state.setEmbed(link.embed);
      state.setLang(isLang(link.lang) ? link.lang : browserLanguage());
      state.showView(link.view);
      if (target && target !== state.competitionId) state.showCompetition(target); // start-app.ts loads it
    }
    const now = store.getState();
    const loaded = now.competitionId ? now.competitions[now.competitionId] : undefined;
    if (loaded?.status === 'error') {
      pending = null;
      now.setFallbacks(fallbacks);
      fallbacks = [];
    }
    // The link's language loads first, so that the URL written keeps it.
    if (!loaded?.competition || now.langLoading) return;
    const checked = checkViewParams(link, loaded.competition);
    pending = null;
    now.showStage(checked.stage);
    now.showAsOf(checked.asOf);
    now.setWhatIf(checked.whatIf);
    now.selectTie(checked.tie);
    now.selectTeam(checked.team);
    now.setFallbacks([...fallbacks, ...checked.fallbacks]);
    fallbacks = [];
    replace = true;
    writeLater();
  };

  const onPopState = () => {
    replace = false; // it was for the entry just left
    pending = readViewParams(location.search, location.pathname, BASE);
    competitionChosen = false;
    resolve();
  };
  return { resolve, onPopState, flush: write, stop };
}

/** Starts keeping the URL and the store in step; returns the function that stops it (see start-app.ts). */
export function startUrlSync(store: AppStore): () => void {
  const sync = createUrlSync(store, window.location, window.history);
  const unsubscribe = store.subscribe(sync.resolve);
  window.addEventListener('popstate', sync.onPopState);
  window.addEventListener('pagehide', sync.flush);
  sync.resolve();
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', sync.onPopState);
    window.removeEventListener('pagehide', sync.flush);
    sync.stop();
  };
}
