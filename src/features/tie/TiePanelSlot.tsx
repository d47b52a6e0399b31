// The tie panel loads after the bracket is on screen (it is not needed until a tie is opened) and is
// used directly once loaded, so opening a tie never waits for it. While the page is idle it is also
// drawn once, unseen, for the first tie: the first opening would otherwise pay for React's and the
// browser's first pass over it (about 8 ms of a 20 ms click).
import { lazy, Suspense, useEffect, useState } from 'react';
import type { Competition } from '../../domain/types.ts';
import { useAppStore } from '../../store/context.tsx';
import { tieFeeders, tieIndex } from '../../store/derived.ts';
import { useT } from '../use-translator.ts';

type Module = typeof import('./TiePanel.tsx');
let loaded: Module | null = null;
const load = (): Promise<Module> => import('./TiePanel.tsx').then((module) => (loaded = module));
const LazyTiePanel = lazy(() => load().then((module) => ({ default: module.TiePanel })));

export function TiePanelSlot({ competition }: { competition: Competition }) {
  const [warming, setWarming] = useState(false);
  const selected = useAppStore((s) => s.tieId !== null);
  // Only over the bracket: beside the list, draw and notes views the slot takes room once not empty,
  // so the unseen panel would reflow the page for a frame.
  const overBracket = useAppStore((s) => s.view === 'bracket');
  const t = useT();
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((callback: () => void) => window.setTimeout(callback, 200));
    idle(() => {
      // The panel's dates (the first Intl.DateTimeFormat costs tens of milliseconds) and links to the
      // feeding ties: paid here, not on a click.
      t.date('2000-01-01');
      tieFeeders(competition);
      void load().then(() => setWarming(true)); // the render that uses the loaded panel
    });
  }, [t, competition]);
  useEffect(() => {
    if (!warming) return;
    // Removed after the frame that laid it out.
    let timer = 0;
    const frame = requestAnimationFrame(() => (timer = window.setTimeout(() => setWarming(false))));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [warming]);
  const Panel = loaded?.TiePanel;
  const first = warming && !selected && overBracket ? tieIndex(competition).values().next().value : undefined;
  // One Suspense boundary either way: a page prerendered with the panel loaded is taken over before
  // the browser has loaded it.
  return (
    <Suspense fallback={null}>
      {Panel ? <Panel competition={competition} /> : <LazyTiePanel competition={competition} />}
      {Panel && first && (
        <div className="invisible absolute inset-0" aria-hidden="true" inert>
          <Panel competition={competition} warmUp={first} />
        </div>
      )}
    </Suspense>
  );
}
