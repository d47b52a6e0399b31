import { describe, expect, it } from 'vitest';
import { shippedCompetition } from '../../tests/files.ts';
import { generateCompetition } from '../bench/synthetic.ts';
import type { Competition } from '../domain/types.ts';
import { cardsInView } from '../layout/cull.ts';
import { DEFAULT_SIZES, layoutBracket } from '../layout/layout-bracket.ts';
import { bracketWords, tieStates, tieViews } from '../store/derived.ts';
import { createBracket, PRINT_FIT_ATTRIBUTE, type BracketModel } from './bracket.ts';

const lib2024 = shippedCompetition('libertadores-2024-qualifying.json');
const byOrder = (c: Competition) => [...c.stages].sort((a, b) => a.order - b.order);
const stages = byOrder(lib2024);
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

function setup(competition: Competition = lib2024) {
  const frame = document.createElement('section');
  document.body.append(frame);
  const selected: string[] = [];
  const focused: string[] = [];
  const bracket = createBracket(frame, {
    onSelect: (id) => selected.push(id),
    onFocus: (id) => focused.push(id),
  });
  const model = (shown = byOrder(competition), extra: Partial<BracketModel> = {}): BracketModel => ({
    layout: layoutBracket(shown),
    sizes: DEFAULT_SIZES,
    view: tieViews(competition, 'en'),
    words: bracketWords(competition, 'en'),
    states: tieStates(competition),
    hypothetical: new Set(),
    selectedTieId: null,
    highlighted: null,
    highlightedTeam: null,
    focusTieId: 'E1',
    animate: false,
    ...extra,
  });
  const svg = frame.querySelector('svg')!;
  /** A tie's card group; its frame (`rect.card`) is the button that carries the id, name and tab stop. */
  const tie = (id: string) =>
    svg.querySelector(`[data-tie-id="${id}"]`)?.closest<SVGGElement>('g.tie') ?? null;
  const button = (id: string) => svg.querySelector<SVGRectElement>(`[data-tie-id="${id}"]`);
  const ids = () => [...svg.querySelectorAll('[data-tie-id]')].map((el) => el.getAttribute('data-tie-id'));
  const detailed = () =>
    [...svg.querySelectorAll('g.detail')].map((d) =>
      d.parentElement!.firstElementChild!.getAttribute('data-tie-id'),
    );
  return { svg, bracket, model, tie, button, ids, detailed, selected, focused };
}

describe('the bracket', () => {
  it('draws a card per tie with both teams, country codes, leg goals and aggregate', () => {
    const { bracket, model, tie, button, ids } = setup();
    bracket.update(model());
    expect(ids()).toHaveLength(15);
    const texts = [...tie('C2')!.querySelectorAll('g.detail > text:not(.code)')].map((t) => t.textContent);
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

  it("keys each stage's score columns, and gives a one-match final's names the room of its legs", () => {
    const ucl = shippedCompetition('ucl-2024-25-knockout.json');
    const { svg, bracket, model, tie } = setup(ucl);
    bracket.update(model());
    const keys = [...svg.querySelectorAll('text.legs-heading')].map((text) => text.textContent);
    expect(keys).toEqual([...Array(keys.length - 1).fill('1st · 2nd · Agg'), 'Score']);
    expect(keys.length).toBe(ucl.stages.length);
    // The final's names run on over the leg columns it does not have.
    const names = [...tie('F-01')!.querySelectorAll('text.name')].map((text) => text.textContent);
    expect(names).toEqual(['Paris Saint-Germain FC', 'FC Internazionale Milano']);
  });

  it('keeps only the filtered stage, reusing each tie node by its id', () => {
    const { bracket, model, tie, ids } = setup();
    bracket.update(model());
    const before = tie('C2');
    bracket.update(model([stages[1]!]));
    expect(ids()).toEqual(['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8']);
    expect(tie('C2')).toBe(before);
    bracket.update(model());
    expect(ids()).toHaveLength(15);
  });

  it('marks the home side of each leg and the byes', () => {
    const { svg, bracket, model, tie } = setup();
    bracket.update(model());
    expect(tie('C2')!.querySelector('path.home-mark')?.getAttribute('d')?.match(/M/g)).toHaveLength(2);
    expect(svg.querySelectorAll('text.bye')).toHaveLength(13);
  });

  it('shows a name cut on the card in full, in its title and over its row (hover and focus)', () => {
    const { bracket, model, tie, button } = setup();
    bracket.update(model());
    // Academia Puerto Cabello (23 characters) won E1: bold names are cut at 18.
    expect(tie('E1')!.querySelector('text.name.winner')?.textContent).toBe('Academia Puerto C…');
    expect(button('E1')!.querySelector('title')?.textContent).toBe('Academia Puerto Cabello');
    expect(tie('E1')!.querySelector('g.full-name text')?.textContent).toBe('Academia Puerto Cabello');
    expect(tie('C2')!.querySelector('g.full-name')).toBeNull();
  });

  it('draws no text below a readable zoom, while the cards of a small bracket keep their full names', async () => {
    const { bracket, model, tie, button } = setup();
    bracket.update(model());
    bracket.zoomBy(0.5); // opened at 50 %: now 25 %
    await nextFrame();
    expect(tie('C2')!.querySelector('g.detail')).toBeNull();
    expect(button('C2')!.getAttribute('aria-label')).toMatch(
      /^Second stage C2: Nacional \(PAR\) v Atlético Nacional, First leg .* won 4–0 on aggregate$/,
    );
    bracket.zoomBy(2);
    await nextFrame();
    expect(tie('C2')!.querySelector('text.name.winner')?.textContent).toBe('Nacional (PAR)');
  });

  it('draws the text of the cards in view only in a 1,023-tie bracket, and all of them to print', () => {
    const { svg, bracket, model, ids, detailed, button } = setup(generateCompetition({ n: 512, seed: 1 }));
    const shown = model();
    bracket.update(shown);
    expect(ids()).toHaveLength(1023);
    // Opened at 50 % on its top-left corner (jsdom's frame is 800 × 600).
    const inView = cardsInView(shown.layout.cards, { x: 16, y: 16, k: 0.5, width: 800, height: 600 });
    expect(inView.length).toBeGreaterThan(0);
    expect(detailed().sort()).toEqual([...inView].sort());
    expect(button('r1-500')!.getAttribute('aria-label')).toBe('Round of 1024 r1-500');
    const restore = bracket.printFit();
    expect(detailed()).toHaveLength(1023);
    expect(svg.getAttribute('viewBox')).toBe(
      `-8 -8 ${Math.round(shown.layout.width + 16)} ${Math.round(shown.layout.height + 16)}`,
    );
    expect(svg.hasAttribute(PRINT_FIT_ATTRIBUTE)).toBe(true);
    restore();
    expect(svg.hasAttribute('viewBox')).toBe(false);
    expect(detailed().sort()).toEqual([...inView].sort());
  });

  it('selects on click, dims ties off the highlighted path and gives one tab stop', () => {
    const { svg, bracket, model, tie, button, selected } = setup();
    bracket.update(
      model(stages, {
        highlighted: new Set(['E3', 'C2', 'G2']),
        highlightedTeam: 'nacional-par',
        selectedTieId: 'C2',
      }),
    );
    tie('G2')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(selected).toEqual(['G2']);
    expect(
      [...svg.querySelectorAll('g.tie.on-path rect.card')].map((el) => el.getAttribute('data-tie-id')),
    ).toEqual(['E3', 'C2', 'G2']);
    expect(svg.querySelectorAll('g.tie.dimmed')).toHaveLength(12);
    expect(tie('C2')!.classList.contains('selected')).toBe(true);
    expect(svg.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    expect(button('E1')!.getAttribute('tabindex')).toBe('0');
  });

  it('moves focus with the arrow keys along the progression, and opens a tie with Enter', () => {
    const { bracket, model, button, selected, focused } = setup();
    bracket.update(model());
    const key = (id: string, k: string) =>
      button(id)!.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
    key('E1', 'ArrowRight');
    expect(focused).toHaveLength(1);
    expect(document.activeElement).toBe(button(focused[0]!));
    expect(button(focused[0]!)!.getAttribute('tabindex')).toBe('0');
    expect(button('E1')!.getAttribute('tabindex')).toBe('-1');
    key(focused[0]!, 'Enter');
    expect(selected).toEqual([focused[0]]);
  });
});

describe('a prerendered drawing', () => {
  /** A frame holding what the build writes: the bracket's staticMarkup, parsed as a page's HTML. */
  function builtFrame(markup: string) {
    const frame = document.createElement('div');
    const parsed = new DOMParser().parseFromString(`<body><div>${markup}</div></body>`, 'text/html');
    frame.append(...parsed.body.firstElementChild!.childNodes);
    document.body.append(frame);
    return frame;
  }

  it('is every card in full, fitted by its viewBox, and taken over without drawing again', () => {
    const built = setup();
    built.bracket.update(built.model());
    const markup = built.bracket.staticMarkup();
    const frame = builtFrame(markup);
    const svg = frame.querySelector('svg')!;
    expect(svg.getAttribute('viewBox')).toMatch(/^0 0 \d+(\.\d+)? \d+(\.\d+)?$/);
    expect(svg.querySelectorAll('rect.card')).toHaveLength(15);
    expect(svg.querySelectorAll('g.detail')).toHaveLength(15);
    expect(svg.firstElementChild!.hasAttribute('transform')).toBe(false);
    const card = svg.querySelector('[data-tie-id="C2"]')!.closest('g.tie')!;

    const selected: string[] = [];
    const bracket = createBracket(frame, { onSelect: (id) => selected.push(id), onFocus: () => {} });
    bracket.update(built.model());
    // The same nodes: the drawing was kept, now sized by script.
    expect(frame.querySelectorAll('svg')).toHaveLength(1);
    expect(frame.querySelector('[data-tie-id="C2"]')!.closest('g.tie')).toBe(card);
    expect(svg.hasAttribute('viewBox')).toBe(false);
    expect(svg.getAttribute('class')).toContain('h-full');
    // D3 has its data: a selection, a filter change and a click work as on its own drawing.
    bracket.update(built.model(undefined, { selectedTieId: 'C2' }));
    expect(card.classList.contains('selected')).toBe(true);
    bracket.update(built.model([stages[0]!]));
    expect(frame.querySelectorAll('rect.card')).toHaveLength(3);
    frame.querySelector('[data-tie-id="E1"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(selected).toEqual(['E1']);
  });

  it('of other ties is replaced by a drawing of these', () => {
    const built = setup();
    built.bracket.update(built.model([stages[0]!]));
    const frame = builtFrame(built.bracket.staticMarkup());
    const bracket = createBracket(frame, { onSelect: () => {}, onFocus: () => {} });
    bracket.update(built.model());
    expect(frame.querySelectorAll('rect.card')).toHaveLength(15);
    expect(frame.querySelectorAll('text.heading')).toHaveLength(stages.length + 1);
  });
});
