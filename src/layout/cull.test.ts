import { describe, expect, it } from 'vitest';
import { cardsInView } from './cull.ts';
import type { CardBox } from './layout-bracket.ts';

const card = (tieId: string, x: number, y: number): CardBox => ({
  tieId,
  stageId: 's',
  panel: 0,
  column: 0,
  x,
  y,
  width: 280,
  height: 74,
});
// A column at x = 16 and one at x = 360, cards every 88 px.
const cards = [0, 1, 2, 3, 4, 5, 6].flatMap((i) => [
  card(`a${i}`, 16, 40 + 88 * i),
  card(`b${i}`, 360, 84 + 88 * i),
]);

describe('cardsInView', () => {
  it('keeps the cards within the frame and 200 px around it', () => {
    // A 300 × 200 frame at 1:1 shows cards starting above y = 400 (a4 at 392, not b4 at 436), in
    // both columns (the second starts at x = 360, within 300 + 200).
    expect(cardsInView(cards, { x: 0, y: 0, k: 1, width: 300, height: 200 })).toEqual([
      'a0',
      'b0',
      'a1',
      'b1',
      'a2',
      'b2',
      'a3',
      'b3',
      'a4',
    ]);
  });

  it('follows the pan and the zoom', () => {
    // Panned 1,000 px left at 1:1: both columns end left of −200.
    expect(cardsInView(cards, { x: -1000, y: 0, k: 1, width: 300, height: 200 })).toEqual([]);
    // At 50 % the second column starts at 180 and every row is above 400.
    expect(cardsInView(cards, { x: 0, y: 0, k: 0.5, width: 300, height: 200 })).toHaveLength(14);
  });

  it('draws no text below 40 %, and every card without a viewport (print)', () => {
    expect(cardsInView(cards, { x: 0, y: 0, k: 0.39, width: 3000, height: 2000 })).toEqual([]);
    expect(cardsInView(cards, null)).toHaveLength(14);
  });
});
