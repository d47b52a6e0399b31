// Where each piece of a tie card goes, from the card's sizes: the tie code, each team's row (country,
// name, the two legs' goals, the aggregate), the mark behind the home side's goals and the badge.
// Pure numbers: the renderer places text at them and never measures it.
import { slotCentre, type BracketSizes } from './layout-bracket.ts';

export interface RowGeometry {
  /** Baseline of the row's text. */
  baseline: number;
  /** Vertical centre of the row. */
  centre: number;
  country: number;
  name: number;
  /** Centres of the first and second leg's goals. */
  goals: readonly [number, number];
  /** Right edge of the aggregate. */
  aggregate: number;
}

export interface CardGeometry {
  code: { x: number; y: number };
  rows: readonly [RowGeometry, RowGeometry];
  /**
   * Longest name shown in full; a bold (winning) name is wider, so cut sooner. A single match's card
   * has no leg columns, so its names run on to the score.
   */
  maxName: Record<'legs' | 'single', { plain: number; winner: number }>;
  /** The soft square behind a home side's goals in one leg. */
  homeMark: (slot: 0 | 1, leg: 0 | 1) => { x: number; y: number; size: number };
  /** The badge at the top right for a text of `length` characters. */
  badge: (length: number) => {
    x: number;
    y: number;
    width: number;
    height: number;
    textX: number;
    textY: number;
  };
  /** The row's band, where a cut name is shown in full on hover and focus. */
  nameBand: (slot: 0 | 1) => { x: number; y: number; width: number; height: number };
}

const MARK = 18;
/** A generous average width of a badge character at its 9.5 px size. */
const BADGE_CHAR = 5.6;

export function cardGeometry(sizes: BracketSizes): CardGeometry {
  const width = sizes.cardWidth;
  const goals = [width - 76, width - 52] as const;
  const row = (slot: 0 | 1): RowGeometry => {
    const centre = slotCentre(sizes, slot);
    return { baseline: centre + 4, centre, country: 10, name: 44, goals, aggregate: width - 10 };
  };
  return {
    code: { x: 10, y: 14 },
    rows: [row(0), row(1)],
    maxName: { legs: { plain: 20, winner: 18 }, single: { plain: 27, winner: 24 } },
    homeMark: (slot, leg) => ({
      x: goals[leg] - MARK / 2,
      y: slotCentre(sizes, slot) - MARK / 2,
      size: MARK,
    }),
    badge: (length) => {
      const badgeWidth = length * BADGE_CHAR + 12;
      return {
        x: width - 8 - badgeWidth,
        y: 3,
        width: badgeWidth,
        height: 14,
        textX: width - 14,
        textY: 13.5,
      };
    },
    nameBand: (slot) => ({
      x: 40,
      y: slotCentre(sizes, slot) - sizes.rowHeight / 2,
      width: width - 44,
      height: sizes.rowHeight,
    }),
  };
}
