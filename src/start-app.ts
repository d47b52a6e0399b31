// What the page runs on its store, outside React: the URL sync and the data loading. boot.ts starts
// it before React loads, so the link's competition loads while the page mounts; component tests start
// it through tests/render-app.tsx.
import { startUrlSync } from './features/url-sync.ts';
import type { AppStore } from './store/store.ts';

/** Loads the index, then each competition as it is shown; returns the function that stops it all. */
export function startApp(store: AppStore): () => void {
  const stopUrlSync = startUrlSync(store);
  // Every competition shown, the link's (chosen by the URL sync) and each picked after it.
  let shown = '';
  const unsubscribe = store.subscribe(() => {
    const { competitionId, index, loadCompetition } = store.getState();
    const now = `${index.status} ${competitionId}`;
    if (now === shown) return;
    shown = now;
    if (competitionId && index.status === 'ready') void loadCompetition(competitionId);
  });
  void store.getState().loadIndex();
  return () => {
    unsubscribe();
    stopUrlSync();
  };
}
