import { describe, expect, it } from 'vitest';
import { fixtureCompetition, SHIPPED_FILES, shippedCompetition } from '../../tests/files.ts';
import type { Competition } from '../domain/types.ts';
import {
  cardHeight,
  DEFAULT_SIZES,
  layoutBracket,
  slotCentre,
  type BracketLayout,
} from './layout-bracket.ts';
import { navigate } from './navigate.ts';

const sorted = (c: Competition) => [...c.stages].sort((a, b) => a.order - b.order);
const overlaps = (a: BracketLayout['cards'][number], b: BracketLayout['cards'][number]) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe.each(SHIPPED_FILES)('layoutBracket(%s)', (file) => {
  const competition = shippedCompetition(file);
  const stages = sorted(competition);
  const layout = layoutBracket(stages);
  const box = (id: string) => layout.cards.find((c) => c.tieId === id)!;
  const columnStep = DEFAULT_SIZES.cardWidth + DEFAULT_SIZES.columnGap;

  it('places every tie once, in its stage column', () => {
    const ties = stages.flatMap((stage) => stage.ties.map((tie) => ({ tie, column: stages.indexOf(stage) })));
    expect(layout.cards).toHaveLength(ties.length);
    const panelLeft = (panel: number) =>
      layout.headings.find((h) => h.key === `${panel}:${stages[0]!.id}`)!.x;
    for (const { tie, column } of ties) {
      const card = box(tie.id);
      expect(card.column, tie.id).toBe(column);
      expect(card.x, tie.id).toBe(panelLeft(card.panel) + column * columnStep);
    }
  });

  it('never overlaps two cards, and keeps them inside the drawing', () => {
    for (const [i, a] of layout.cards.entries()) {
      for (const b of layout.cards.slice(i + 1))
        expect(overlaps(a, b), `${a.tieId} / ${b.tieId}`).toBe(false);
      expect(a.x + a.width).toBeLessThanOrEqual(layout.width);
      expect(a.y + a.height).toBeLessThanOrEqual(layout.height);
    }
  });

  it('joins every connector to two existing ties, ending at the fed slot', () => {
    const feeds = stages.flatMap((s) => s.ties).filter((t) => 'tie' in t.winnerTo);
    expect(layout.connectors).toHaveLength(feeds.length);
    for (const connector of layout.connectors) {
      const to = box(connector.to);
      expect(box(connector.from)).toBeDefined();
      expect(connector.path.endsWith(`${to.y + slotCentre(DEFAULT_SIZES, connector.slot)}H${to.x}`)).toBe(
        true,
      );
    }
  });

  it('puts a tie fed by two ties between its feeders, and a tie fed by one level with it', () => {
    for (const card of layout.cards) {
      const feeders = layout.connectors.filter((c) => c.to === card.tieId).map((c) => box(c.from));
      const centre = card.y + card.height / 2;
      if (feeders.length === 2) {
        const [top, bottom] = feeders.map((f) => f.y + f.height / 2).sort((a, b) => a - b);
        expect(centre, card.tieId).toBeGreaterThan(top!);
        expect(centre, card.tieId).toBeLessThan(bottom!);
      }
    }
  });
});

describe('layoutBracket geometry', () => {
  const layout = layoutBracket(sorted(fixtureCompetition('valid-mini.json')));
  const h = cardHeight(DEFAULT_SIZES);

  it('lays out a four-team bracket at exact positions', () => {
    expect(h).toBe(74);
    expect(layout.cards.map((c) => [c.tieId, c.x, c.y])).toEqual([
      ['A1', 16, 40],
      ['A2', 16, 128],
      ['F1', 360, 84],
    ]);
    expect(layout.connectors.map((c) => c.path)).toEqual([
      'M296,77H322Q328,77 328,83V110Q328,116 334,116H360',
      'M296,165H322Q328,165 328,159V146Q328,140 334,140H360',
    ]);
    expect(layout.outlets).toEqual([
      expect.objectContaining({ tieId: 'F1', y: 84, winnerTo: { exit: 'group-stage' } }),
    ]);
    expect(layout.byes).toEqual([]);
    expect([layout.width, layout.height]).toEqual([948, 218]);
  });

  it('lines the slot of a tie with one feeder up with that feeder (2024: E3 feeds slot 0 of C2)', () => {
    const c2024 = layoutBracket(sorted(shippedCompetition('libertadores-2024-qualifying.json')));
    const e3 = c2024.cards.find((c) => c.tieId === 'E3')!;
    const c2 = c2024.cards.find((c) => c.tieId === 'C2')!;
    expect(c2.y + slotCentre(DEFAULT_SIZES, 0)).toBe(e3.y + h / 2);
    expect(c2024.byes.filter((b) => b.tieId === 'C2').map((b) => b.team)).toEqual(['atletico-nacional']);
    expect(c2024.byes).toHaveLength(13);
  });

  it('splits the 36-tie CAF field into side-by-side panels that fit a laptop screen', () => {
    const caf = layoutBracket(sorted(shippedCompetition('caf-cc-2023-24-qualifying.json')));
    expect(new Set(caf.cards.map((c) => c.panel)).size).toBe(2);
    expect(caf.width / caf.height).toBeGreaterThan(1.2);
    // Each second-round tie stays in the panel of its first-round feeders.
    for (const connector of caf.connectors) {
      const [from, to] = [connector.from, connector.to].map((id) => caf.cards.find((c) => c.tieId === id)!);
      expect(from!.panel).toBe(to!.panel);
    }
  });

  it('lays out one stage alone as a single column in tie order', () => {
    const stage = shippedCompetition('libertadores-2024-qualifying.json').stages[1]!;
    const single = layoutBracket([stage]);
    expect(single.cards.map((c) => c.tieId)).toEqual(['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8']);
    expect(new Set(single.cards.map((c) => c.x)).size).toBe(1);
    const ys = single.cards.map((c) => c.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(single.connectors).toEqual([]);
    expect(single.outlets.map((o) => o.winnerTo)).toContainEqual({ tie: 'G2', slot: 0 });
  });
});

describe('navigate', () => {
  const layout = layoutBracket(sorted(shippedCompetition('libertadores-2024-qualifying.json')));
  it('moves up and down within a stage and along the progression left and right', () => {
    expect(navigate(layout, 'C2', 'ArrowUp')).toBe('C1');
    expect(navigate(layout, 'C2', 'ArrowDown')).toBe('C7');
    expect(navigate(layout, 'C2', 'ArrowRight')).toBe('G2');
    expect(navigate(layout, 'C2', 'ArrowLeft')).toBe('E3');
    expect(navigate(layout, 'G2', 'ArrowLeft')).toBe('C2');
    expect(navigate(layout, 'E2', 'ArrowUp')).toBe('E2');
    expect(navigate(layout, 'G3', 'End')).toBe('G4');
  });
});
