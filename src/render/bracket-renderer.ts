// The bracket's SVG, owned by D3: keyed joins on tie ids so a filter change enters, updates and exits
// cards with short transitions (none under prefers-reduced-motion, none on the first drawing). React
// never writes these nodes. Text from data is only ever set with .text().
//
// Cost model: every tie is always in the DOM as a <g> and its frame; its text (15 elements) is drawn
// only while the card is on screen at a readable zoom (level of detail), so a 1,000-tie bracket costs
// what the visible part costs. The connectors between ties are one <path>. A selection or highlight change touches
// classes only; the cards are rebuilt only when the layout or the text changes.
/// <reference types="d3-transition" />
import { select, type Selection } from 'd3-selection';
import type { TeamId, TieId } from '../domain/types.ts';
import type { CardModel } from '../layout/card-model.ts';
import type {
  BracketLayout,
  BracketSizes,
  CardBox,
  ColumnHeading,
  Outlet,
} from '../layout/layout-bracket.ts';
import { cardHeight, slotCentre } from '../layout/layout-bracket.ts';
import type { ZoomState } from './pan-zoom.ts';
import { svgElement } from './svg.ts';

export interface OutletText {
  /** The team that goes out this way (its path reaches the outlet). */
  winner: TeamId | null;
  /** e.g. "Botafogo" under "Qualified"; or "To be decided" under "Winner plays in G1". */
  primary: string;
  caption: string;
  secondary: string | null;
}

export interface BracketModel {
  layout: BracketLayout;
  sizes: BracketSizes;
  /** What a card shows; called for the cards being drawn, not kept. */
  describe: (tieId: TieId) => CardModel | undefined;
  headings: ReadonlyMap<string, string>;
  outlets: ReadonlyMap<TieId, OutletText>;
  selectedTieId: TieId | null;
  /** Ties on the highlighted team's path; null when no team is highlighted. */
  highlighted: ReadonlySet<TieId> | null;
  highlightedTeam: TeamId | null;
  /** The tie that holds the bracket's single tab stop. */
  focusTieId: TieId | null;
  animate: boolean;
  /** Fixed words in the language of the page. */
  text: { legs: string; bye: string };
}

/** The part of the bracket on screen: the pan/zoom transform and the size of the frame. */
type Viewport = ZoomState;

export interface BracketHandlers {
  onSelect: (tieId: TieId) => void;
  onKey: (tieId: TieId, key: string) => void;
}

export interface BracketRenderer {
  /** Draws `model`; with `viewport`, as it will be shown there (the text only of the cards on screen). */
  update: (model: BracketModel, viewport?: Viewport) => void;
  /** null: draw every card in full (tests, print). */
  setViewport: (viewport: Viewport | null) => void;
  focusTie: (tieId: TieId) => void;
  destroy: () => void;
}

const DURATION = 220; // ms
const MAX_NAME = 20;
/** Below this zoom, text would be under ~5 px: cards are drawn as frames only. */
const DETAIL_SCALE = 0.4;
/**
 * The frames of a bracket up to this many ties always carry the whole tie's sentence (its name for
 * screen readers); a bigger one's get it when their text is drawn or they are focused.
 */
const ALWAYS_NAMED = 128;
const KEYS = ['Enter', ' ', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'];
const truncate = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

type G = Selection<SVGGElement, unknown, null, undefined>;
type CardSelection = Selection<SVGGElement, CardBox, SVGGElement, unknown>;

/** Creates the renderer inside `root` (an SVG <g> the caller owns and pans/zooms). */
export function createBracketRenderer(root: SVGGElement, handlers: BracketHandlers): BracketRenderer {
  const g: G = select(root);
  const layers = {
    headings: g.append('g').attr('class', 'headings'),
    connectors: g.append('path').attr('class', 'connector').attr('aria-hidden', 'true'),
    pathConnectors: g.append('path').attr('class', 'connector on-path').attr('aria-hidden', 'true'),
    byes: g.append('g').attr('class', 'byes').attr('aria-hidden', 'true'),
    outlets: g.append('g').attr('class', 'outlets'),
    ties: g.append('g').attr('class', 'ties'),
  };
  // One listener of each kind for all the cards: a card's data is its CardBox.
  const cardOf = (event: Event) =>
    (event.target as Element).closest<SVGGElement & { __data__?: CardBox }>('g.tie:not(.leaving)')?.__data__;
  layers.ties
    .on('click', (event: MouseEvent) => {
      const box = cardOf(event);
      if (box) handlers.onSelect(box.tieId);
    })
    .on('keydown', (event: KeyboardEvent) => {
      const box = cardOf(event);
      if (!box || !KEYS.includes(event.key)) return;
      event.preventDefault();
      handlers.onKey(box.tieId, event.key);
    });
  // (No focus listener: one would make the SVG element it is on focusable in Chromium.)
  /** A big bracket's card gets its full name when it becomes the tab stop (see drawStructure). */
  const nameInFull = (frame: Element | null, tieId: TieId) => {
    const label = describe(tieId)?.label;
    if (frame && label) frame.setAttribute('aria-label', label);
  };
  /** The one card frame with tabindex 0: the bracket's single tab stop. */
  let tabStop: SVGRectElement | null = null;
  const moveTabStop = (tieId: TieId | null) => {
    tabStop?.setAttribute('tabindex', '-1');
    tabStop = (tieId && byId.get(tieId)?.querySelector<SVGRectElement>('rect.card')) || null;
    tabStop?.setAttribute('tabindex', '0');
    if (tabStop && tieId) nameInFull(tabStop, tieId);
    return tabStop;
  };
  /** The model's describe, each card once per drawing of the structure. */
  let described = new Map<TieId, CardModel | undefined>();
  const describe = (tieId: TieId) => {
    if (!described.has(tieId)) described.set(tieId, model?.describe(tieId));
    return described.get(tieId);
  };
  let model: BracketModel | null = null;
  let viewport: Viewport | null = null;
  let template: { sizes: BracketSizes; node: SVGGElement } | null = null;
  let detailed = new Set<TieId>();
  /** Each drawn card's <g>, by tie. */
  let byId = new Map<TieId, SVGGElement>();
  let drawn = false;

  const cards = (): CardSelection => layers.ties.selectAll<SVGGElement, CardBox>('g.tie:not(.leaving)');

  /** Rebuilds the cards, connectors, headings and outlets (layout or text changed). */
  function drawStructure(next: BracketModel) {
    const { layout, sizes } = next;
    // d3-transition arrives with d3-zoom, just after the first drawing (see pan-zoom.ts).
    const animate = next.animate && drawn && typeof layers.ties.transition === 'function';
    drawn = true;
    const leave = <E extends Element, D>(s: Selection<E, D, SVGGElement, unknown>) =>
      animate
        ? s
            .classed('leaving', true)
            .style('pointer-events', 'none')
            .transition()
            .duration(DURATION)
            .attr('opacity', 0)
            .remove()
        : s.remove();

    layers.headings
      .selectAll<SVGTextElement, ColumnHeading>('text.heading')
      .data(layout.headings, (d) => d.key)
      .join('text')
      .attr('class', 'heading')
      .attr('x', (d) => d.x)
      .attr('y', sizes.top - 24)
      .text((d) => next.headings.get(d.stageId ?? '') ?? '');
    layers.headings
      .selectAll<SVGTextElement, ColumnHeading>('text.legs-heading')
      .data(
        layout.headings.filter((d) => d.stageId),
        (d) => d.key,
      )
      .join('text')
      .attr('class', 'legs-heading')
      .attr('x', (d) => d.x + sizes.cardWidth - 12)
      .attr('y', sizes.top - 8)
      .attr('text-anchor', 'end')
      .text(next.text.legs);

    layers.connectors.attr('d', layout.connectors.map((c) => c.path).join(''));

    layers.byes
      .selectAll<SVGTextElement, BracketLayout['byes'][number]>('text')
      .data(layout.byes, (d) => `${d.tieId}#${d.slot}`)
      .join('text')
      .attr('class', 'bye')
      .attr('x', (d) => d.x - 6)
      .attr('y', (d) => d.y + 3.5)
      .attr('text-anchor', 'end')
      .text(next.text.bye);

    drawOutlets(next, layers.outlets);

    const joined = cards()
      .data(layout.cards, (d) => d.tieId)
      .join(
        (enter) => {
          const card = enter
            .append('g')
            .attr('class', 'tie')
            .attr('transform', (d) => `translate(${d.x},${d.y})`);
          if (animate) card.attr('opacity', 0);
          // The card's frame is the button: it holds no text, so its name (the whole tie in one
          // sentence) never competes with the card's visible text. Every card has the layout's one size.
          card
            .append('rect')
            .attr('class', 'card')
            .attr('rx', 8)
            .attr('width', sizes.cardWidth)
            .attr('height', cardHeight(sizes))
            .attr('data-tie-id', (d) => d.tieId)
            .attr('role', 'button')
            .attr('tabindex', -1);
          return card;
        },
        (update) => update,
        (exit) => {
          exit.select('rect.card').attr('tabindex', null).attr('data-tie-id', null);
          return leave(exit);
        },
      );
    // Each card reads the whole tie. In a big bracket the full sentence is written when the card's
    // text is drawn (drawDetail) or it receives focus; until then it names the stage and tie.
    described = new Map();
    joined
      .select('rect.card')
      .attr('aria-label', (d) =>
        layout.cards.length > ALWAYS_NAMED
          ? `${next.headings.get(d.stageId) ?? ''} ${d.tieId}`
          : (describe(d.tieId)?.label ?? d.tieId),
      );
    if (animate) {
      joined
        .transition()
        .duration(DURATION)
        .attr('opacity', 1)
        .attr('transform', (d) => `translate(${d.x},${d.y})`);
    } else {
      joined.attr('opacity', null).attr('transform', (d) => `translate(${d.x},${d.y})`);
    }
    // Text is redrawn for the cards on screen.
    joined.select('g.detail').remove();
    detailed = new Set();
    byId = new Map(joined.nodes().map((node, i) => [layout.cards[i]!.tieId, node]));
  }

  /** Classes and the tab stop: what a selection, highlight or focus change touches. */
  function drawState(next: BracketModel, previous: BracketModel | null) {
    const all = cards();
    if (!previous || previous.highlighted !== next.highlighted || previous.layout !== next.layout) {
      const onPath = next.highlighted;
      all
        .classed('on-path', (d) => onPath?.has(d.tieId) ?? false)
        .classed('dimmed', (d) => (onPath ? !onPath.has(d.tieId) : false));
      layers.pathConnectors.attr(
        'd',
        onPath
          ? next.layout.connectors
              .filter((c) => onPath.has(c.from) && onPath.has(c.to))
              .map((c) => c.path)
              .join('')
          : '',
      );
      const reached = (tieId: TieId) =>
        next.highlightedTeam !== null && next.outlets.get(tieId)?.winner === next.highlightedTeam;
      layers.outlets
        .selectAll<SVGGElement, Outlet>('g.outlet')
        .classed('on-path', (d) => reached(d.tieId))
        .classed('dimmed', (d) => onPath !== null && !reached(d.tieId));
    }
    const changed = (id: TieId | null | undefined) =>
      layers.ties.selectAll<SVGGElement, CardBox>(() => {
        const node = id ? byId.get(id) : undefined;
        return node ? [node] : [];
      });
    if (!previous || previous.selectedTieId !== next.selectedTieId || previous.layout !== next.layout) {
      const unselect =
        previous?.layout === next.layout ? changed(previous.selectedTieId) : all.filter('.selected');
      unselect.classed('selected', false).select('rect.card').attr('aria-current', null);
      changed(next.selectedTieId).classed('selected', true).select('rect.card').attr('aria-current', 'true');
    }
    if (!previous || previous.focusTieId !== next.focusTieId || previous.layout !== next.layout) {
      moveTabStop(next.focusTieId);
    }
    if (!previous || previous.highlightedTeam !== next.highlightedTeam) {
      all.select('g.detail').remove();
      detailed = new Set();
    }
  }

  /** Draws the text of the cards on screen (all of them without a viewport) and drops it elsewhere. */
  function drawDetail() {
    if (!model) return;
    const current = model;
    const want = new Set<TieId>();
    const margin = 200; // px of screen around the frame, so a short pan shows no empty cards
    const shown = viewport ?? { x: 0, y: 0, k: 1, width: Infinity, height: Infinity }; // none: all
    const { x, y, k } = shown;
    for (const box of k < DETAIL_SCALE ? [] : current.layout.cards) {
      const left = box.x * k + x;
      const top = box.y * k + y;
      if (
        left < shown.width + margin &&
        left + box.width * k > -margin &&
        top < shown.height + margin &&
        top + box.height * k > -margin
      ) {
        want.add(box.tieId);
      }
    }
    // Only the cards that come into or leave the screen are touched, not every card per frame.
    for (const tieId of detailed) {
      if (!want.has(tieId)) byId.get(tieId)?.querySelector(':scope > g.detail')?.remove();
    }
    if (template?.sizes !== current.sizes) {
      template = { sizes: current.sizes, node: cardTemplate(current.sizes) };
    }
    for (const tieId of want) {
      const node = byId.get(tieId);
      const card = !detailed.has(tieId) && node && describe(tieId);
      if (card) drawCard(node, template.node, card, tieId, current.sizes, current.highlightedTeam);
    }
    detailed = want;
  }

  return {
    update: (next, at) => {
      const previous = model;
      model = next;
      if (at) viewport = at;
      const structural =
        !previous ||
        previous.layout !== next.layout ||
        previous.describe !== next.describe ||
        previous.headings !== next.headings ||
        previous.outlets !== next.outlets ||
        previous.text !== next.text;
      if (structural) drawStructure(next);
      drawState(next, structural ? null : previous);
      // A selection or focus change leaves the text as it is.
      if (structural || previous.highlightedTeam !== next.highlightedTeam) drawDetail();
    },
    setViewport: (next) => {
      const same = (a: Viewport | null, b: Viewport | null) =>
        a === b ||
        (!!a && !!b && (['x', 'y', 'k', 'width', 'height'] as const).every((key) => a[key] === b[key]));
      if (same(viewport, next)) return;
      viewport = next;
      drawDetail();
    },
    focusTie: (tieId) => moveTabStop(tieId)?.focus(),
    destroy: () => {
      const all = g.selectAll('*');
      if (typeof all.interrupt === 'function') all.interrupt(); // transitions exist once d3-transition is in
      all.remove();
    },
  };
}

/** The classes of a card row's texts, in the template's order. */
const ROW = ['country', 'name', 'goals', 'goals', 'aggregate'] as const;

const scoreColumns = (width: number) => [width - 76, width - 52, width - 16] as const;

/**
 * A card's text without the words: the tie code, then each row's country, name, two legs' goals and
 * aggregate. drawCard clones it (one native call for the 11 texts) and fills it in.
 */
function cardTemplate(sizes: BracketSizes): SVGGElement {
  const detail = svgElement('g', { class: 'detail' });
  svgElement('text', { class: 'code', x: 10, y: 14 }, detail);
  const [first, second, aggregate] = scoreColumns(sizes.cardWidth);
  for (const slot of [0, 1] as const) {
    const y = slotCentre(sizes, slot) + 4;
    svgElement('text', { class: 'country', x: 10, y }, detail);
    svgElement('text', { class: 'name', x: 44, y }, detail);
    svgElement('text', { class: 'goals', x: first, y, 'text-anchor': 'middle' }, detail);
    svgElement('text', { class: 'goals', x: second, y, 'text-anchor': 'middle' }, detail);
    svgElement('text', { class: 'aggregate', x: aggregate + 6, y, 'text-anchor': 'end' }, detail);
  }
  return detail;
}

/** The text of one card, in a <g class="detail"> that is dropped when the card leaves the screen. */
function drawCard(
  card: SVGGElement,
  template: SVGGElement,
  model: CardModel,
  tieId: TieId,
  sizes: BracketSizes,
  highlightedTeam: TeamId | null,
) {
  const detail = template.cloneNode(true) as SVGGElement;
  const texts = detail.children;
  texts[0]!.textContent = tieId;
  const cut: string[] = [];
  model.teams.forEach((team, slot) => {
    const row = `${team.winner ? ' winner' : ''}${team.id === highlightedTeam ? ' path-team' : ''}`;
    // Bold (winner) names are wider: they are cut two characters sooner to clear the first score.
    const max = team.winner ? MAX_NAME - 2 : MAX_NAME;
    if (team.label.length > max) cut.push(team.label);
    const values = [
      team.country,
      truncate(team.label, max),
      String(team.goals[0] ?? ''),
      String(team.goals[1] ?? ''),
      String(team.aggregate ?? ''),
    ];
    values.forEach((value, i) => {
      const text = texts[1 + slot * ROW.length + i]!;
      text.textContent = value;
      if (row) text.setAttribute('class', ROW[i] + row);
    });
  });

  // The home side of each leg: a soft square behind that team's goals, both legs in one path.
  const [first, second] = scoreColumns(sizes.cardWidth);
  const marks = model.teams.flatMap((team, slot) =>
    team.home.flatMap((home, leg) =>
      home ? [`M${(leg === 0 ? first : second) - 9},${slotCentre(sizes, slot as 0 | 1) - 9}h18v18h-18z`] : [],
    ),
  );
  if (marks.length) {
    texts[0]!.after(svgElement('path', { class: 'home-mark', d: marks.join('') }));
  }

  // The text lets clicks through to the frame (the button); a cut name is shown in full on hover.
  const frame = card.firstElementChild!;
  frame.querySelector('title')?.remove();
  if (cut.length) svgElement('title', {}, frame).textContent = cut.join(' · ');
  frame.setAttribute('aria-label', model.label);

  if (model.badge) {
    const width = model.badge.text.length * 5.6 + 12;
    const badge = svgElement('g', { class: `badge-${model.badge.kind}` }, detail);
    svgElement('rect', { rx: 7, height: 14, y: 3, x: sizes.cardWidth - 8 - width, width }, badge);
    svgElement('text', { y: 13.5, 'text-anchor': 'end', x: sizes.cardWidth - 14 }, badge).textContent =
      model.badge.text;
  }
  card.append(detail);
}

function drawOutlets(model: BracketModel, layer: Selection<SVGGElement, unknown, null, undefined>) {
  const { sizes } = model;
  const rows = layer
    .selectAll<SVGGElement, Outlet>('g.outlet')
    .data(model.layout.outlets, (d) => d.tieId)
    .join((enter) => {
      const outlet = enter.append('g').attr('class', 'outlet');
      outlet.append('path').attr('class', 'connector');
      outlet.append('text').attr('class', 'outlet-caption').attr('x', 16).attr('y', 14);
      outlet.append('text').attr('class', 'outlet-primary').attr('x', 16);
      outlet.append('text').attr('class', 'outlet-secondary').attr('x', 16);
      return outlet;
    })
    .attr('transform', (d) => `translate(${d.x},${d.y})`);
  const y0 = slotCentre(sizes, 0);
  rows.select('path').attr('d', `M${-sizes.columnGap / 2},${y0}H10`);
  rows.select('text.outlet-caption').text((d) => model.outlets.get(d.tieId)?.caption ?? '');
  rows
    .select('text.outlet-primary')
    .attr('y', y0 + 4)
    .text((d) => truncate(model.outlets.get(d.tieId)?.primary ?? '', 30));
  rows
    .select('text.outlet-secondary')
    .attr('y', slotCentre(sizes, 1) + 4)
    .text((d) => truncate(model.outlets.get(d.tieId)?.secondary ?? '', 44));
}
