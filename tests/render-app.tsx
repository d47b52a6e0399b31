// Renders the whole app on a fresh store, for component tests: started as boot.ts starts it, and
// stopped when it is unmounted or the test ends.
import { render } from '@testing-library/react';
import { afterEach } from 'vitest';
import { App } from '../src/App.tsx';
import type { ReadText } from '../src/data/load.ts';
import type { CompetitionStorage } from '../src/data/persist-competitions.ts';
import { StoreProvider } from '../src/store/context.tsx';
import { startApp } from '../src/start-app.ts';
import { createAppStore } from '../src/store/store.ts';
import { readShipped } from './files.ts';

const running = new Set<() => void>();
// Hooks registered here run before vitest.setup.ts's (after-hooks run in reverse): a sync that stops
// writes the view it still owes to the URL, which that setup then resets for the next test.
afterEach(() => {
  running.forEach((stop) => stop());
  running.clear();
});

export function renderApp(options: { readText?: ReadText; storage?: CompetitionStorage | null } = {}): {
  store: ReturnType<typeof createAppStore>;
  container: HTMLElement;
  unmount: () => void;
} {
  const store = createAppStore(options.readText ?? readShipped, options.storage ?? null);
  const stop = startApp(store);
  running.add(stop);
  const view = render(
    <StoreProvider store={store}>
      <App />
    </StoreProvider>,
  );
  return {
    store,
    container: view.container,
    unmount: () => {
      view.unmount();
      if (running.delete(stop)) stop();
    },
  };
}
