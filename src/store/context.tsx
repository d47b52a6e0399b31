import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { AppState, AppStore } from './store.ts';

const StoreContext = createContext<AppStore | null>(null);

export function StoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useAppStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore needs a <StoreProvider>');
  return store;
}

/**
 * Subscribes to one slice of state; pass module-level selectors (or useShallow) for stable results.
 * The state now also at build and while taking over a prerendered page (zustand's useStore would
 * give the store's initial state there): the page is rendered, and hydrated, from loaded data.
 */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  const store = useAppStoreApi();
  const slice = () => selector(store.getState());
  return useSyncExternalStore(store.subscribe, slice, slice);
}
