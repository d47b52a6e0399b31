// The last column: for each tie whose winner leaves the shown stages, where its teams go ("Qualified:
// Botafogo", "Winner plays in G1: To be decided", a loser's transfer to another competition).
import type { Selection } from 'd3-selection';
import type { TieId } from '../domain/types.ts';
import type { BracketSizes, Outlet } from '../layout/layout-bracket.ts';
import { slotCentre } from '../layout/layout-bracket.ts';
import type { OutletView } from '../present/tie-view.ts';

const truncate = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function drawOutlets(
  layer: Selection<SVGGElement, unknown, null, undefined>,
  outlets: readonly Outlet[],
  sizes: BracketSizes,
  view: (tieId: TieId) => OutletView | undefined,
): void {
  const rows = layer
    .selectAll<SVGGElement, Outlet>('g.outlet')
    .data(outlets, (d) => d.tieId)
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
  rows.select('text.outlet-caption').text((d) => view(d.tieId)?.caption ?? '');
  rows
    .select('text.outlet-primary')
    .attr('y', y0 + 4)
    .text((d) => truncate(view(d.tieId)?.primary ?? '', 30));
  rows
    .select('text.outlet-secondary')
    .attr('y', slotCentre(sizes, 1) + 4)
    .text((d) => truncate(view(d.tieId)?.secondary ?? '', 44));
}
