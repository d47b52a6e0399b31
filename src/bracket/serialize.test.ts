import { afterEach, describe, expect, it } from 'vitest';
import { serializeBracket } from './serialize.ts';
import { SVG_NS } from './svg.ts';

/** The file's text. */
const svgText = (...args: Parameters<typeof serializeBracket>) => serializeBracket(...args).text;

const HOSTILE = '<img src=x onerror=alert(1)>';
const CAPTION = '2024 Copa Libertadores qualifying stages · Data: Llave, from verified match reports · llave';

type Spec = { name: string; attributes?: Record<string, string>; text?: string; children?: Spec[] };

function build({ name, attributes = {}, text, children = [] }: Spec): SVGElement {
  const element = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
  if (text !== undefined) element.textContent = text; // as the renderer does with D3's .text()
  for (const child of children) element.append(build(child));
  return element;
}

/**
 * A card as src/bracket/structure.ts and card-text.ts draws one: a <g> placed in the bracket, and its frame (the
 * button: tie id, role, tab stop, current tie, the tie's sentence), text and a cut name's title.
 */
const card = (id: string, y: number, [first, second]: [string, string]): Spec => ({
  name: 'g',
  attributes: { class: id === 'C2' ? 'tie selected' : 'tie', transform: `translate(16,${y})` },
  children: [
    {
      name: 'rect',
      attributes: {
        class: 'card',
        rx: '8',
        width: '280',
        height: '74',
        'data-tie-id': id,
        role: 'button',
        tabindex: id === 'E1' ? '0' : '-1',
        ...(id === 'C2' ? { 'aria-current': 'true' } : {}),
        'aria-label': `${id}: ${first} v ${second}`,
      },
    },
    { name: 'text', attributes: { class: 'code', x: '10', y: '14' }, text: id },
    ...[first, second].map((team, slot): Spec => ({
      name: 'g',
      attributes: { class: slot === 0 ? 'team winner' : 'team', transform: `translate(0,${36 + 24 * slot})` },
      children: [
        {
          name: 'text',
          attributes: { class: 'name', x: '44' },
          // Truncated on the card, the full name in its tooltip.
          text: team.length > 20 ? `${team.slice(0, 19)}…` : team,
          children: team.length > 20 ? [{ name: 'title', text: team }] : [],
        },
      ],
    })),
  ],
});

/** A tie's card: the <g> around the frame that carries its id. */
const cardOf = (root: ParentNode, id: string) => root.querySelector(`[data-tie-id="${id}"]`)?.parentElement;

/** The bracket's svg as BracketView holds it: the <g> that d3-zoom pans and zooms, with its layers. */
function renderBracket() {
  const svg = build({
    name: 'svg',
    attributes: { class: 'bracket' },
    children: [
      {
        name: 'g',
        attributes: { transform: 'translate(-120,35) scale(0.8)' },
        children: [
          {
            name: 'g',
            attributes: { class: 'headings' },
            children: [
              { name: 'text', attributes: { class: 'heading', x: '16', y: '16' }, text: 'First stage' },
            ],
          },
          {
            name: 'g',
            attributes: { class: 'outlets' },
            children: [{ name: 'text', attributes: { class: 'outlet-caption' }, text: 'Qualified' }],
          },
          {
            name: 'g',
            attributes: { class: 'ties' },
            children: [
              card('E1', 40, ['Academia Puerto Cabello', 'Defensor Sporting']),
              card('C2', 128, ['Nacional (PAR)', HOSTILE]),
              card('G2', 216, ['Palestino', 'Nacional (PAR)']),
            ],
          },
        ],
      },
    ],
  }) as SVGSVGElement;
  document.body.append(svg);
  return svg;
}

const parse = (text: string) => new DOMParser().parseFromString(text, 'image/svg+xml');

afterEach(() => {
  document.body.replaceChildren();
  document.head.replaceChildren();
});

describe('serializeBracket', () => {
  it('is a standalone SVG document with a background, the bracket as transformed on screen, and the caption', () => {
    const text = svgText(renderBracket(), { caption: CAPTION, theme: 'light' });
    expect(
      text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"'),
    ).toBe(true);
    const doc = parse(text);
    expect(doc.querySelector('parsererror')).toBeNull();
    const root = doc.documentElement;
    expect(root.localName).toBe('svg');
    expect(root.namespaceURI).toBe(SVG_NS);
    // jsdom has no layout: the 800 × 600 fallback, plus the caption line.
    expect(root.getAttribute('viewBox')).toBe(
      `0 0 ${root.getAttribute('width')} ${root.getAttribute('height')}`,
    );
    expect(Number(root.getAttribute('height'))).toBeGreaterThan(600);
    expect(root.querySelector(':scope > rect')?.getAttribute('fill')).toBe('#ffffff');
    expect(root.querySelector(':scope > title')?.textContent).toBe(CAPTION);
    const caption = [...root.querySelectorAll(':scope > text')].map((t) => t.textContent).join(' · ');
    expect(caption).toBe(CAPTION);
    const bracket = root.querySelector('[clip-path] > g');
    expect(bracket?.getAttribute('transform')).toBe('translate(-120,35) scale(0.8)');
    expect(bracket?.querySelectorAll('[data-tie-id]')).toHaveLength(3);
    expect(bracket?.querySelector('.heading')?.textContent).toBe('First stage');
  });

  it('keeps a team name from the data as text, never as markup, and carries no script', () => {
    const text = svgText(renderBracket(), { caption: CAPTION, theme: 'dark' });
    expect(text).toContain('&lt;img src=x onerror=alert(1)&gt;');
    // No element and no event handler attribute (the name inside aria-label is escaped text).
    expect(text).not.toMatch(/<img|<script|<foreignObject|\son[a-z]+="/i);
    const doc = parse(text);
    expect(doc.querySelectorAll('img, script, foreignObject')).toHaveLength(0);
    const name = cardOf(doc, 'C2')?.querySelectorAll('text.name')[1];
    // Truncated on the card, in full in its tooltip.
    expect(name?.firstChild?.textContent).toBe('<img src=x onerror=…');
    expect(name?.querySelector('title')?.textContent).toBe(HOSTILE);
    expect(name?.children).toHaveLength(1);
    expect(doc.documentElement.querySelector(':scope > rect')?.getAttribute('fill')).toBe('#111827');
  });

  it('drops what only means something on the page: tab stops, roles, cards fading out', () => {
    const svg = renderBracket();
    cardOf(svg, 'E1')?.classList.add('leaving'); // as the renderer marks a card fading out
    const doc = parse(svgText(svg, { caption: CAPTION, theme: 'light' }));
    expect(doc.querySelectorAll('[tabindex], [role], [aria-current]')).toHaveLength(0);
    expect(doc.querySelector('[data-tie-id="E1"]')).toBeNull();
    expect(doc.querySelectorAll('[data-tie-id]')).toHaveLength(2);
    // The page is untouched.
    expect(svg.querySelectorAll('[data-tie-id][tabindex][role]')).toHaveLength(3);
  });

  it('inlines the computed styles the page’s stylesheet gives the bracket', () => {
    const sheet = document.createElement('style');
    sheet.textContent =
      '.bracket .winner .name { fill: rgb(1, 2, 3); font-weight: 700; } .bracket .card { stroke: rgb(4, 5, 6); }' +
      ' .bracket .outlet-caption { text-transform: uppercase; }';
    document.head.append(sheet);
    const doc = parse(svgText(renderBracket(), { caption: CAPTION, theme: 'light' }));
    const winner = cardOf(doc, 'C2')?.querySelector('.winner text.name');
    // Presentation attributes: the app's CSP refuses style attributes set from script.
    expect(winner?.getAttribute('fill')).toBe('rgb(1, 2, 3)');
    expect(winner?.getAttribute('font-weight')).toBe('700');
    expect(winner?.hasAttribute('style')).toBe(false);
    expect(doc.querySelector('[data-tie-id="C2"]')?.getAttribute('stroke')).toBe('rgb(4, 5, 6)');
    expect(doc.querySelectorAll('[style]')).toHaveLength(0);
    // text-transform is CSS only: the file carries the transformed text.
    expect(doc.querySelector('.outlet-caption')?.textContent).toBe('QUALIFIED');
  });

  it('wraps a caption too wide for the image at its separators', () => {
    const svg = renderBracket();
    svg.setAttribute('width', '360');
    const { text, height } = serializeBracket(svg, { caption: CAPTION, theme: 'light' });
    const lines = [...parse(text).querySelectorAll('svg > text > tspan')].map((t) => t.textContent);
    expect(lines).toEqual([
      '2024 Copa Libertadores qualifying stages',
      'Data: Llave, from verified match reports · llave',
    ]);
    expect(height).toBe(600 + 2 * 16 + 12);
  });
});
