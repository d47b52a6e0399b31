import { useEffect } from 'react';
import { useAppStore, useAppStoreApi } from '../store/context.tsx';

/** Loads the index (if main.ts has not yet) and each competition when it is shown; the link picks the first (useUrlState). */
export function useCompetitionLoading(): void {
  const store = useAppStoreApi();
  const indexStatus = useAppStore((s) => s.index.status);
  const competitionId = useAppStore((s) => s.competitionId);

  useEffect(() => {
    if (store.getState().index.status === 'idle') void store.getState().loadIndex();
  }, [store]);

  useEffect(() => {
    if (competitionId && indexStatus === 'ready') void store.getState().loadCompetition(competitionId);
  }, [store, competitionId, indexStatus]);
}
