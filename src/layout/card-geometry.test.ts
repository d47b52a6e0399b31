import { describe, expect, it } from 'vitest';
import { cardGeometry } from './card-geometry.ts';
import { DEFAULT_SIZES } from './layout-bracket.ts';

describe('cardGeometry at the default sizes (a 280 × 74 card)', () => {
  const g = cardGeometry(DEFAULT_SIZES);

  it('puts each row under the 20 px code line, the legs and aggregate at the right', () => {
    expect(g.code).toEqual({ x: 10, y: 14 });
    expect(g.rows).toEqual([
      { baseline: 36, centre: 32, country: 10, name: 44, goals: [204, 228], aggregate: 270 },
      { baseline: 60, centre: 56, country: 10, name: 44, goals: [204, 228], aggregate: 270 },
    ]);
  });

  it('centres the home mark on a leg’s goals and sizes the badge by its text', () => {
    expect(g.homeMark(1, 0)).toEqual({ x: 195, y: 47, size: 18 });
    // "Pens 4–2": 8 characters.
    expect(g.badge(8)).toEqual({ x: 215.2, y: 3, width: 56.8, height: 14, textX: 266, textY: 13.5 });
  });

  it('gives a cut name the row’s band to be shown in full, clear of the country code', () => {
    expect(g.nameBand(0)).toEqual({ x: 40, y: 20, width: 236, height: 24 });
    expect(g.maxName).toEqual({ legs: { plain: 20, winner: 18 }, single: { plain: 27, winner: 24 } });
  });
});
