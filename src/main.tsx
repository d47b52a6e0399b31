import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { fetchDataFile, type ReadText } from './data/load.ts';
import { browserStorage, createCompetitionStorage } from './data/persist-competitions.ts';
import { applyTheme, storedTheme, systemTheme } from './features/theme/theme.ts';
import { startUrlSync } from './features/use-url-state.ts';
import { StoreProvider } from './store/context.tsx';
import { createAppStore } from './store/store.ts';
import './styles.css';
import './print.css';

/**
 * `?synthetic=N&seed=S` serves a generated competition (for `npm run bench`), loaded only then; an
 * invalid N shows the shipped data.
 */
async function createReader(): Promise<ReadText> {
  const params = new URLSearchParams(window.location.search);
  const n = params.get('synthetic');
  if (n !== null) {
    const { createSyntheticReader } = await import('./data/synthetic.ts');
    try {
      return createSyntheticReader({ n: Number(n), seed: Number(params.get('seed') ?? 1) });
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
    }
  }
  return fetchDataFile();
}

// The theme before the first paint, so a dark page never flashes light.
applyTheme(storedTheme() ?? systemTheme());

// The page renders at once; reading waits for the reader (the synthetic generator loads in parallel).
const reader = createReader();
const store = createAppStore(
  async (file) => (await reader)(file),
  createCompetitionStorage(browserStorage()),
);
// The data starts loading now, not after React's first render: the index, then the link's competition.
startUrlSync(store);
void store.getState().loadIndex();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
);
