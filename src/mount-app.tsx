import { StrictMode, useEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { takeEarlyTap } from './early-taps.ts';
import { keepOwnLayout } from './features/use-media-query.ts';
import { StoreProvider } from './store/context.tsx';
import { PAGE_KEY_ATTRIBUTE } from './store/page-key.ts';
import { selectCompetitionState, selectPageKey } from './store/selectors.ts';
import type { AppState, AppStore } from './store/store.ts';

/** Marks the page's first commit (`app-mounted`): from then on React answers (tests wait for it). */
function Mounted({ children, onMounted }: { children: ReactNode; onMounted: () => void }) {
  useEffect(() => {
    if (!performance.getEntriesByName('app-mounted').length) performance.mark('app-mounted');
    onMounted();
  }, [onMounted]);
  return children;
}

/** The link applied, the data in or failed (or nothing to show): what the first render shows is known. */
const settled = (s: AppState) =>
  s.index.status === 'error' ||
  (s.index.status === 'ready' &&
    !s.langLoading &&
    (!s.competitionId || ['ready', 'error'].includes(selectCompetitionState(s).status)));

/**
 * Renders the page into #root (boot.ts calls it once React is in), once the data is in or failed. A
 * prerendered page is taken over as it stands (hydrated) when the store shows what it was built
 * with; any other view (another language, a tie open, a day, a competition added here) is drawn anew.
 */
export function mountApp(store: AppStore): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  let hydrating = false;
  // A tie tapped on the page as built (early-taps.ts) opens once React has it; a page drawn anew may
  // not have it.
  const openEarlyTap = () => {
    const tapped = takeEarlyTap(document);
    if (tapped && hydrating) store.getState().selectTie(tapped);
  };
  const page = (
    <StrictMode>
      <StoreProvider store={store}>
        <Mounted onMounted={openEarlyTap}>
          <App />
        </Mounted>
      </StoreProvider>
    </StrictMode>
  );
  const built = root.getAttribute(PAGE_KEY_ATTRIBUTE);
  // Rendered once what it shows is known (checked a task after each change: the URL sync applies a
  // link in several updates), in one pass instead of a loading state and then the page.
  let waiting = 0;
  const check = () => {
    waiting = 0;
    const state = store.getState();
    if (!settled(state)) return;
    unsubscribe();
    root.removeAttribute(PAGE_KEY_ATTRIBUTE);
    hydrating = built !== null && selectPageKey(state) === built;
    if (hydrating) {
      keepOwnLayout(root);
      hydrateRoot(root, page);
    } else createRoot(root).render(page); // React replaces a prerendered page it does not show
  };
  const unsubscribe = store.subscribe(() => {
    waiting ||= window.setTimeout(check);
  });
  check();
}
