// Arrow-key movement between tie cards: up/down within a column, left/right along the progression.
import type { TieId } from '../domain/types.ts';
import type { BracketLayout, CardBox } from './layout-bracket.ts';

export type NavigationKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End';

const centre = (box: CardBox) => box.y + box.height / 2;

/** The tie that receives focus when `key` is pressed on `from`; `from` itself at an edge. */
export function navigate(layout: BracketLayout, from: TieId, key: NavigationKey): TieId {
  const current = layout.cards.find((box) => box.tieId === from);
  if (!current) return layout.cards[0]?.tieId ?? from;
  const byReadingOrder = (a: CardBox, b: CardBox) => a.panel - b.panel || a.y - b.y;
  const column = layout.cards.filter((box) => box.column === current.column).sort(byReadingOrder);
  const nearestIn = (columnIndex: number, panel: number) =>
    layout.cards
      .filter((box) => box.column === columnIndex && box.panel === panel)
      .sort((a, b) => Math.abs(centre(a) - centre(current)) - Math.abs(centre(b) - centre(current)))[0];
  switch (key) {
    case 'ArrowUp':
      return column[column.indexOf(current) - 1]?.tieId ?? from;
    case 'ArrowDown':
      return column[column.indexOf(current) + 1]?.tieId ?? from;
    case 'ArrowRight': {
      const next = layout.connectors.find((c) => c.from === from)?.to;
      return next ?? nearestIn(current.column + 1, current.panel)?.tieId ?? from;
    }
    case 'ArrowLeft': {
      const feeders = layout.connectors.filter((c) => c.to === from).sort((a, b) => a.slot - b.slot);
      return feeders[0]?.from ?? nearestIn(current.column - 1, current.panel)?.tieId ?? from;
    }
    case 'Home':
      return [...layout.cards].sort((a, b) => a.column - b.column || byReadingOrder(a, b))[0]?.tieId ?? from;
    case 'End':
      return [...layout.cards].sort((a, b) => b.column - a.column || byReadingOrder(b, a))[0]?.tieId ?? from;
  }
}
