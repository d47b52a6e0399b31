// The build's page writer and preview styles (scripts/prerender/): what a link preview reads, text
// escaped where it lands, and a clear error when the built index.html is not what they expect.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appHtml, pageHtml, type PageMeta } from '../scripts/prerender/page-html.ts';
import { PNG } from 'pngjs';
import { bracketStyles, previewImage } from '../scripts/prerender/preview-image.ts';
import { translator } from '../src/i18n/translate.ts';
import { pageWords } from '../src/present/words.ts';
import { shippedCompetition } from './files.ts';

const TEMPLATE = `<!doctype html>
<html lang="en">
  <head>
    <meta
      name="description"
      content="Two-legged knockout qualifying brackets."
    />
    <title>Llave · qualifying brackets</title>
    <link rel="modulepreload" crossorigin href="/assets/page-1.js">
    <link rel="modulepreload" href="/assets/mount-app-1.js" crossorigin="" data-app-chunk="">
  </head>
  <body>
    <div id="root"></div>
    <link rel="preload" href="/data/index.json" as="fetch" crossorigin />
    <link rel="preload" href="/data/libertadores-2024-qualifying.json" as="fetch" crossorigin />
  </body>
</html>`;

const META: PageMeta = {
  path: '/c/x-cup/',
  lang: 'en',
  alternates: [
    { lang: 'en', path: '/en/c/x-cup/' },
    { lang: 'es', path: '/es/c/x-cup/' },
    { lang: 'x-default', path: '/c/x-cup/' },
  ],
  title: 'The "X" Cup <2024> · Llave',
  description: 'Fish & chips: all 3 ties',
  image: '/og/x-cup.png',
  imageAlt: 'The bracket of the "X" Cup',
  imageSize: { width: 1200, height: 630 },
  dataFile: 'x-cup.json',
  root: { markup: '<p>$& $1 kept as written</p>', key: '["x-cup","en"]' },
};

const content = (html: string, key: string) =>
  new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`).exec(html)?.[1];

describe('a prerendered page', () => {
  it('has its title, description and link preview, escaped, and its own data preloaded', () => {
    const html = pageHtml(TEMPLATE, META, null);
    expect(html).toContain('<title>The "X" Cup &lt;2024&gt; · Llave</title>');
    expect(content(html, 'og:title')).toBe('The &quot;X&quot; Cup &lt;2024&gt; · Llave');
    expect(content(html, 'description')).toBe('Fish &amp; chips: all 3 ties');
    expect(content(html, 'twitter:card')).toBe('summary_large_image');
    expect(content(html, 'og:image')).toBe('/og/x-cup.png');
    expect(content(html, 'og:url')).toBeUndefined(); // no site: no absolute URL to give
    expect(html).toContain('<link rel="preload" href="/data/x-cup.json" as="fetch" crossorigin />');
    expect(html).toContain('<link rel="preload" href="/data/index.json"');
    expect(html).toContain(
      '<div id="root" data-page-key="[&quot;x-cup&quot;,&quot;en&quot;]"><p>$& $1 kept as written</p></div>',
    );
    expect(html.match(/name="description"/g)).toHaveLength(1);
  });

  it("loads the page's own script first and the app's chunks only after its first frame", () => {
    const html = pageHtml(TEMPLATE, META, null);
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/page-1.js">');
    expect(html).not.toContain('mount-app');
  });

  it('gives absolute URLs for a known site', () => {
    // As the build gives them with base /brackets/: the paths carry the base.
    const meta = { ...META, path: '/brackets/c/x-cup/', image: '/brackets/og/x-cup.png' };
    const html = pageHtml(TEMPLATE, meta, 'https://llave.example/brackets/');
    expect(content(html, 'og:image')).toBe('https://llave.example/brackets/og/x-cup.png');
    expect(content(html, 'og:url')).toBe('https://llave.example/brackets/c/x-cup/');
    expect(html).toContain('<link rel="canonical" href="https://llave.example/brackets/c/x-cup/" />');
  });

  it('says its language, and where it is in the others for a known site', () => {
    const meta = { ...META, path: '/es/c/x-cup/', lang: 'es' };
    expect(pageHtml(TEMPLATE, meta, null)).toContain('<html lang="es">');
    expect(pageHtml(TEMPLATE, meta, null)).not.toContain('hreflang');
    const html = pageHtml(TEMPLATE, meta, 'https://llave.example/');
    expect(
      [...html.matchAll(/<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)"/g)].map((m) => m.slice(1)),
    ).toEqual([
      ['en', 'https://llave.example/en/c/x-cup/'],
      ['es', 'https://llave.example/es/c/x-cup/'],
      ['x-default', 'https://llave.example/c/x-cup/'],
    ]);
  });

  it("app/'s page says it is loading, and names a missing #root", () => {
    expect(appHtml(TEMPLATE, 'Cargando…')).toContain(
      '<div id="root"><p class="p-4 text-muted" role="status">Cargando…</p></div>',
    );
    expect(() => appHtml(TEMPLATE.replace('<div id="root"></div>', ''), 'x')).toThrow(
      'dist/index.html: expected one <div id="root"></div>, found 0',
    );
  });

  it('says which part of the built index.html is missing', () => {
    expect(() => pageHtml(TEMPLATE.replace('<div id="root"></div>', ''), META, null)).toThrow(
      'dist/index.html: expected one <div id="root"></div>, found 0',
    );
  });
});

describe("a page's words", () => {
  it('name the competition, count its ties and name its stages as the app does', () => {
    const words = pageWords(shippedCompetition('ucl-2024-25-qualifying.json'), translator('en'));
    expect(words.title).toBe('2024–25 UEFA Champions League qualifying rounds · Llave');
    expect(words.description).toBe(
      '2024–25 UEFA Champions League qualifying rounds: all 45 ties (First qualifying round, Second ' +
        'qualifying round, Third qualifying round, Play-off round) with both legs, the aggregate, how each ' +
        'was decided and every winner’s path.',
    );
    expect(words.imageAlt).toBe('The bracket of the 2024–25 UEFA Champions League qualifying rounds');
  });
});

describe('the preview image styles', () => {
  it("are the bracket's rules with the light theme's colours written in", () => {
    const css = bracketStyles(readFileSync('src/styles.css', 'utf8'));
    expect(css).toContain('.bracket .heading');
    expect(css).not.toContain('var(');
    expect(css).toMatch(/\.bracket \.heading \{[^}]*fill: #0f172a;/);
  });

  it('name a variable the theme does not set', () => {
    const css =
      ':root { --ink: light-dark(#000, #fff); }\n/* ---- The D3 bracket */ .bracket { fill: var(--nope); }';
    expect(() => bracketStyles(css)).toThrow('the bracket uses var(--nope), which :root does not set');
  });
});

describe('the preview image', () => {
  it('shows the title on the canvas and the drawing in its frame', () => {
    // One card of the bracket's own classes, filling a 400 × 200 drawing: 1:1 below the title.
    const bracket =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 200"><g><g class="tie">' +
      '<rect class="card" x="0" y="0" width="400" height="200"/></g></g></svg>';
    const png = PNG.sync.read(previewImage(bracket, 'A Cup', readFileSync('src/styles.css', 'utf8')));
    const rgb = (x: number, y: number) => [
      ...png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 3),
    ];
    const hex = (color: number[]) => `#${color.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
    expect([png.width, png.height]).toEqual([1200, 630]);
    expect(hex(rgb(4, 4))).toBe('#f4f6f8'); // the light canvas
    expect(hex(rgb(600, 172))).toBe('#ffffff'); // inside the card (the surface), below the title
    // The title's words: some pixels of the header row are ink, not canvas.
    const header = Array.from({ length: 300 }, (_, x) => hex(rgb(32 + x, 48)));
    expect(header.some((color) => color !== '#f4f6f8')).toBe(true);
  });
});
