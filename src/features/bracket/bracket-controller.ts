// The bracket as a plain object, outside React: an <svg> drawn by createBracketRenderer and panned by
// createPanZoom, following the store. It can be drawn before React has loaded (drawBracketEarly in
// ./early-bracket.ts) and is then handed to BracketView, which lays its frame and controls around it.
import { decideTie } from '../../domain/decide-tie.ts';
import type { Competition, TieId } from '../../domain/types.ts';
import { translator, type Translator } from '../../i18n/translate.ts';
import { DEFAULT_SIZES, type BracketLayout } from '../../layout/layout-bracket.ts';
import { navigate, type NavigationKey } from '../../layout/navigate.ts';
import { createBracketRenderer, type BracketModel, type OutletText } from '../../render/bracket-renderer.ts';
import { createPanZoom, type ZoomState } from '../../render/pan-zoom.ts';
import { svgElement } from '../../render/svg.ts';
import {
  selectBracketLayout,
  selectCardDescriber,
  selectCompetition,
  selectHighlightedTies,
  selectLabels,
  selectTieIndex,
  selectVisibleStages,
} from '../../store/selectors.ts';
import type { AppState, AppStore } from '../../store/store.ts';

export interface BracketController {
  /** Moves the drawing into `frame` (as its first child); the view refits if the user has not moved it. */
  attach: (frame: Element) => void;
  zoomBy: (factor: number) => void;
  fit: () => void;
  /** Calls `listener` with the zoom scale now and whenever it changes; returns the unsubscribe. */
  onScale: (listener: (k: number) => void) => () => void;
  /** While printing, every card is drawn in full (on screen, only those in view carry text). */
  setPrinting: (printing: boolean) => void;
  destroy: () => void;
}

/**
 * A bracket opens fitted to its frame, but not below this zoom, where names would be too small to
 * read: a bigger one opens on its top-left corner ("Fit to screen" shows it whole).
 */
const START_SCALE = 0.5;
/** Width of the tie panel over the bracket on wide screens, with its gap (App's lg:w-[360px] + 16). */
const PANEL_WIDTH = 376;

const prefersReducedMotion = () =>
  typeof matchMedia !== 'function' || matchMedia('(prefers-reduced-motion: reduce)').matches;

function outletTexts(competition: Competition, layout: BracketLayout, t: Translator): Map<TieId, OutletText> {
  // Only the outlets' ties are decided: every outcome of a 1,000-tie bracket would be kept in memory.
  const ties = selectTieIndex(competition);
  const labels = selectLabels(competition);
  const exits = new Map(competition.exits.map((exit) => [exit.id, exit]));
  const texts = new Map<TieId, OutletText>();
  for (const outlet of layout.outlets) {
    const tie = ties.get(outlet.tieId)?.tie;
    const outcome = tie && decideTie(tie, competition.rules);
    const decided = outcome?.status === 'decided' ? outcome : null;
    const winner = decided && (labels.get(decided.winner) ?? decided.winner);
    const loser = decided && (labels.get(decided.loser) ?? decided.loser);
    const to = outlet.winnerTo;
    const loserExit = 'exit' in outlet.loserTo ? exits.get(outlet.loserTo.exit) : undefined;
    texts.set(outlet.tieId, {
      caption:
        'exit' in to
          ? exits.get(to.exit)?.kind === 'advance'
            ? t('bracket.qualified')
            : (exits.get(to.exit)?.name ?? to.exit)
          : t('bracket.winnerPlaysIn', { tie: to.tie }),
      winner: decided?.winner ?? null,
      primary: winner ?? t('bracket.undecided'),
      secondary: loser && loserExit?.kind === 'transfer' ? `${loser} → ${loserExit.name}` : null,
    });
  }
  return texts;
}

function stageHeadings(competition: Competition, t: Translator): Map<string, string> {
  const names = new Map(competition.stages.map((stage) => [stage.id, stage.name]));
  const advance = competition.exits.find((exit) => exit.kind === 'advance');
  names.set('', advance ? advance.name : t('bracket.next'));
  return names;
}

/** Values derived from the state that the renderer compares by identity: rebuilt only when their inputs change. */
function createTextCache() {
  let key: { competition: Competition; t: Translator; layout: BracketLayout } | null = null;
  let value: Pick<BracketModel, 'headings' | 'outlets' | 'text'>;
  return (competition: Competition, t: Translator, layout: BracketLayout) => {
    if (!key || key.competition !== competition || key.t !== t || key.layout !== layout) {
      const text = key?.t === t ? value.text : { legs: t('bracket.legs'), bye: t('bracket.bye') };
      const headings =
        key?.competition === competition && key.t === t ? value.headings : stageHeadings(competition, t);
      value = { text, headings, outlets: outletTexts(competition, layout, t) };
      key = { competition, t, layout };
    }
    return value;
  };
}

let bracketRenderedMarked = false;

/** Draws the store's competition into a new <svg> in `frame`, and keeps it in step until destroyed. */
export function createBracketController(store: AppStore, frame: Element): BracketController {
  const svg = svgElement('svg', {
    class: 'bracket block h-full w-full touch-none select-none',
    role: 'group',
  });
  const viewport = svgElement('g', {}, svg);
  frame.prepend(svg);

  const texts = createTextCache();
  const scaleListeners = new Set<(k: number) => void>();
  let scale = 1;
  let focusTieId: TieId | null = null;
  let layout: BracketLayout | null = null;
  let shownTieId: TieId | null = null;
  /** What the last drawing was made from. */
  let drawn: readonly unknown[] = [];

  const renderer = createBracketRenderer(viewport, {
    onSelect: (tieId) => {
      focusTieId = tieId;
      store.getState().selectTie(tieId); // the store's update redraws
    },
    onKey: (tieId, key) => {
      if (key === 'Enter' || key === ' ') {
        store.getState().selectTie(tieId);
        return;
      }
      if (!layout) return;
      const next = navigate(layout, tieId, key as NavigationKey);
      focusTieId = next;
      renderer.focusTie(next);
      const box = layout.cards.find((c) => c.tieId === next);
      if (box) panZoom.reveal(box, !prefersReducedMotion());
    },
  });

  // Zoom and pan redraw the cards' text for what is on screen, once per frame.
  let frameRequest = 0;
  let revealRequest = 0;
  /** While printing every card stays drawn in full, whatever the print layout does to the frame. */
  let printing = false;
  let latest: ZoomState | null = null;
  const panZoom = createPanZoom(svg, viewport, (state) => {
    latest = state;
    if (frameRequest) return;
    frameRequest = requestAnimationFrame(() => {
      frameRequest = 0;
      if (!latest) return;
      if (latest.k !== scale) {
        scale = latest.k;
        scaleListeners.forEach((listener) => listener(scale));
      }
      if (!printing) renderer.setViewport(latest);
    });
  });
  const fitLayout = (animate: boolean, minScale?: number) =>
    layout && panZoom.fit({ x: 0, y: 0, width: layout.width, height: layout.height }, animate, minScale);

  function draw(state: AppState) {
    const competition = selectCompetition(state);
    if (!competition) return;
    const stages = selectVisibleStages(state);
    const inputs = [competition, stages, state.lang, state.tieId, state.teamId, focusTieId];
    if (inputs.every((input, i) => input === drawn[i])) return;
    drawn = inputs;
    const next = selectBracketLayout(competition, stages);
    const layoutChanged = next !== layout;
    layout = next;
    const t = translator(state.lang);
    const selectedTieId = state.tieId;
    const tabStop =
      focusTieId && next.cards.some((c) => c.tieId === focusTieId)
        ? focusTieId
        : (selectedTieId ?? next.cards[0]?.tieId ?? null);
    // A new layout is fitted first, so that only the text of the cards on screen is drawn.
    const fitted = layoutChanged ? fitLayout(false, START_SCALE) : null;
    renderer.update(
      {
        layout: next,
        sizes: DEFAULT_SIZES,
        describe: selectCardDescriber(competition, state.lang),
        ...texts(competition, t, next),
        selectedTieId,
        highlighted: selectHighlightedTies(state),
        highlightedTeam: state.teamId,
        focusTieId: tabStop,
        animate: !prefersReducedMotion(),
      },
      fitted ?? undefined,
    );
    svg.setAttribute(
      'aria-label',
      t('bracket.description', { competition: competition.name, count: String(next.cards.length) }),
    );
    // A tie selected elsewhere (the panel's links, the list) is brought into view; on wide screens
    // clear of the tie panel that lies over the bracket's right side (see App).
    if (selectedTieId !== shownTieId || layoutChanged) {
      shownTieId = selectedTieId;
      const box = selectedTieId ? next.cards.find((c) => c.tieId === selectedTieId) : undefined;
      const covered =
        typeof matchMedia === 'function' && matchMedia('(min-width: 1024px)').matches ? PANEL_WIDTH : 0;
      // A frame later: the frame that answers a click shows the selection and the panel, not a pan.
      if (box) {
        cancelAnimationFrame(revealRequest);
        revealRequest = requestAnimationFrame(() => panZoom.reveal(box, !prefersReducedMotion(), covered));
      }
    }
    // Bench contract (shared/bench/README.md): mark the first frame that shows cards, once per page.
    if (next.cards.length > 0 && !bracketRenderedMarked) {
      bracketRenderedMarked = true;
      requestAnimationFrame(() => setTimeout(() => performance.mark('bracket-rendered')));
    }
  }

  const unsubscribe = store.subscribe(draw);
  draw(store.getState());

  return {
    attach: (next) => next.prepend(svg),
    zoomBy: (factor) => panZoom.zoomBy(factor, !prefersReducedMotion()),
    fit: () => fitLayout(!prefersReducedMotion()),
    onScale: (listener) => {
      scaleListeners.add(listener);
      listener(scale);
      return () => scaleListeners.delete(listener);
    },
    setPrinting: (on) => {
      printing = on;
      renderer.setViewport(on ? null : latest);
    },
    destroy: () => {
      unsubscribe();
      cancelAnimationFrame(frameRequest);
      cancelAnimationFrame(revealRequest);
      renderer.destroy();
      panZoom.destroy();
      svg.remove();
    },
  };
}
