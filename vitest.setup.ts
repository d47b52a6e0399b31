import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach } from 'vitest';

// findBy… waits up to 5 s: a busy 2-core CI machine renders a whole bracket slowly in jsdom.
configure({ asyncUtilTimeout: 5000 });

/** A whole number from the environment, or `fallback` when the variable is unset. */
function integerFromEnv(name: string, fallback: number, min: number): number {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < min)
    throw new Error(`${name} must be an integer ≥ ${min}, got ${text}`);
  return value;
}

// Every property (fc.assert) runs from one fixed seed, so a run is reproducible: 1,000 runs each in
// `npm test`, FC_RUNS=10000 in `npm run test:deep`. A failure prints its seed: FC_SEED=<seed> replays it.
fc.configureGlobal({
  seed: integerFromEnv('FC_SEED', 20_250_601, -(2 ** 31)),
  numRuns: integerFromEnv('FC_RUNS', 1000, 1),
});

afterEach(() => {
  cleanup();
  // The app keeps its view in the URL; each test starts from a bare one.
  if (typeof window !== 'undefined') window.history.replaceState(null, '', '/');
});
