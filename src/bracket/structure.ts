// The bracket's SVG structure, owned by D3: headings, connectors, bye marks, outlets and a frame per tie,
// joined on tie ids so a filter change enters, updates and exits cards with short transitions (none
// under prefers-reduced-motion, none on the first drawing); and the classes a selection, highlight or
// focus change touches. Text from data is only ever set with .text().
/// <reference types="d3-transition" />
import { select, type Selection } from 'd3-selection';
import type { TieId } from '../domain/types.ts';
import {
  cardHeight,
  type BracketLayout,
  type CardBox,
  type ColumnHeading,
} from '../layout/layout-bracket.ts';
import type { BracketModel } from './bracket.ts';
import { drawOutlets } from './outlets.ts';

const DURATION = 220; // ms
/**
 * The frames of a bracket up to this many ties always carry the whole tie's sentence (its name for
 * screen readers); a bigger one's get it when their text is drawn or they are focused.
 */
export const ALWAYS_NAMED = 128;

type G = Selection<SVGGElement, unknown, null, undefined>;
export type CardSelection = Selection<SVGGElement, CardBox, SVGGElement, unknown>;

export interface Layers {
  headings: G;
  connectors: Selection<SVGPathElement, unknown, null, undefined>;
  pathConnectors: Selection<SVGPathElement, unknown, null, undefined>;
  byes: G;
  outlets: G;
  ties: G;
}

export function createLayers(root: SVGGElement): Layers {
  const g = select(root);
  return {
    headings: g.append('g').attr('class', 'headings'),
    connectors: g.append('path').attr('class', 'connector').attr('aria-hidden', 'true'),
    pathConnectors: g.append('path').attr('class', 'connector on-path').attr('aria-hidden', 'true'),
    byes: g.append('g').attr('class', 'byes').attr('aria-hidden', 'true'),
    outlets: g.append('g').attr('class', 'outlets'),
    ties: g.append('g').attr('class', 'ties'),
  };
}

/** The layers of a drawing made earlier by createLayers (a prerendered page's), or null if it is not one. */
export function adoptLayers(root: SVGGElement): Layers | null {
  const one = <E extends Element>(selector: string) => {
    const node = root.querySelector<E>(`:scope > ${selector}`);
    return node ? select(node) : null;
  };
  const headings = one<SVGGElement>('g.headings');
  const connectors = one<SVGPathElement>('path.connector:not(.on-path)');
  const pathConnectors = one<SVGPathElement>('path.connector.on-path');
  const byes = one<SVGGElement>('g.byes');
  const outlets = one<SVGGElement>('g.outlets');
  const ties = one<SVGGElement>('g.ties');
  if (!headings || !connectors || !pathConnectors || !byes || !outlets || !ties) return null;
  return { headings, connectors, pathConnectors, byes, outlets, ties };
}

/**
 * Gives a drawing made earlier from this same model (a prerendered page's) the data D3's joins key
 * on, element by element in drawing order, so that later updates join on it as on their own; returns
 * each card's <g> by tie, or null when the drawing is of other ties.
 */
export function bindStructure(layers: Layers, next: BracketModel): Map<TieId, SVGGElement> | null {
  const { layout } = next;
  const cards = layers.ties.selectAll<SVGGElement, unknown>('g.tie').nodes();
  const same =
    cards.length === layout.cards.length &&
    cards.every((node, i) => node.firstElementChild?.getAttribute('data-tie-id') === layout.cards[i]!.tieId);
  if (!same) return null;
  const bind = <D>(layer: G, selector: string, data: readonly D[]) =>
    layer.selectAll<Element, D>(selector).data(data);
  bind(layers.headings, 'text.heading', layout.headings);
  bind(
    layers.headings,
    'text.legs-heading',
    layout.headings.filter((d) => d.stageId),
  );
  bind(layers.byes, 'text', layout.byes);
  bind(layers.outlets, 'g.outlet', layout.outlets);
  cardsOf(layers).data(layout.cards);
  return new Map(cards.map((node, i) => [layout.cards[i]!.tieId, node]));
}

/** Empties the layers of a drawing whose elements carry no data (a prerendered one of other ties). */
export function clearLayers(layers: Layers): void {
  for (const layer of [layers.headings, layers.byes, layers.outlets, layers.ties])
    layer.selectChildren().remove();
  layers.connectors.attr('d', null);
  layers.pathConnectors.attr('d', null);
}

export const cardsOf = (layers: Layers): CardSelection =>
  layers.ties.selectAll<SVGGElement, CardBox>('g.tie:not(.leaving)');

/** Rebuilds headings, connectors, byes, outlets and the card frames; returns each card's <g> by tie. */
export function drawStructure(layers: Layers, next: BracketModel, animate: boolean): Map<TieId, SVGGElement> {
  const { layout, sizes, words } = next;
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
    .text((d) => (d.stageId ? words.headings.get(d.stageId) : d.after && words.outlets.get(d.after)) ?? '');
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
    .text((d) => words.legs.get(d.stageId ?? '') ?? '');

  layers.connectors.attr('d', layout.connectors.map((c) => c.path).join(''));

  layers.byes
    .selectAll<SVGTextElement, BracketLayout['byes'][number]>('text')
    .data(layout.byes, (d) => `${d.tieId}#${d.slot}`)
    .join('text')
    .attr('class', 'bye')
    .attr('x', (d) => d.x - 6)
    .attr('y', (d) => d.y + 3.5)
    .attr('text-anchor', 'end')
    .text(words.bye);

  drawOutlets(layers.outlets, layout.outlets, sizes, (tieId) => next.view(tieId)?.outlet);

  const joined = cardsOf(layers)
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
  // text is drawn or it receives focus; until then it names the stage and tie.
  joined.classed('hypothetical', (d) => next.hypothetical.has(d.tieId));
  joined
    .select('rect.card')
    .attr('data-tie-state', (d) => next.states.get(d.tieId) ?? null)
    .attr('aria-label', (d) =>
      layout.cards.length > ALWAYS_NAMED
        ? `${words.headings.get(d.stageId) ?? ''} ${d.tieId}`
        : (next.view(d.tieId)?.label ?? d.tieId),
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
  joined.select('g.detail').remove();
  return new Map(joined.nodes().map((node, i) => [layout.cards[i]!.tieId, node]));
}

/** The highlighted team's path: cards, connectors and outlets on it, the rest dimmed. */
export function drawHighlight(layers: Layers, next: BracketModel): void {
  const onPath = next.highlighted;
  cardsOf(layers)
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
    next.highlightedTeam !== null && next.view(tieId)?.outlet.winner === next.highlightedTeam;
  layers.outlets
    .selectAll<SVGGElement, { tieId: TieId }>('g.outlet')
    .classed('on-path', (d) => reached(d.tieId))
    .classed('dimmed', (d) => onPath !== null && !reached(d.tieId));
}
