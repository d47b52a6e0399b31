// The tie panel loads after the bracket is on screen (it is not needed until a tie is opened) and is
// used directly once loaded, so opening a tie never waits for it.
import { lazy, Suspense, useEffect, useState } from 'react';
import type { Competition } from '../../domain/types.ts';
import { selectFeeders } from '../../store/selectors.ts';
import { useT } from '../use-translator.ts';

type Module = typeof import('./TiePanel.tsx');
let loaded: Module | null = null;
const load = (): Promise<Module> => import('./TiePanel.tsx').then((module) => (loaded = module));
const LazyTiePanel = lazy(() => load().then((module) => ({ default: module.TiePanel })));

export function TiePanelSlot({ competition }: { competition: Competition }) {
  const [, setReady] = useState(loaded !== null);
  const t = useT();
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((callback: () => void) => window.setTimeout(callback, 200));
    idle(() => {
      // The panel's dates (the first Intl.DateTimeFormat costs tens of milliseconds) and links to the
      // feeding ties: paid here, not on a click.
      t.date('2000-01-01');
      selectFeeders(competition);
      if (!loaded) void load().then(() => setReady(true));
    });
  }, [t, competition]);
  const Panel = loaded?.TiePanel;
  if (Panel) return <Panel competition={competition} />;
  return (
    <Suspense fallback={null}>
      <LazyTiePanel competition={competition} />
    </Suspense>
  );
}
