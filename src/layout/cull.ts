// Which cards are on screen: the level of detail of a big bracket. A card's text is drawn only while
// it lies within the frame (plus a margin, so a short pan shows no empty cards) at a zoom where the
// text can be read; elsewhere the card is its frame alone.
import type { CardBox } from './layout-bracket.ts';

/** The part of the bracket on screen: the pan/zoom transform and the frame's size. */
export interface Viewport {
  x: number;
  y: number;
  k: number;
  width: number;
  height: number;
}

/** Below this zoom, text would be under ~5 px: cards are drawn as frames only. */
export const DETAIL_SCALE = 0.4;
/** Screen pixels around the frame whose cards are drawn too. */
export const CULL_MARGIN = 200;

/** The ties whose cards show their text in `viewport`; every tie when there is none (print, tests). */
export function cardsInView(cards: readonly CardBox[], viewport: Viewport | null): CardBox['tieId'][] {
  if (!viewport) return cards.map((box) => box.tieId);
  const { x, y, k, width, height } = viewport;
  if (k < DETAIL_SCALE) return [];
  return cards
    .filter((box) => {
      const left = box.x * k + x;
      const top = box.y * k + y;
      return (
        left < width + CULL_MARGIN &&
        left + box.width * k > -CULL_MARGIN &&
        top < height + CULL_MARGIN &&
        top + box.height * k > -CULL_MARGIN
      );
    })
    .map((box) => box.tieId);
}
