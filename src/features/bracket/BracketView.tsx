// React lays the frame, zoom controls and legend around the bracket; the drawing itself is the
// bracket's handle following the store (./bracket-controller.ts), in a host React leaves alone. On a
// prerendered page the host already holds the drawing (StaticBracket, from the build), and the handle
// takes it over as it is. It offers the handle to the export menu.
import { createContext, useContext, useLayoutEffect, useRef, useState } from 'react';
import type { BracketHandle } from '../../bracket/bracket.ts';
import { useAppStore, useAppStoreApi } from '../../store/context.tsx';
import { bracketLayout } from '../../store/derived.ts';
import { selectCompetition, selectVisibleStages } from '../../store/selectors.ts';
import { usePrintFit } from '../export/use-print-fit.ts';
import { useT } from '../use-translator.ts';
import { useViewHandles } from '../view-handles.tsx';
import { createBracketController } from './bracket-controller.ts';

/** The bracket's markup in a page rendered at build (scripts/prerender/); none in the browser. */
export const StaticBracket = createContext('');

export function BracketView() {
  const store = useAppStoreApi();
  const hostRef = useRef<HTMLDivElement>(null);
  const markup = useContext(StaticBracket);
  const controllerRef = useRef<BracketHandle | null>(null);
  // null until the handle reports it: a prerendered drawing's zoom is CSS's, known only to script.
  const [scale, setScale] = useState<number | null>(null);
  const selectedTieId = useAppStore((s) => s.tieId);
  // The legend explains the bye mark only where one is drawn (a single stage has none).
  const hasByes = useAppStore((s) => {
    const competition = selectCompetition(s);
    return competition !== null && bracketLayout(competition, selectVisibleStages(s)).byes.length > 0;
  });
  const t = useT();
  const handles = useViewHandles();
  // Here, not in the export menu: an embed has none, and the menu loads late.
  usePrintFit(handles.bracket);

  useLayoutEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const controller = createBracketController(store, host);
    controllerRef.current = controller;
    const hide = handles.showBracket(controller);
    const hideFocus = handles.showTieFocus(controller.focusTie);
    const stop = controller.onScale(setScale);
    return () => {
      stop();
      hide();
      hideFocus();
      controller.destroy();
      controllerRef.current = null;
    };
  }, [store, handles]);

  return (
    <section
      aria-label={t('bracket.label')}
      data-layout="wide"
      className="bracket-frame @container relative h-full min-h-[420px] overflow-hidden rounded-lg border border-line bg-surface max-sm:hidden"
    >
      {/* React never writes into the host after the build's markup: the drawing is the handle's. The
          padding is where a prerendered drawing is fitted before any script: clear of the controls.
          The markup is the bracket's own serialization (text from data escaped by XMLSerializer),
          given only at build; in the browser it is '' and nothing is ever parsed. */}
      <div
        ref={hostRef}
        className="bracket-host absolute inset-0 flex px-4 pt-4 pb-12"
        // eslint-disable-next-line no-restricted-syntax -- see above: build-time markup only
        dangerouslySetInnerHTML={{ __html: markup }}
        suppressHydrationWarning
      />
      {/* With a tie open, the panel covers the right side on wide screens: the controls move left of it. */}
      <div
        className={`bracket-controls absolute right-2 bottom-2 flex items-center gap-1 rounded-md border border-line bg-surface/95 p-1 shadow-sm ${
          selectedTieId ? 'lg:right-[384px]' : ''
        }`}
      >
        <ZoomButton label={t('bracket.zoomOut')} onClick={() => controllerRef.current?.zoomBy(1 / 1.25)}>
          −
        </ZoomButton>
        <span className="w-12 text-center text-xs text-muted tabular-nums" aria-live="polite">
          {scale === null ? '' : `${Math.round(scale * 100)}%`}
        </span>
        <ZoomButton label={t('bracket.zoomIn')} onClick={() => controllerRef.current?.zoomBy(1.25)}>
          +
        </ZoomButton>
        <button
          type="button"
          onClick={() => controllerRef.current?.fit()}
          className="h-9 rounded px-3 text-sm font-medium text-ink hover:bg-raised"
        >
          {t('bracket.fit')}
        </button>
      </div>
      {/* On a surface of its own: a bracket bigger than the frame runs under it. */}
      <p className="pointer-events-none absolute bottom-2 left-2 flex items-center gap-3 rounded-md bg-surface/95 px-2 py-1 text-xs text-muted">
        <span className="inline-flex items-center gap-1">
          <span className="inline-block h-3 w-3 rounded-sm bg-accent-soft" aria-hidden="true" />{' '}
          {t('bracket.legendHome')}
        </span>
        {hasByes && (
          <span>
            <span className="font-semibold tracking-wide">{t('bracket.bye')}</span> {t('bracket.legendBye')}
          </span>
        )}
        {/* Only in a frame wide enough for it beside the controls in every language (72rem): in a
            narrower one (a 1024 px window in French, an embed) it ran under them. */}
        <span className={selectedTieId ? 'hidden' : 'hidden @6xl:inline'}>{t('bracket.legendZoom')}</span>
      </p>
    </section>
  );
}

function ZoomButton({ label, onClick, children }: { label: string; onClick: () => void; children: string }) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      onClick={onClick}
      className="h-9 w-9 rounded text-lg leading-none text-ink hover:bg-raised"
    >
      {children}
    </button>
  );
}
