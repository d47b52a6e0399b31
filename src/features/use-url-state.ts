import { useEffect } from 'react';
import { useAppStoreApi } from '../store/context.tsx';
import { startUrlSync } from './url-sync.ts';

/** Keeps the URL and the store in step while the component is mounted (see ./url-sync.ts). */
export function useUrlState(): void {
  const store = useAppStoreApi();
  useEffect(() => startUrlSync(store), [store]);
}
