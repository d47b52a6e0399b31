import { describe, expect, it } from 'vitest';
import { shippedCompetition } from '../../tests/shipped.ts';
import { DEFAULT_SIZES, layoutBracket } from '../layout/layout-bracket.ts';
import { selectCardModels } from '../store/selectors.ts';
import { createBracketRenderer, type BracketModel } from './bracket-renderer.ts';

const competition = shippedCompetition('libertadores-2024-qualifying.json');
const stages = [...competition.stages].sort((a, b) => a.order - b.order);

function setup() {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  const root = document.createElementNS('http://www.w3.org/2000/svg', 'g');
  svg.append(root);
  document.body.append(svg);
  const selected: string[] = [];
  const renderer = createBracketRenderer(root, { onSelect: (id) => selected.push(id), onKey: () => {} });
  const model = (shown = stages, extra: Partial<BracketModel> = {}): BracketModel => ({
    layout: layoutBracket(shown),
    sizes: DEFAULT_SIZES,
    cards: selectCardModels(competition, 'en'),
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
  const tie = (id: string) => root.querySelector<SVGGElement>(`[data-tie-id="${id}"]`);
  const ids = () => [...root.querySelectorAll('[data-tie-id]')].map((el) => el.getAttribute('data-tie-id'));
  return { root, renderer, model, tie, ids, selected };
}

describe('bracket renderer', () => {
  it('draws a card per tie with both teams, country codes, leg goals and aggregate', () => {
    const { renderer, model, tie, ids } = setup();
    renderer.update(model());
    expect(ids()).toHaveLength(15);
    const rows = [...tie('C2')!.querySelectorAll('g.team')].map((row) =>
      [...row.querySelectorAll('text')].map((t) => t.textContent),
    );
    expect(rows).toEqual([
      ['PAR', 'Nacional (PAR)', '1', '3', '4'],
      ['COL', 'Atlético Nacional', '0', '0', '0'],
    ]);
    expect(tie('C2')!.querySelector('g.team.winner text.name')?.textContent).toBe('Nacional (PAR)');
    expect(tie('E1')!.querySelector('[class^="badge-"] text')?.textContent).toBe('Pens 4–2');
    expect(tie('C2')!.getAttribute('aria-label')).toBe(
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
    expect(tie('C2')!.querySelectorAll('rect.home-mark')).toHaveLength(2);
    expect(root.querySelectorAll('text.bye')).toHaveLength(13);
  });

  it('selects on click, dims ties off the highlighted path and gives one tab stop', () => {
    const { root, renderer, model, tie, selected } = setup();
    renderer.update(
      model(stages, {
        highlighted: new Set(['E3', 'C2', 'G2']),
        highlightedTeam: 'nacional-par',
        selectedTieId: 'C2',
      }),
    );
    tie('G2')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(selected).toEqual(['G2']);
    expect([...root.querySelectorAll('g.tie.on-path')].map((el) => el.getAttribute('data-tie-id'))).toEqual([
      'E3',
      'C2',
      'G2',
    ]);
    expect(root.querySelectorAll('g.tie.dimmed')).toHaveLength(12);
    expect(tie('C2')!.classList.contains('selected')).toBe(true);
    expect(root.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    expect(tie('E1')!.getAttribute('tabindex')).toBe('0');
  });
});
