// The bracket following the store, outside React: a BracketHandle (../../bracket/bracket.ts) given the
// model of what the store shows. BracketView lays its frame and controls around it; the build draws
// it too, into each prerendered page (scripts/prerender/).
import { createBracket, type BracketHandle } from '../../bracket/bracket.ts';
import type { TieId } from '../../domain/types.ts';
import { DEFAULT_SIZES } from '../../layout/layout-bracket.ts';
import { bracketLayout, bracketWords, hypotheticalTies, tieStates, tieViews } from '../../store/derived.ts';
import { selectCompetition, selectHighlightedTies, selectVisibleStages } from '../../store/selectors.ts';
import type { AppState, AppStore } from '../../store/store.ts';

/** Width of the tie panel over the bracket on wide screens (Tailwind's lg, 64rem), with its gap (App's lg:w-[360px] + 16). */
const PANEL_WIDTH = 376;

const prefersReducedMotion = () =>
  typeof matchMedia !== 'function' || matchMedia('(prefers-reduced-motion: reduce)').matches;

let bracketRenderedMarked = false;

/**
 * Draws the store's competition into `frame` (taking over the <svg> a prerendered page has there, or a
 * new one), and keeps it in step until destroyed.
 */
export function createBracketController(store: AppStore, frame: Element): BracketHandle {
  let focusTieId: TieId | null = null;
  let shownTieId: TieId | null = null;
  let revealRequest = 0;
  /** What the last drawing was made from. */
  let drawn: readonly unknown[] = [];

  const bracket = createBracket(frame, {
    onSelect: (tieId) => {
      focusTieId = tieId;
      store.getState().selectTie(tieId); // the store's update redraws
    },
    onFocus: (tieId) => (focusTieId = tieId),
  });

  function draw(state: AppState) {
    const competition = selectCompetition(state);
    if (!competition) return;
    const stages = selectVisibleStages(state);
    const inputs = [competition, stages, state.lang, state.tieId, state.teamId, focusTieId];
    if (inputs.every((input, i) => input === drawn[i])) return;
    const layoutChanged = drawn[0] !== competition || drawn[1] !== stages;
    drawn = inputs;
    const layout = bracketLayout(competition, stages);
    const selectedTieId = state.tieId;
    const tabStop =
      focusTieId && layout.cards.some((c) => c.tieId === focusTieId)
        ? focusTieId
        : (selectedTieId ?? layout.cards[0]?.tieId ?? null);
    bracket.update({
      layout,
      sizes: DEFAULT_SIZES,
      view: tieViews(competition, state.lang),
      words: bracketWords(competition, state.lang),
      states: tieStates(competition),
      hypothetical: hypotheticalTies(competition),
      selectedTieId,
      highlighted: selectHighlightedTies(state),
      highlightedTeam: state.teamId,
      focusTieId: tabStop,
      animate: !prefersReducedMotion(),
    });
    // A tie selected elsewhere (the panel's links, the list) is brought into view; on wide screens
    // clear of the tie panel that lies over the bracket's right side (see App).
    if (selectedTieId !== shownTieId || layoutChanged) {
      shownTieId = selectedTieId;
      const covered =
        typeof matchMedia === 'function' && matchMedia('(width >= 64rem)').matches ? PANEL_WIDTH : 0;
      // A frame later: the frame that answers a click shows the selection and the panel, not a pan.
      if (selectedTieId) {
        cancelAnimationFrame(revealRequest);
        revealRequest = requestAnimationFrame(() => bracket.revealTie(selectedTieId, covered));
      }
    }
    // Bench contract (shared/bench/README.md): mark the first frame that shows cards, once per page.
    if (layout.cards.length > 0 && !bracketRenderedMarked) {
      bracketRenderedMarked = true;
      requestAnimationFrame(() => setTimeout(() => performance.mark('bracket-rendered')));
    }
  }

  const unsubscribe = store.subscribe(draw);
  draw(store.getState());

  return {
    ...bracket,
    destroy: () => {
      unsubscribe();
      cancelAnimationFrame(revealRequest);
      bracket.destroy();
    },
  };
}
