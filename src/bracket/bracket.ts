// The bracket as one unit, framework-free: an <svg> drawn with D3 and panned with d3-zoom, behind one
// handle (update, focus a tie, fit, zoom, print-fit, serialize). It knows nothing of the store or of
// React: it draws the model it is given and reports clicks and focus.
//
// Cost model: every tie is always in the DOM as a <g> and its frame; its text (15 elements) is drawn
// only while the card is on screen at a readable zoom (level of detail, layout/cull.ts), so a
// 1,000-tie bracket costs what the visible part costs. The connectors between ties are one <path>.
// A selection or highlight change touches classes only; the cards are rebuilt only when the layout or
// the words change.
import type { Selection } from 'd3-selection';
import type { TieState } from '../domain/as-of.ts';
import type { TeamId, TieId } from '../domain/types.ts';
import { cardGeometry, type CardGeometry } from '../layout/card-geometry.ts';
import { cardsInView, DETAIL_SCALE, type Viewport } from '../layout/cull.ts';
import type { BracketLayout, BracketSizes } from '../layout/layout-bracket.ts';
import { navigate, type NavigationKey } from '../layout/navigate.ts';
import type { BracketWords } from '../present/bracket-words.ts';
import type { TieView } from '../present/tie-view.ts';
import { cardTemplate, drawCardText } from './card-text.ts';
import { createPanZoom, fitTransform, type Transform } from './pan-zoom.ts';
import { serializeBracket, type SerializedSvg } from './serialize.ts';
import {
  adoptLayers,
  bindStructure,
  cardsOf,
  clearLayers,
  createLayers,
  drawHighlight,
  drawStructure,
} from './structure.ts';
import { svgElement } from './svg.ts';

export interface BracketModel {
  layout: BracketLayout;
  sizes: BracketSizes;
  /** What is said about a tie; asked for the cards being drawn. */
  view: (tieId: TieId) => TieView | undefined;
  words: BracketWords;
  /** Every tie's state, written on its card as data-tie-state. */
  states: ReadonlyMap<TieId, TieState>;
  /** Ties a what-if decided or filled: drawn apart from real results. */
  hypothetical: ReadonlySet<TieId>;
  selectedTieId: TieId | null;
  /** Ties on the highlighted team's path; null when no team is highlighted. */
  highlighted: ReadonlySet<TieId> | null;
  highlightedTeam: TeamId | null;
  /** The tie that holds the bracket's single tab stop. */
  focusTieId: TieId | null;
  animate: boolean;
}

export interface BracketHandlers {
  /** A click, Enter or Space on a tie. */
  onSelect: (tieId: TieId) => void;
  /** The arrow keys moved focus to a tie. */
  onFocus: (tieId: TieId) => void;
}

export interface BracketHandle {
  update: (model: BracketModel) => void;
  /** Moves focus to a tie's card (and its tab stop), bringing it into view. */
  focusTie: (tieId: TieId) => void;
  /** Pans just enough to show the tie; `coveredRight` px of the frame are hidden by a panel. */
  revealTie: (tieId: TieId, coveredRight?: number) => void;
  fit: () => void;
  zoomBy: (factor: number) => void;
  /** Calls `listener` with the zoom scale now and whenever it changes; returns the unsubscribe. */
  onScale: (listener: (k: number) => void) => () => void;
  /** Shows the whole bracket, every card in full, sized to the page; returns the undo. */
  printFit: () => () => void;
  /** What is on screen as a standalone SVG document in the page's theme, with a caption. */
  serialize: (caption: string) => SerializedSvg;
  /**
   * The drawing as markup for a page's HTML before any script: every card in full, at rest (no
   * selection), sized by its viewBox. createBracket takes it over.
   */
  staticMarkup: () => string;
  destroy: () => void;
}

/**
 * A bracket opens fitted to its frame, but not below this zoom, where names would be too small to
 * read: a bigger one opens on its top-left corner ("Fit to screen" shows it whole).
 */
const START_SCALE = 0.5;
const PRINT_PAD = 8;
export const PRINT_FIT_ATTRIBUTE = 'data-print-fit';
const KEYS = ['Enter', ' ', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'];

const prefersReducedMotion = () =>
  typeof matchMedia !== 'function' || matchMedia('(prefers-reduced-motion: reduce)').matches;

/** The client's class of the bracket's <svg>: it fills its frame, panned and zoomed by script. */
const SVG_CLASS = 'bracket absolute inset-0 block h-full w-full touch-none select-none';
/** Marks the drawing in a prerendered page's HTML, which createBracket takes over. */
const STATIC_ATTRIBUTE = 'data-static-bracket';
/**
 * Before any script, CSS fits the drawing to its frame by its viewBox (never above 1:1, centred, in
 * a frame whose padding keeps it clear of the controls). A bracket that would be under START_SCALE
 * even in a 1280 × 800 frame (LARGE_FRAME) is drawn at START_SCALE from its top-left corner instead.
 */
const STATIC_CLASS = {
  fitted: 'bracket m-auto block h-auto max-h-full w-auto max-w-full min-h-0 min-w-0 select-none',
  large: 'bracket m-auto block shrink-0 select-none',
};
const LARGE_FRAME = { width: 1280, height: 800 };
/**
 * The drawing's size attributes: its own, and the smallest CSS may fit it to, START_SCALE's (styles.css
 * reads them), so that a narrow frame shows what the app would open it at and the app keeps it.
 */
const STATIC_SIZE_ATTRIBUTES = ['viewBox', 'width', 'height', 'data-min-width', 'data-min-height'] as const;

/**
 * Draws a bracket into `frame`: into a new <svg>, its first child, or into the drawing a prerendered
 * page already shows there (staticMarkup's), which the first update keeps as it is when it is of the
 * same ties: nothing is drawn again and nothing moves.
 */
export function createBracket(frame: Element, handlers: BracketHandlers): BracketHandle {
  const found = frame.querySelector<SVGSVGElement>(`:scope > svg[${STATIC_ATTRIBUTE}]`);
  const foundLayers = found?.firstElementChild ? adoptLayers(found.firstElementChild as SVGGElement) : null;
  if (found && !foundLayers) found.remove();
  /** Where CSS placed the prerendered drawing (the view the first update keeps), and in what frame. */
  let kept = found && foundLayers ? shownTransform(found, frame) : null;
  const svg = (foundLayers && found) || svgElement('svg', {});
  for (const name of [STATIC_ATTRIBUTE, ...STATIC_SIZE_ATTRIBUTES]) svg.removeAttribute(name);
  svg.setAttribute('class', SVG_CLASS);
  svg.setAttribute('role', 'group');
  const root = foundLayers ? (svg.firstElementChild as SVGGElement) : svgElement('g', {}, svg);
  if (!foundLayers) frame.prepend(svg);
  const layers = foundLayers ?? createLayers(root);

  let model: BracketModel | null = null;
  let viewport: Viewport | null = null;
  /** While printing every card stays drawn in full, whatever the print layout does to the frame. */
  let printing = false;
  let geometry: { sizes: BracketSizes; value: CardGeometry; template: SVGGElement } | null = null;
  let detailed = new Set<TieId>();
  /** Each drawn card's <g>, by tie. */
  let byId = new Map<TieId, SVGGElement>();
  let tabStop: SVGRectElement | null = null;
  let drawn = false;
  let scale = 1;
  const scaleListeners = new Set<(k: number) => void>();
  const motion = () => !prefersReducedMotion();

  const tieOf = (event: Event) =>
    (event.target as Element)
      .closest('g.tie:not(.leaving)')
      ?.firstElementChild?.getAttribute('data-tie-id') ?? null;
  layers.ties
    .on('click', (event: MouseEvent) => {
      const tieId = tieOf(event);
      if (tieId) handlers.onSelect(tieId);
    })
    .on('keydown', (event: KeyboardEvent) => {
      const tieId = tieOf(event);
      if (!tieId || !KEYS.includes(event.key) || !model) return;
      event.preventDefault();
      if (event.key === 'Enter' || event.key === ' ') return handlers.onSelect(tieId);
      const next = navigate(model.layout, tieId, event.key as NavigationKey);
      handlers.onFocus(next);
      handle.focusTie(next);
    });
  // (No focus listener: one would make the SVG element it is on focusable in Chromium.)

  /** The one card frame with tabindex 0: the bracket's single tab stop, named in full. */
  const moveTabStop = (tieId: TieId | null) => {
    tabStop?.setAttribute('tabindex', '-1');
    tabStop = (tieId && byId.get(tieId)?.querySelector<SVGRectElement>('rect.card')) || null;
    tabStop?.setAttribute('tabindex', '0');
    const label = tieId && model?.view(tieId)?.label;
    if (tabStop && label) tabStop.setAttribute('aria-label', label);
    return tabStop;
  };

  /** Draws the text of the cards on screen (all of them while printing) and drops it elsewhere. */
  function drawDetail() {
    if (!model) return;
    const current = model;
    const want = new Set(cardsInView(current.layout.cards, printing ? null : viewport));
    // Only the cards that come into or leave the screen are touched, not every card per frame.
    for (const tieId of detailed) {
      if (!want.has(tieId)) byId.get(tieId)?.querySelector(':scope > g.detail')?.remove();
    }
    if (geometry?.sizes !== current.sizes) {
      const value = cardGeometry(current.sizes);
      geometry = { sizes: current.sizes, value, template: cardTemplate(value) };
    }
    for (const tieId of want) {
      const node = byId.get(tieId);
      const view = !detailed.has(tieId) && node && current.view(tieId);
      if (view) drawCardText(node, geometry.template, geometry.value, view, tieId, current.highlightedTeam);
    }
    detailed = want;
  }

  // Zoom and pan redraw the cards' text for what is on screen, once per frame.
  let frameRequest = 0;
  let latest: Viewport | null = null;
  const panZoom = createPanZoom(svg, root, kept?.frame, (state) => {
    latest = state;
    if (frameRequest) return;
    frameRequest = requestAnimationFrame(() => {
      frameRequest = 0;
      if (!latest) return;
      if (latest.k !== scale) {
        scale = latest.k;
        scaleListeners.forEach((listener) => listener(scale));
      }
      setViewport(latest);
    });
  });
  const setViewport = (next: Viewport) => {
    const same =
      viewport && (['x', 'y', 'k', 'width', 'height'] as const).every((key) => viewport![key] === next[key]);
    if (same) return;
    viewport = next;
    drawDetail();
  };
  const box = (tieId: TieId) => model?.layout.cards.find((c) => c.tieId === tieId);
  const whole = (layout: BracketLayout) => ({ x: 0, y: 0, width: layout.width, height: layout.height });

  const handle: BracketHandle = {
    update: (next) => {
      const previous = model;
      model = next;
      const structural =
        !previous ||
        previous.layout !== next.layout ||
        previous.view !== next.view ||
        previous.words !== next.words;
      // A new layout is fitted first, so that only the text of the cards on screen is drawn.
      const adopted = !previous && foundLayers ? bindStructure(layers, next) : null;
      // A drawing CSS shrank below a readable zoom (a narrow frame) opens as a drawn one would.
      if (adopted && kept && kept.transform.k >= DETAIL_SCALE)
        viewport = panZoom.keep(kept.transform, whole(next.layout), START_SCALE);
      else if (previous?.layout !== next.layout)
        viewport = panZoom.fit(whole(next.layout), false, START_SCALE);
      kept = null;
      if (adopted) {
        drawn = true;
        byId = adopted;
        detailed = new Set(
          [...adopted].filter(([, node]) => node.querySelector(':scope > g.detail')).map(([id]) => id),
        );
        tabStop = null;
      } else if (structural) {
        if (!previous && foundLayers) clearLayers(layers); // a prerendered drawing of other ties
        // d3-transition comes with d3-zoom (see pan-zoom.ts): a change asked to animate before it is
        // in is drawn at once, and asks for it.
        const animate = next.animate && drawn && typeof layers.ties.transition === 'function';
        if (next.animate && drawn && !animate) panZoom.load();
        drawn = true;
        byId = drawStructure(layers, next, animate);
        detailed = new Set();
        tabStop = null;
      }
      if (structural || previous.highlighted !== next.highlighted) drawHighlight(layers, next);
      if (structural || previous.selectedTieId !== next.selectedTieId) {
        const unselect: Selection<SVGGElement, unknown, SVGGElement, unknown> = structural
          ? (cardsOf(layers).filter('.selected') as Selection<SVGGElement, unknown, SVGGElement, unknown>)
          : select1(previous.selectedTieId);
        unselect.classed('selected', false).select('rect.card').attr('aria-current', null);
        select1(next.selectedTieId)
          .classed('selected', true)
          .select('rect.card')
          .attr('aria-current', 'true');
      }
      if (structural || previous.focusTieId !== next.focusTieId) moveTabStop(next.focusTieId);
      if (!structural && previous.highlightedTeam !== next.highlightedTeam) {
        cardsOf(layers).select('g.detail').remove();
        detailed = new Set();
      }
      // A selection or focus change leaves the text as it is.
      if (structural || previous.highlightedTeam !== next.highlightedTeam) drawDetail();
      svg.setAttribute('aria-label', next.words.description(next.layout.cards.length));
    },
    focusTie: (tieId) => {
      moveTabStop(tieId)?.focus();
      const at = box(tieId);
      if (at) panZoom.reveal(at, motion());
    },
    revealTie: (tieId, coveredRight = 0) => {
      const at = box(tieId);
      if (at) panZoom.reveal(at, motion(), coveredRight);
    },
    fit: () => {
      if (model) panZoom.fit(whole(model.layout), motion());
    },
    zoomBy: (factor) => panZoom.zoomBy(factor, motion()),
    onScale: (listener) => {
      scaleListeners.add(listener);
      listener(scale);
      return () => scaleListeners.delete(listener);
    },
    printFit: () => {
      if (!model || printing) return () => {};
      printing = true;
      drawDetail();
      const { width, height } = model.layout;
      svg.setAttribute(
        'viewBox',
        `${-PRINT_PAD} ${-PRINT_PAD} ${Math.round(width + 2 * PRINT_PAD)} ${Math.round(height + 2 * PRINT_PAD)}`,
      );
      svg.setAttribute(PRINT_FIT_ATTRIBUTE, '');
      return () => {
        svg.removeAttribute('viewBox');
        svg.removeAttribute(PRINT_FIT_ATTRIBUTE);
        printing = false;
        drawDetail();
      };
    },
    serialize: (caption) =>
      serializeBracket(svg, { caption, theme: svg.closest('.dark') ? 'dark' : 'light' }),
    staticMarkup: () => {
      if (!model) return '';
      const undo = handle.printFit();
      const copy = svg.cloneNode(true) as SVGSVGElement;
      undo();
      const { width, height } = model.layout;
      const large = fitTransform(whole(model.layout), LARGE_FRAME).k < START_SCALE;
      const scale = large ? START_SCALE : 1;
      copy.removeAttribute(PRINT_FIT_ATTRIBUTE);
      copy.setAttribute(STATIC_ATTRIBUTE, '');
      copy.setAttribute('class', large ? STATIC_CLASS.large : STATIC_CLASS.fitted);
      copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
      copy.setAttribute('width', String(width * scale));
      copy.setAttribute('height', String(height * scale));
      copy.setAttribute('data-min-width', String(width * START_SCALE));
      copy.setAttribute('data-min-height', String(height * START_SCALE));
      copy.firstElementChild?.removeAttribute('transform');
      return new XMLSerializer().serializeToString(copy);
    },
    destroy: () => {
      cancelAnimationFrame(frameRequest);
      const all = layers.ties.selectAll('*');
      if (typeof all.interrupt === 'function') all.interrupt(); // transitions exist once d3-transition is in
      panZoom.destroy();
      svg.remove();
    },
  };

  /** The card of one tie, as a selection (empty when it is not drawn). */
  function select1(tieId: TieId | null | undefined) {
    return layers.ties.selectAll<SVGGElement, unknown>(() => {
      const node = tieId ? byId.get(tieId) : undefined;
      return node ? [node] : [];
    });
  }
  return handle;
}

/** Where CSS placed a prerendered drawing in its frame; null where nothing is laid out (jsdom). */
function shownTransform(
  svg: SVGSVGElement,
  frame: Element,
): { transform: Transform; frame: { width: number; height: number } } | null {
  const width = Number(svg.getAttribute('viewBox')?.split(' ')[2]);
  const box = svg.getBoundingClientRect();
  const at = frame.getBoundingClientRect();
  if (!width || !box.width) return null;
  return {
    transform: { k: box.width / width, x: box.left - at.left, y: box.top - at.top },
    // The size the drawing has once it fills the frame (SVG_CLASS), read here in the same layout.
    frame: { width: at.width, height: at.height },
  };
}
