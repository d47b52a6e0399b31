// A page's link preview: its bracket as drawn in the page (the prerendered markup), under the
// competition's name, as a 1200 × 630 PNG. The bracket's rules of src/styles.css are given to resvg
// with the light theme's colours written in (it knows no CSS variables) and Inter from a package,
// never the machine's fonts: the same image on every machine.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { escapeMarkup } from '../../src/domain/text.ts';

export const PREVIEW_SIZE = { width: 1200, height: 630 };
const PAD = 32;
const TITLE_HEIGHT = 72;
const FONT = '@expo-google-fonts/inter';
const FONT_FILES = [
  '400Regular/Inter_400Regular.ttf',
  '600SemiBold/Inter_600SemiBold.ttf',
  '700Bold/Inter_700Bold.ttf',
];

/** A stylesheet's :root tokens, each resolved to its light theme's value (`light-dark(light, dark)`). */
function lightTokens(css: string): (name: string) => string {
  const root = /:root\s*{([^}]*)}/.exec(css)?.[1];
  if (!root) throw new Error('src/styles.css: no :root tokens');
  const tokens = new Map(
    [...root.matchAll(/(--[\w-]+):\s*light-dark\(([^,]+),[^;]+;/g)].map((m) => [m[1]!, m[2]!.trim()]),
  );
  return (name) => {
    const value = tokens.get(name);
    if (!value) throw new Error(`src/styles.css: the bracket uses var(${name}), which :root does not set`);
    return value;
  };
}

/** The bracket's rules of the stylesheet with the light theme's values for its variables. */
export function bracketStyles(css: string, light = lightTokens(css)): string {
  const start = css.indexOf('/* ---- The D3 bracket');
  if (start < 0) throw new Error('src/styles.css: no bracket section');
  return css
    .slice(start)
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/var\((--[\w-]+)\)/g, (_, name: string) => light(name));
}

/**
 * `bracket` is the page's drawing (an <svg> with a viewBox), `title` the words above it. The bracket
 * is fitted below the title, at most 1:1; a big one shows its top-left part at a readable size.
 */
export function previewImage(bracket: string, title: string, css: string): Buffer {
  const viewBox = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(bracket);
  if (!viewBox) throw new Error('the bracket markup has no viewBox');
  const [width, height] = [Number(viewBox[1]), Number(viewBox[2])];
  const room = { width: PREVIEW_SIZE.width - 2 * PAD, height: PREVIEW_SIZE.height - TITLE_HEIGHT - PAD };
  const k = Math.max(0.45, Math.min(1, room.width / width, room.height / height));
  const shown = { width: Math.min(room.width / k, width), height: Math.min(room.height / k, height) };
  const left = (PREVIEW_SIZE.width - shown.width * k) / 2;
  const inner = bracket.replace(/^<svg[^>]*>/, '').replace(/<\/svg>$/, '');
  // The page's colours (canvas, accent, ink, and the frame's surface and line), in the light theme.
  const light = lightTokens(css);
  const [canvas, accent, ink, surface, line] = ['--canvas', '--accent', '--ink', '--surface', '--line'].map(
    light,
  );
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${PREVIEW_SIZE.width}" height="${PREVIEW_SIZE.height}">
<style>${bracketStyles(css, light)} svg { font-family: Inter; }</style>
<rect width="100%" height="100%" fill="${canvas}"/>
<text x="${PAD}" y="${PAD + 22}" font-family="Inter" font-size="28" font-weight="700" fill="${accent}">Llave</text>
<text x="${PAD + 92}" y="${PAD + 22}" font-family="Inter" font-size="26" font-weight="600" fill="${ink}">${escapeMarkup(title)}</text>
<rect x="${left - 8}" y="${TITLE_HEIGHT - 8}" width="${shown.width * k + 16}" height="${shown.height * k + 8}" rx="10" fill="${surface}" stroke="${line}"/>
<svg class="bracket" x="${left}" y="${TITLE_HEIGHT}" width="${shown.width * k}" height="${shown.height * k}" viewBox="0 0 ${shown.width} ${shown.height}">${inner}</svg>
</svg>`;
  const require = createRequire(import.meta.url);
  const fontFiles = FONT_FILES.map((file) => require.resolve(`${FONT}/${file}`));
  return new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles, defaultFontFamily: 'Inter' },
    fitTo: { mode: 'original' },
  })
    .render()
    .asPng();
}

/** src/styles.css of the project at `root`. */
export const readStyles = (root: string) => readFileSync(`${root}/src/styles.css`, 'utf8');
