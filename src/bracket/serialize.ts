// The bracket as a standalone SVG document: what is on screen (the svg's viewport, the bracket <g> with
// its pan/zoom transform), the styles the page's CSS gives each element inlined from getComputedStyle
// (a standalone file has no stylesheet and no CSS variables), a background and a caption. Built by
// cloning nodes and XMLSerializer: text from data stays text and is escaped as such.
import { svgElement } from './svg.ts';

export type ExportTheme = 'light' | 'dark';

export interface SvgExportOptions {
  /** e.g. "2024 Copa Libertadores qualifying stages · Data: Llave, from verified match reports". */
  caption: string;
  theme: ExportTheme;
}

export interface SerializedSvg {
  text: string;
  width: number;
  height: number;
}

// The theme's --surface and --muted of src/styles.css: the background and the caption.
const PALETTE: Record<ExportTheme, { background: string; caption: string }> = {
  light: { background: '#ffffff', caption: '#475569' },
  dark: { background: '#111827', caption: '#cbd5e1' },
};

const CAPTION_FONT_SIZE = 12;
const CAPTION_LINE = 16;
const CAPTION_PAD = 12;
// A generous average glyph width, to wrap the caption at its " · " separators rather than measure text.
const CAPTION_CHAR_WIDTH = 6.6;

// Styles are written as presentation attributes (fill="…"), not style attributes: the page's CSP
// (style-src 'self') refuses a style attribute set from script, and every SVG reader knows them.
/** Properties copied to every drawn element, skipped when they hold their initial value. */
const SHAPE_PROPERTIES: Readonly<Record<string, string>> = {
  fill: 'rgb(0, 0, 0)',
  'fill-opacity': '1',
  stroke: 'none',
  'stroke-width': '1px',
  'stroke-opacity': '1',
  'stroke-dasharray': 'none',
  'stroke-linecap': 'butt',
  'stroke-linejoin': 'miter',
};
const TEXT_PROPERTIES: Readonly<Record<string, string>> = {
  'font-weight': '400',
  'font-style': 'normal',
  'letter-spacing': 'normal',
};
/** Set once on the root; a text element repeats them only where it differs. */
const ROOT_TEXT_PROPERTIES = ['font-family', 'font-size'] as const;
const DRAWN = new Set(['rect', 'path', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text', 'tspan']);
const TEXT = new Set(['text', 'tspan']);
/** Interaction attributes that mean nothing in a file. */
const DROPPED_ATTRIBUTES = ['tabindex', 'role', 'aria-current', 'style'];

/** "1.5px" → "1.5": a plain number is a length in user units for every SVG reader. */
const attributeValue = (value: string) => value.replace(/^(-?[\d.]+)px$/, '$1');

/** The size of what is shown; jsdom has no layout, hence the fallbacks. */
function viewportSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.getBoundingClientRect();
  const width = Math.round(box.width || svg.clientWidth || Number(svg.getAttribute('width')) || 800);
  const height = Math.round(box.height || svg.clientHeight || Number(svg.getAttribute('height')) || 600);
  return { width, height };
}

/** Caption lines: the whole caption, or its " · " parts when it is too wide for the image. */
function captionLines(caption: string, width: number): string[] {
  const room = Math.max(1, Math.floor((width - 2 * CAPTION_PAD) / CAPTION_CHAR_WIDTH));
  if (caption.length <= room) return [caption];
  const lines: string[] = [];
  for (const part of caption.split(' · ')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 3 + part.length <= room)
      lines[lines.length - 1] = `${last} · ${part}`;
    else lines.push(part);
  }
  return lines;
}

/** Copies the computed styles of `live` (and its descendants) onto `copy`, a deep clone of it. */
function inlineStyles(live: Element, copy: Element, root: CSSStyleDeclaration): void {
  const lives = [live, ...live.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  const removed: Element[] = [];
  lives.forEach((source, index) => {
    const target = copies[index];
    if (!target) return;
    const name = source.localName;
    const computed = getComputedStyle(source);
    // Cards still fading out, hidden drawings and anything executable are left out (a <title> is
    // display: none too, but it is the full name of a truncated team: it stays).
    if (
      source.classList.contains('leaving') ||
      ((DRAWN.has(name) || name === 'g') && computed.display === 'none') ||
      name === 'script' ||
      name === 'foreignObject'
    ) {
      removed.push(target);
      return;
    }
    for (const attribute of [...target.attributes]) {
      if (attribute.name.toLowerCase().startsWith('on') || DROPPED_ATTRIBUTES.includes(attribute.name)) {
        target.removeAttribute(attribute.name);
      }
    }
    const keep = (property: string, initial: string | null, attribute = property) => {
      const value = computed.getPropertyValue(property).trim();
      if (value && value !== initial) target.setAttribute(attribute, attributeValue(value));
    };
    keep('opacity', '1');
    keep('visibility', 'visible');
    if (DRAWN.has(name)) {
      for (const [property, initial] of Object.entries(SHAPE_PROPERTIES)) keep(property, initial);
    }
    if (TEXT.has(name)) {
      for (const [property, initial] of Object.entries(TEXT_PROPERTIES)) keep(property, initial);
      keep('text-decoration-line', 'none', 'text-decoration');
      for (const property of ROOT_TEXT_PROPERTIES) keep(property, root.getPropertyValue(property).trim());
      // text-transform is CSS only: its result is written into the text itself.
      const transform = computed.getPropertyValue('text-transform');
      if (transform === 'uppercase' || transform === 'lowercase') {
        for (const node of target.childNodes) {
          if (node.nodeType === Node.TEXT_NODE && node.textContent) {
            node.textContent =
              transform === 'uppercase' ? node.textContent.toUpperCase() : node.textContent.toLowerCase();
          }
        }
      }
    }
  });
  for (const element of removed) element.remove();
}

/** The bracket as shown, with a background and a caption, as a standalone SVG document and its size. */
export function serializeBracket(svg: SVGSVGElement, options: SvgExportOptions): SerializedSvg {
  const { width, height: shownHeight } = viewportSize(svg);
  const lines = captionLines(options.caption, width);
  const height = shownHeight + lines.length * CAPTION_LINE + CAPTION_PAD;
  const palette = PALETTE[options.theme];
  const rootStyle = getComputedStyle(svg);
  const out = svgElement('svg', { width, height, viewBox: `0 0 ${width} ${height}` });
  for (const property of ROOT_TEXT_PROPERTIES) {
    const value = rootStyle.getPropertyValue(property).trim();
    if (value) out.setAttribute(property, attributeValue(value));
  }
  const title = svgElement('title');
  title.textContent = options.caption;
  out.append(title);
  out.append(svgElement('rect', { width, height, fill: palette.background }));

  // The bracket, clipped to the viewport so that nothing panned off screen runs into the caption.
  const defs = svgElement('defs');
  const clip = svgElement('clipPath', { id: 'llave-viewport' });
  clip.append(svgElement('rect', { width, height: shownHeight }));
  defs.append(clip);
  out.append(defs);
  const shown = svgElement('g', { 'clip-path': 'url(#llave-viewport)' });
  for (const child of svg.children) {
    const copy = child.cloneNode(true) as Element;
    inlineStyles(child, copy, rootStyle);
    if (copy.localName !== 'script' && copy.localName !== 'foreignObject') shown.append(copy);
  }
  out.append(shown);

  const caption = svgElement('text', {
    x: CAPTION_PAD,
    y: shownHeight + CAPTION_LINE - 3,
    fill: palette.caption,
    'font-size': CAPTION_FONT_SIZE,
  });
  lines.forEach((line, index) => {
    const span = svgElement('tspan', { x: CAPTION_PAD, dy: index === 0 ? 0 : CAPTION_LINE });
    span.textContent = line;
    caption.append(span);
  });
  out.append(caption);

  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(out)}\n`;
  return { text, width, height };
}
