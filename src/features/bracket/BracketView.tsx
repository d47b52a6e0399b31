// React owns the frame around the bracket; D3 owns the SVG inside it (createBracketRenderer) and its
// pan and zoom (createPanZoom). The effects only hand them the current model.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { decideTie } from '../../domain/decide-tie.ts';
import type { Competition, TieId } from '../../domain/types.ts';
import { DEFAULT_SIZES, layoutBracket, type BracketLayout } from '../../layout/layout-bracket.ts';
import { navigate, type NavigationKey } from '../../layout/navigate.ts';
import {
  createBracketRenderer,
  type BracketRenderer,
  type OutletText,
} from '../../render/bracket-renderer.ts';
import { createPanZoom, type PanZoom, type ZoomState } from '../../render/pan-zoom.ts';
import type { Translator } from '../../i18n/translate.ts';
import { useAppStore } from '../../store/context.tsx';
import {
  selectCardDescriber,
  selectHighlightedTies,
  selectLabels,
  selectTieIndex,
  selectVisibleStages,
} from '../../store/selectors.ts';
import { useT } from '../use-translator.ts';

const prefersReducedMotion = () =>
  typeof matchMedia !== 'function' || matchMedia('(prefers-reduced-motion: reduce)').matches;

function outletTexts(competition: Competition, layout: BracketLayout, t: Translator): Map<TieId, OutletText> {
  const ties = selectTieIndex(competition);
  const labels = selectLabels(competition);
  const exits = new Map(competition.exits.map((exit) => [exit.id, exit]));
  const texts = new Map<TieId, OutletText>();
  for (const outlet of layout.outlets) {
    const tie = ties.get(outlet.tieId)?.tie;
    const outcome = tie ? decideTie(tie, competition.rules) : undefined;
    const winner = outcome?.status === 'decided' ? (labels.get(outcome.winner) ?? outcome.winner) : null;
    const loser = outcome?.status === 'decided' ? (labels.get(outcome.loser) ?? outcome.loser) : null;
    const to = outlet.winnerTo;
    const loserExit = 'exit' in outlet.loserTo ? exits.get(outlet.loserTo.exit) : undefined;
    texts.set(outlet.tieId, {
      caption:
        'exit' in to
          ? exits.get(to.exit)?.kind === 'advance'
            ? t('bracket.qualified')
            : (exits.get(to.exit)?.name ?? to.exit)
          : t('bracket.winnerPlaysIn', { tie: to.tie }),
      primary: winner ?? t('bracket.undecided'),
      secondary: loser && loserExit?.kind === 'transfer' ? `${loser} → ${loserExit.name}` : null,
    });
  }
  return texts;
}

let bracketRenderedMarked = false;

/** Width of the tie panel over the bracket on wide screens, with its gap (App's lg:w-[360px] + 16). */
const PANEL_WIDTH = 376;

export function BracketView({ competition }: { competition: Competition }) {
  const svgRef = useRef<SVGSVGElement>(null);
  const viewportRef = useRef<SVGGElement>(null);
  const rendererRef = useRef<BracketRenderer | null>(null);
  const panZoomRef = useRef<PanZoom | null>(null);
  const [scale, setScale] = useState(1);
  const stages = useAppStore(selectVisibleStages);
  const selectedTieId = useAppStore((s) => s.tieId);
  const highlighted = useAppStore(selectHighlightedTies);
  const highlightedTeam = useAppStore((s) => s.teamId);
  const selectTie = useAppStore((s) => s.selectTie);
  const t = useT();
  const layout = useMemo(() => layoutBracket(stages, DEFAULT_SIZES), [stages]);
  const [focusTieId, setFocusTieId] = useState<TieId | null>(null);
  const tabStop =
    focusTieId && layout.cards.some((c) => c.tieId === focusTieId)
      ? focusTieId
      : (selectedTieId ?? layout.cards[0]?.tieId ?? null);

  // Handlers read the latest layout through a ref, so the renderer is created once.
  const layoutRef = useRef(layout);
  useEffect(() => {
    layoutRef.current = layout;
  }, [layout]);
  const onKey = useCallback(
    (tieId: TieId, key: string) => {
      if (key === 'Enter' || key === ' ') {
        selectTie(tieId);
        return;
      }
      const next = navigate(layoutRef.current, tieId, key as NavigationKey);
      setFocusTieId(next);
      rendererRef.current?.focusTie(next);
      const box = layoutRef.current.cards.find((c) => c.tieId === next);
      if (box) panZoomRef.current?.reveal(box, !prefersReducedMotion());
    },
    [selectTie],
  );

  useEffect(() => {
    const svg = svgRef.current;
    const viewport = viewportRef.current;
    if (!svg || !viewport) return;
    const renderer = createBracketRenderer(viewport, {
      onSelect: (tieId) => {
        setFocusTieId(tieId);
        selectTie(tieId);
      },
      onKey,
    });
    // Zoom and pan redraw the cards' text for what is on screen, once per frame.
    let frame = 0;
    let latest: ZoomState | null = null;
    const panZoom = createPanZoom(svg, viewport, (state) => {
      latest = state;
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (!latest) return;
        setScale(latest.k);
        renderer.setViewport(latest);
      });
    });
    // Print and export need every card in full.
    const printAll = () => renderer.setViewport(null);
    const printDone = () => latest && renderer.setViewport(latest);
    window.addEventListener('beforeprint', printAll);
    window.addEventListener('afterprint', printDone);
    rendererRef.current = renderer;
    panZoomRef.current = panZoom;
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('beforeprint', printAll);
      window.removeEventListener('afterprint', printDone);
      renderer.destroy();
      panZoom.destroy();
      rendererRef.current = null;
      panZoomRef.current = null;
    };
  }, [onKey, selectTie]);

  const describe = selectCardDescriber(competition, t.lang);
  const headings = useMemo(() => {
    const names = new Map(competition.stages.map((stage) => [stage.id, stage.name]));
    const advance = competition.exits.find((exit) => exit.kind === 'advance');
    names.set('', advance ? advance.name : t('bracket.next'));
    return names;
  }, [competition, t]);
  const outlets = useMemo(() => outletTexts(competition, layout, t), [competition, layout, t]);
  const text = useMemo(() => ({ legs: t('bracket.legs'), bye: t('bracket.bye') }), [t]);

  useEffect(() => {
    rendererRef.current?.update({
      layout,
      sizes: DEFAULT_SIZES,
      describe,
      headings,
      outlets,
      selectedTieId,
      highlighted,
      highlightedTeam,
      focusTieId: tabStop,
      animate: !prefersReducedMotion(),
      text,
    });
    // Bench contract (shared/bench/README.md): mark the first frame that shows cards, once per page.
    if (rendererRef.current && layout.cards.length > 0 && !bracketRenderedMarked) {
      bracketRenderedMarked = true;
      requestAnimationFrame(() => setTimeout(() => performance.mark('bracket-rendered')));
    }
  }, [layout, describe, headings, outlets, selectedTieId, highlighted, highlightedTeam, tabStop, text]);

  const fit = useCallback(
    (animate: boolean) =>
      panZoomRef.current?.fit({ x: 0, y: 0, width: layout.width, height: layout.height }, animate),
    [layout],
  );
  useEffect(() => fit(false), [fit]);

  // A tie selected elsewhere (the panel's links, the list) is brought into view.
  useEffect(() => {
    const box = selectedTieId ? layout.cards.find((c) => c.tieId === selectedTieId) : undefined;
    // On wide screens the tie panel lies over the bracket's right side (see App): keep the tie clear of it.
    const covered =
      typeof matchMedia === 'function' && matchMedia('(min-width: 1024px)').matches ? PANEL_WIDTH : 0;
    if (box) panZoomRef.current?.reveal(box, !prefersReducedMotion(), covered);
  }, [selectedTieId, layout]);

  const label = t('bracket.description', {
    competition: competition.name,
    count: String(layout.cards.length),
  });
  return (
    <section
      aria-label={t('bracket.label')}
      className="relative h-full min-h-[420px] overflow-hidden rounded-lg border border-line bg-surface"
    >
      <svg
        ref={svgRef}
        className="bracket block h-full w-full touch-none select-none"
        role="group"
        aria-label={label}
      >
        <g ref={viewportRef} />
      </svg>
      {/* With a tie open, the panel covers the right side on wide screens: the controls move left of it. */}
      <div
        className={`absolute right-2 bottom-2 flex items-center gap-1 rounded-md border border-line bg-surface/95 p-1 shadow-sm ${
          selectedTieId ? 'lg:right-[384px]' : ''
        }`}
      >
        <ZoomButton
          label={t('bracket.zoomOut')}
          onClick={() => panZoomRef.current?.zoomBy(1 / 1.25, !prefersReducedMotion())}
        >
          −
        </ZoomButton>
        <span className="w-12 text-center text-xs text-muted tabular-nums" aria-live="polite">
          {Math.round(scale * 100)}%
        </span>
        <ZoomButton
          label={t('bracket.zoomIn')}
          onClick={() => panZoomRef.current?.zoomBy(1.25, !prefersReducedMotion())}
        >
          +
        </ZoomButton>
        <button
          type="button"
          onClick={() => fit(!prefersReducedMotion())}
          className="h-9 rounded px-3 text-sm font-medium text-ink hover:bg-raised"
        >
          {t('bracket.fit')}
        </button>
      </div>
      <p className="pointer-events-none absolute bottom-2 left-3 flex items-center gap-3 text-xs text-muted">
        <span className="inline-flex items-center gap-1">
          <span className="inline-block h-3 w-3 rounded-sm bg-accent-soft" aria-hidden="true" />{' '}
          {t('bracket.legendHome')}
        </span>
        <span>
          <span className="font-semibold tracking-wide">{t('bracket.bye')}</span> {t('bracket.legendBye')}
        </span>
        <span className={`hidden md:inline ${selectedTieId ? 'lg:hidden' : ''}`}>
          {t('bracket.legendZoom')}
        </span>
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
