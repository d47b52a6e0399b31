// The app's start, loaded by main.ts: the store, the data, then React.
import { fetchDataFile, type ReadText } from './data/load.ts';
import { browserStorage, createCompetitionStorage } from './data/persist-competitions.ts';
import { startApp } from './start-app.ts';
import { createAppStore } from './store/store.ts';

/**
 * `?synthetic=N&seed=S` serves a generated competition (for `npm run bench`), loaded only then; an
 * invalid N shows the shipped data.
 */
async function createReader(): Promise<ReadText> {
  const params = new URLSearchParams(window.location.search);
  const n = params.get('synthetic');
  if (n !== null) {
    const { createSyntheticReader } = await import('./bench/synthetic.ts');
    try {
      return createSyntheticReader({ n: Number(n), seed: Number(params.get('seed') ?? 1) });
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
    }
  }
  return fetchDataFile(`${import.meta.env.BASE_URL}data/`);
}

// Reading waits for the reader (the synthetic generator loads in parallel with the index request).
const reader = createReader();
const store = createAppStore(
  async (file) => (await reader)(file),
  createCompetitionStorage(browserStorage()),
);
// The data starts loading now, while React loads: the index, then the link's competition.
startApp(store);
void import('./mount-app.tsx').then(({ mountApp }) => mountApp(store));
