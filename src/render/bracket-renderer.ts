// The bracket's SVG, owned by D3: keyed joins on tie ids so a filter change enters, updates and exits
// cards with short transitions (none under prefers-reduced-motion). React never writes these nodes.
// Text from data is only ever set with .text().
import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import type { CardModel, CardTeam } from '../layout/card-model.ts';
import type {
  BracketLayout,
  BracketSizes,
  CardBox,
  ColumnHeading,
  Outlet,
} from '../layout/layout-bracket.ts';
import { slotCentre } from '../layout/layout-bracket.ts';
import type { TeamId, TieId } from '../domain/types.ts';

export interface OutletText {
  /** e.g. "Botafogo" and "Group stage"; or "Winner" and "to G1". */
  primary: string;
  caption: string;
  secondary: string | null;
}

export interface BracketModel {
  layout: BracketLayout;
  sizes: BracketSizes;
  cards: ReadonlyMap<TieId, CardModel>;
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

export interface BracketHandlers {
  onSelect: (tieId: TieId) => void;
  onKey: (tieId: TieId, key: string) => void;
}

export interface BracketRenderer {
  update: (model: BracketModel) => void;
  focusTie: (tieId: TieId) => void;
  destroy: () => void;
}

const DURATION = 220; // ms
const MAX_NAME = 20;
const truncate = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

type G = Selection<SVGGElement, unknown, null, undefined>;

/** Creates the renderer inside `root` (an SVG <g> the caller owns and pans/zooms). */
export function createBracketRenderer(root: SVGGElement, handlers: BracketHandlers): BracketRenderer {
  const g: G = select(root);
  const layers = {
    headings: g.append('g').attr('class', 'headings'),
    connectors: g.append('g').attr('class', 'connectors').attr('aria-hidden', 'true'),
    byes: g.append('g').attr('class', 'byes').attr('aria-hidden', 'true'),
    outlets: g.append('g').attr('class', 'outlets'),
    ties: g.append('g').attr('class', 'ties'),
  };

  function update(model: BracketModel) {
    const { layout, sizes } = model;
    // Without motion, attributes are set at once (a zero-length transition would still wait a frame).
    const settle = <E extends Element, D>(s: Selection<E, D, SVGGElement, unknown>) =>
      (model.animate ? s.transition().duration(DURATION) : s) as unknown as Selection<
        E,
        D,
        SVGGElement,
        unknown
      >;
    // Leaving elements lose their class at once, so a quick second update never picks them up again.
    const leave = <E extends Element, D>(s: Selection<E, D, SVGGElement, unknown>) =>
      model.animate
        ? s
            .classed('leaving', true)
            .style('pointer-events', 'none')
            .transition()
            .duration(DURATION)
            .attr('opacity', 0)
            .remove()
        : s.remove();
    const fadeIn = model.animate ? 0 : 1;
    const onPath = (id: TieId) => model.highlighted?.has(id) ?? false;

    layers.headings
      .selectAll<SVGTextElement, ColumnHeading>('text.heading')
      .data(layout.headings, (d) => d.key)
      .join('text')
      .attr('class', 'heading')
      .attr('x', (d) => d.x)
      .attr('y', sizes.top - 24)
      .text((d) => model.headings.get(d.stageId ?? '') ?? '');
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
      .text(model.text.legs);

    layers.connectors
      .selectAll<SVGPathElement, BracketLayout['connectors'][number]>('path.connector:not(.leaving)')
      .data(layout.connectors, (d) => `${d.from}>${d.to}`)
      .join(
        (enter) =>
          enter
            .append('path')
            .attr('opacity', fadeIn)
            .attr('d', (d) => d.path),
        (update) => update,
        (exit) => leave(exit),
      )
      .attr('class', (d) => (onPath(d.from) && onPath(d.to) ? 'connector on-path' : 'connector'))
      .call((s) =>
        settle(s)
          .attr('opacity', 1)
          .attr('d', (d) => d.path),
      );

    layers.byes
      .selectAll<SVGTextElement, BracketLayout['byes'][number]>('text')
      .data(layout.byes, (d) => `${d.tieId}#${d.slot}`)
      .join('text')
      .attr('class', 'bye')
      .attr('x', (d) => d.x - 6)
      .attr('y', (d) => d.y + 3.5)
      .attr('text-anchor', 'end')
      .text(model.text.bye);

    renderOutlets(model, layers.outlets);

    const ties = layers.ties
      .selectAll<SVGGElement, CardBox>('g.tie:not(.leaving)')
      .data(layout.cards, (d) => d.tieId)
      .join(
        (enter) => {
          const card = enter
            .append('g')
            .attr('data-tie-id', (d) => d.tieId)
            .attr('role', 'button')
            .attr('transform', (d) => `translate(${d.x},${d.y})`)
            .attr('opacity', fadeIn)
            .on('click', (_event, d) => handlers.onSelect(d.tieId))
            .on('keydown', (event: KeyboardEvent, d) => {
              if (
                ['Enter', ' ', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(
                  event.key,
                )
              ) {
                event.preventDefault();
                handlers.onKey(d.tieId, event.key);
              }
            });
          card.append('rect').attr('class', 'card').attr('rx', 8);
          card.append('text').attr('class', 'code').attr('x', 10).attr('y', 14);
          card.append('g').attr('class', 'badge');
          card.append('g').attr('class', 'home-marks');
          return card;
        },
        (update) => update,
        (exit) => leave(exit.attr('tabindex', null).attr('data-tie-id', null)),
      );

    ties
      .attr('class', (d) => {
        const classes = ['tie'];
        if (d.tieId === model.selectedTieId) classes.push('selected');
        if (model.highlighted) classes.push(onPath(d.tieId) ? 'on-path' : 'dimmed');
        return classes.join(' ');
      })
      .attr('tabindex', (d) => (d.tieId === model.focusTieId ? 0 : -1))
      .attr('aria-label', (d) => model.cards.get(d.tieId)?.label ?? d.tieId)
      .attr('aria-pressed', (d) => String(d.tieId === model.selectedTieId))
      .call((s) =>
        settle(s)
          .attr('opacity', 1)
          .attr('transform', (d) => `translate(${d.x},${d.y})`),
      );

    ties
      .select('rect.card')
      .attr('width', (d) => d.width)
      .attr('height', (d) => d.height);
    ties.select('text.code').text((d) => d.tieId);
    ties.each(function (box) {
      const card = model.cards.get(box.tieId);
      if (card) renderCard(select(this), card, box, sizes, model.highlightedTeam);
    });
  }

  function focusTie(tieId: TieId) {
    const node = layers.ties
      .selectAll<SVGGElement, CardBox>('g.tie:not(.leaving)')
      .filter((d) => d.tieId === tieId)
      .node();
    if (!node) return;
    layers.ties.selectAll('g.tie').attr('tabindex', -1);
    node.setAttribute('tabindex', '0');
    node.focus();
  }

  return {
    update,
    focusTie,
    destroy: () => {
      g.interrupt();
      g.selectAll('*').interrupt().remove();
    },
  };
}

function renderCard(
  card: Selection<SVGGElement, CardBox, null, undefined>,
  model: CardModel,
  box: CardBox,
  sizes: BracketSizes,
  highlightedTeam: TeamId | null,
) {
  const scoreX = [box.width - 76, box.width - 52, box.width - 16];
  const rowY = (slot: number) => slotCentre(sizes, slot as 0 | 1);

  // The home side of each leg: a soft block behind that team's goals.
  const marks = model.teams.flatMap((team, slot) =>
    team.home.flatMap((home, leg) =>
      home ? [{ key: `${leg}`, x: scoreX[leg]! - 9, y: rowY(slot) - 9 }] : [],
    ),
  );
  card
    .select('g.home-marks')
    .selectAll<SVGRectElement, (typeof marks)[number]>('rect')
    .data(marks, (d) => d.key)
    .join('rect')
    .attr('class', 'home-mark')
    .attr('x', (d) => d.x)
    .attr('y', (d) => d.y)
    .attr('width', 18)
    .attr('height', 18)
    .attr('rx', 4);

  card
    .selectAll<SVGGElement, CardTeam>('g.team')
    .data(model.teams, (d) => d.id)
    .join((enter) => {
      const row = enter.append('g');
      row.append('text').attr('class', 'country').attr('x', 10);
      row.append('text').attr('class', 'name').attr('x', 44);
      row.append('text').attr('class', 'goals leg1').attr('text-anchor', 'middle').attr('x', scoreX[0]!);
      row.append('text').attr('class', 'goals leg2').attr('text-anchor', 'middle').attr('x', scoreX[1]!);
      row
        .append('text')
        .attr('class', 'aggregate')
        .attr('text-anchor', 'end')
        .attr('x', scoreX[2]! + 6);
      return row;
    })
    .attr('class', (d) => `team${d.winner ? ' winner' : ''}${d.id === highlightedTeam ? ' path-team' : ''}`)
    .attr('transform', (_d, slot) => `translate(0,${rowY(slot) + 4})`)
    .each(function (team) {
      const row = select(this);
      row.select('text.country').text(team.country);
      const name = row.select('text.name').text(truncate(team.label, MAX_NAME));
      name
        .selectAll('title')
        .data(team.label.length > MAX_NAME ? [team.label] : [])
        .join('title')
        .text((d) => d);
      row.select('text.leg1').text(team.goals[0] ?? '');
      row.select('text.leg2').text(team.goals[1] ?? '');
      row.select('text.aggregate').text(team.aggregate ?? '');
    });

  const badge = card
    .select('g.badge')
    .selectAll<SVGGElement, NonNullable<CardModel['badge']>>('g')
    .data(model.badge ? [model.badge] : [], (d) => d.kind)
    .join((enter) => {
      const pill = enter.append('g');
      pill.append('rect').attr('rx', 7).attr('height', 14).attr('y', 3);
      pill.append('text').attr('y', 13.5).attr('text-anchor', 'end');
      return pill;
    })
    .attr('class', (d) => `badge-${d.kind}`);
  const badgeWidth = (text: string) => text.length * 5.6 + 12;
  badge
    .select('rect')
    .attr('x', (d) => box.width - 8 - badgeWidth(d.text))
    .attr('width', (d) => badgeWidth(d.text));
  badge
    .select('text')
    .attr('x', box.width - 14)
    .text((d) => d.text);
}

function renderOutlets(model: BracketModel, layer: Selection<SVGGElement, unknown, null, undefined>) {
  const { sizes } = model;
  // The outlet is on the path only for the team that won the tie.
  const reached = (tieId: TieId) =>
    model.cards.get(tieId)?.teams.some((team) => team.winner && team.id === model.highlightedTeam) ?? false;
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
    .attr('transform', (d) => `translate(${d.x},${d.y})`)
    .classed('on-path', (d) => reached(d.tieId))
    .classed('dimmed', (d) => model.highlighted !== null && !reached(d.tieId));
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
