// Renders the whole app on a fresh store, for component tests.
import { render } from '@testing-library/react';
import { App } from '../src/App.tsx';
import type { ReadText } from '../src/data/load.ts';
import type { CompetitionStorage } from '../src/data/persist-competitions.ts';
import { StoreProvider } from '../src/store/context.tsx';
import { createAppStore } from '../src/store/store.ts';
import { readShipped } from './files.ts';

export function renderApp(options: { readText?: ReadText; storage?: CompetitionStorage | null } = {}): {
  store: ReturnType<typeof createAppStore>;
  container: HTMLElement;
  unmount: () => void;
} {
  const store = createAppStore(options.readText ?? readShipped, options.storage ?? null);
  const view = render(
    <StoreProvider store={store}>
      <App />
    </StoreProvider>,
  );
  return { store, container: view.container, unmount: view.unmount };
}
