import { fetchDataFile, type ReadText } from './data/load.ts';
import { browserStorage, createCompetitionStorage } from './data/persist-competitions.ts';
import { applyTheme, storedTheme, systemTheme } from './features/theme/theme.ts';
import { drawBracketEarly } from './features/bracket/early-bracket.ts';
import { startApp } from './start-app.ts';
import { createAppStore } from './store/store.ts';
import '@fontsource-variable/inter/wght.css';
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
    const { createSyntheticReader } = await import('./bench/synthetic.ts');
    try {
      return createSyntheticReader({ n: Number(n), seed: Number(params.get('seed') ?? 1) });
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
    }
  }
  return fetchDataFile(`${import.meta.env.BASE_URL}data/`);
}

// The theme before the first paint, so a dark page never flashes light.
applyTheme(storedTheme() ?? systemTheme());

// Reading waits for the reader (the synthetic generator loads in parallel with the index request).
const reader = createReader();
const store = createAppStore(
  async (file) => (await reader)(file),
  createCompetitionStorage(browserStorage()),
);
// The data starts loading now: the index, then the link's competition.
startApp(store);

// The bracket is drawn before React loads (about 60 KiB of it), which then lays the page around it.
// React does not wait longer than this for the bracket's data.
const EARLY_WAIT = 600; // ms
const early = drawBracketEarly(store);
// No top-level await: the React chunk imports modules of this one, which must have finished evaluating.
void Promise.race([early.drawn, new Promise((resolve) => setTimeout(resolve, EARLY_WAIT))])
  .then(() => {
    early.stop();
    return import('./mount-app.tsx');
  })
  .then(({ mountApp }) => mountApp(store));
