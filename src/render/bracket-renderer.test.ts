import { describe, expect, it } from 'vitest';
import { shippedCompetition } from '../../tests/files.ts';
import { DEFAULT_SIZES, layoutBracket } from '../layout/layout-bracket.ts';
import { selectCardDescriber } from '../store/selectors.ts';
import { generateCompetition } from '../bench/synthetic.ts';
import type { Competition } from '../domain/types.ts';
import { createBracketRenderer, type BracketModel } from './bracket-renderer.ts';

const lib2024 = shippedCompetition('libertadores-2024-qualifying.json');
const byOrder = (c: Competition) => [...c.stages].sort((a, b) => a.order - b.order);
const stages = byOrder(lib2024);

function setup(competition: Competition = lib2024) {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  const root = document.createElementNS('http://www.w3.org/2000/svg', 'g');
  svg.append(root);
  document.body.append(svg);
  const selected: string[] = [];
  const renderer = createBracketRenderer(root, { onSelect: (id) => selected.push(id), onKey: () => {} });
  const model = (shown = byOrder(competition), extra: Partial<BracketModel> = {}): BracketModel => ({
    layout: layoutBracket(shown),
    sizes: DEFAULT_SIZES,
    describe: selectCardDescriber(competition, 'en'),
    headings: new Map(competition.stages.map((s) => [s.id, s.name])),
    outlets: new Map(),
    selectedTieId: null,
    highlighted: null,
    highlightedTeam: null,
    focusTieId: 'E1',
    animate: false,
    text: { legs: '1st · 2nd · Agg', bye: 'BYE' },
    ...extra,
  });
  /** A tie's card group; its frame (`rect.card`) is the button that carries the id, name and tab stop. */
  const tie = (id: string) =>
    root.querySelector(`[data-tie-id="${id}"]`)?.closest<SVGGElement>('g.tie') ?? null;
  const button = (id: string) => root.querySelector<SVGRectElement>(`[data-tie-id="${id}"]`);
  const ids = () => [...root.querySelectorAll('[data-tie-id]')].map((el) => el.getAttribute('data-tie-id'));
  return { root, renderer, model, tie, button, ids, selected };
}

describe('bracket renderer', () => {
  it('draws a card per tie with both teams, country codes, leg goals and aggregate', () => {
    const { renderer, model, tie, button, ids } = setup();
    renderer.update(model());
    expect(ids()).toHaveLength(15);
    const texts = [...tie('C2')!.querySelectorAll('g.detail text:not(.code)')].map((t) => t.textContent);
    expect([texts.slice(0, 5), texts.slice(5, 10)]).toEqual([
      ['PAR', 'Nacional (PAR)', '1', '3', '4'],
      ['COL', 'Atlético Nacional', '0', '0', '0'],
    ]);
    expect(tie('C2')!.querySelector('text.name.winner')?.textContent).toBe('Nacional (PAR)');
    expect(tie('E1')!.querySelector('[class^="badge-"] text')?.textContent).toBe('Pens 4–2');
    expect(button('C2')!.getAttribute('aria-label')).toBe(
      'Second stage C2: Nacional (PAR) v Atlético Nacional, First leg Nacional (PAR) 1–0 Atlético Nacional, Second leg Atlético Nacional 0–3 Nacional (PAR), Nacional (PAR) won 4–0 on aggregate',
    );
  });

  it('keeps only the filtered stage, reusing each tie node by its id', () => {
    const { renderer, model, tie, ids } = setup();
    renderer.update(model());
    const before = tie('C2');
    renderer.update(model([stages[1]!]));
    expect(ids()).toEqual(['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8']);
    expect(tie('C2')).toBe(before);
    renderer.update(model());
    expect(ids()).toHaveLength(15);
  });

  it('marks the home side of each leg and the byes', () => {
    const { root, renderer, model, tie } = setup();
    renderer.update(model());
    expect(tie('C2')!.querySelector('path.home-mark')?.getAttribute('d')?.match(/M/g)).toHaveLength(2);
    expect(root.querySelectorAll('text.bye')).toHaveLength(13);
  });

  it('draws no text below a readable zoom, while the cards of a small bracket keep their full names', () => {
    const { renderer, model, tie, button } = setup();
    renderer.update(model(), { x: 0, y: 0, k: 0.3, width: 1280, height: 800 });
    expect(tie('C2')!.querySelector('g.detail')).toBeNull();
    expect(button('C2')!.getAttribute('aria-label')).toMatch(
      /^Second stage C2: Nacional \(PAR\) v Atlético Nacional, First leg .* won 4–0 on aggregate$/,
    );
    renderer.setViewport({ x: 0, y: 0, k: 0.5, width: 1280, height: 800 });
    expect(tie('C2')!.querySelector('text.name.winner')?.textContent).toBe('Nacional (PAR)');
  });

  it('culls the text of off-screen cards in a 1,023-tie bracket', () => {
    const { root, renderer, model, ids, button } = setup(generateCompetition({ n: 512, seed: 1 }));
    const detailed = () =>
      [...root.querySelectorAll('g.detail')].map((d) => d.parentElement!.getAttribute('data-tie-id'));
    renderer.update(model(), { x: 0, y: 0, k: 0.3, width: 1280, height: 800 });
    expect(ids()).toHaveLength(1023);
    expect(detailed()).toEqual([]);
    expect(button('r1-001')!.getAttribute('aria-label')).toBe('Round of 1024 r1-001');
    // At full size, a 300 × 200 frame at the top left, plus a 200 px margin, shows the first two
    // columns (x = 16 and 360) down to y = 400: five first-round ties and their next ties.
    renderer.setViewport({ x: 0, y: 0, k: 1, width: 300, height: 200 });
    expect(detailed()).toHaveLength(7);
    expect(root.querySelectorAll('g.detail text.name')).toHaveLength(14);
    renderer.setViewport(null);
    expect(detailed()).toHaveLength(1023);
  });

  it('selects on click, dims ties off the highlighted path and gives one tab stop', () => {
    const { root, renderer, model, tie, button, selected } = setup();
    renderer.update(
      model(stages, {
        highlighted: new Set(['E3', 'C2', 'G2']),
        highlightedTeam: 'nacional-par',
        selectedTieId: 'C2',
      }),
    );
    tie('G2')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(selected).toEqual(['G2']);
    expect(
      [...root.querySelectorAll('g.tie.on-path rect.card')].map((el) => el.getAttribute('data-tie-id')),
    ).toEqual(['E3', 'C2', 'G2']);
    expect(root.querySelectorAll('g.tie.dimmed')).toHaveLength(12);
    expect(tie('C2')!.classList.contains('selected')).toBe(true);
    expect(root.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    expect(button('E1')!.getAttribute('tabindex')).toBe('0');
  });
});
