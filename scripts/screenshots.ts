// Screenshots of every view, to show that a change left the pixels alone (or which ones it moved).
//
//   npm run screenshots -- capture --url http://localhost:4173 --out DIR
//     Every view of a served build (vite preview) at desktop 1280×800 and phone 390×844, light and
//     dark, with reduced motion, plus a run in Spanish: DIR/<device>-<theme>[-es]-<view>.png.
//   npm run screenshots -- compare A B --out DIFFDIR [--threshold PERCENT] [--color-threshold N] [--ignore-aa]
//     Compares the same-named PNGs of A and B with pixelmatch, prints a table, writes DIFFDIR/<name>.png
//     for each that differs; exits 1 if any differs by more than PERCENT of its pixels (default 0),
//     differs in size, or is missing on one side. By default exact: any change of colour counts.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pixelmatch from 'pixelmatch';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium.ts';

const DEVICES = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;
type Device = keyof typeof DEVICES;
type Theme = 'light' | 'dark';

/** The control names the shots click, in each language a run uses (src/i18n). */
const LABELS = {
  en: {
    team: 'Team',
    export: 'Export',
    add: 'Add competition',
    views: { list: 'List', draw: 'Draw', notes: 'Notes' },
  },
  es: {
    team: 'Equipo',
    export: 'Exportar',
    add: 'Añadir competición',
    views: { list: 'Lista', draw: 'Sorteo', notes: 'Notas' },
  },
} as const;
type Lang = keyof typeof LABELS;

/** The runs: every device in light and dark, and one in Spanish on each device. */
const RUNS: { device: Device; theme: Theme; lang: Lang }[] = [
  { device: 'desktop', theme: 'light', lang: 'en' },
  { device: 'desktop', theme: 'dark', lang: 'en' },
  { device: 'phone', theme: 'light', lang: 'en' },
  { device: 'phone', theme: 'dark', lang: 'en' },
  { device: 'desktop', theme: 'light', lang: 'es' },
  { device: 'phone', theme: 'light', lang: 'es' },
];

/** The competitions shipped in public/data/index.json; the first is the default. */
const COMPETITIONS = [
  'libertadores-2024-qualifying',
  'libertadores-2023-qualifying',
  'caf-cc-2023-24-qualifying',
];

interface Shot {
  name: string;
  /** Query string added to the run's (which carries the language). */
  query?: Record<string, string>;
  /** What to do once the bracket is drawn, before the shot. */
  act?: (page: Page, ctx: { device: Device; lang: Lang }) => Promise<void>;
  fullPage?: boolean;
}

/** A tie of the default competition: a card of the desktop bracket, and one of the phone's first stage. */
const TIE = { desktop: 'svg.bracket [data-tie-id="C2"]', phone: 'li [data-tie-id="E2"]' };

const openView = (view: keyof (typeof LABELS)['en']['views']) => async (page: Page, lang: Lang) => {
  await page.getByRole('button', { name: LABELS[lang].views[view], exact: true }).click();
  // Loaded on first use: the list and draw show a table, the notes a heading.
  await page
    .locator(view === 'notes' ? 'main h2' : 'main table caption')
    .first()
    .waitFor();
};

const SHOTS: Shot[] = [
  { name: 'bracket' },
  {
    name: 'tie',
    act: async (page, { device }) => {
      const tie = page.locator(TIE[device]);
      await tie.scrollIntoViewIfNeeded();
      await tie.click();
      await page.getByRole('dialog').waitFor();
    },
  },
  {
    name: 'team',
    act: async (page, { lang }) => {
      await page.getByRole('combobox', { name: LABELS[lang].team }).fill('botafogo');
      await page.getByRole('option', { name: /Botafogo/ }).click();
      await page.getByRole('listbox').waitFor({ state: 'detached' });
    },
  },
  ...(['list', 'draw', 'notes'] as const).flatMap((view) => [
    { name: view, act: (page: Page, { lang }: { lang: Lang }) => openView(view)(page, lang) },
    {
      name: `${view}-full`,
      act: (page: Page, { lang }: { lang: Lang }) => openView(view)(page, lang),
      fullPage: true,
    },
  ]),
  {
    name: 'export-menu',
    act: async (page, { lang }) => {
      await page.getByRole('button', { name: LABELS[lang].export, exact: true }).click();
      await page.locator('button[aria-expanded="true"]').waitFor();
    },
  },
  {
    name: 'add-competition',
    act: async (page, { lang }) => {
      await page.getByRole('button', { name: LABELS[lang].add, exact: true }).click();
      await page.getByRole('dialog').waitFor();
    },
  },
  ...COMPETITIONS.map((id) => ({ name: `competition-${id}`, query: { competition: id } })),
];

// What runs in the page is passed as source text: this file is typechecked for Node, without the DOM.
const FONTS_AND_TWO_FRAMES =
  'document.fonts.ready.then(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))';
const isDark = (dark: boolean) => `document.documentElement.classList.contains('dark') === ${dark}`;

/** Fonts loaded, the network quiet and two frames drawn since. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(FONTS_AND_TWO_FRAMES);
}

async function captureOne(
  browser: Browser,
  url: string,
  out: string,
  run: (typeof RUNS)[number],
  shot: Shot,
): Promise<string> {
  const { device, theme, lang } = run;
  const name = `${device}-${theme}${lang === 'en' ? '' : `-${lang}`}-${shot.name}`;
  // A context each: no theme choice, added competition or storage carried from one shot to the next.
  const context = await browser.newContext({
    viewport: DEVICES[device],
    colorScheme: theme,
    reducedMotion: 'reduce',
  });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const query = new URLSearchParams({ ...(lang === 'en' ? {} : { lang }), ...shot.query });
    const target = new URL(url);
    target.search = query.toString();
    await page.goto(target.href);
    await page.locator('#root > *').first().waitFor({ state: 'attached' });
    await page
      .locator(device === 'phone' ? 'li [data-tie-id]' : 'svg.bracket [data-tie-id]')
      .first()
      .waitFor();
    // The app follows the system's colour scheme (src/features/theme) once React has mounted.
    await page.waitForFunction(isDark(theme === 'dark'));
    await settle(page);
    if (shot.act) {
      await shot.act(page, { device, lang });
      // No hover left on what was clicked (the pointer rests in the page's top left corner).
      await page.mouse.move(0, 0);
      await settle(page);
    }
    await page.screenshot({
      path: join(out, `${name}.png`),
      fullPage: shot.fullPage ?? false,
      animations: 'disabled',
      caret: 'hide',
    });
    if (errors.length) console.warn(`  ${name}: page errors: ${errors.join('; ')}`);
    return name;
  } finally {
    await context.close();
  }
}

async function capture(url: string, out: string, only?: string): Promise<number> {
  mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const failed: string[] = [];
  let saved = 0;
  try {
    for (const run of RUNS) {
      for (const shot of SHOTS) {
        const label = `${run.device}-${run.theme}-${run.lang}-${shot.name}`;
        if (only && !label.includes(only)) continue;
        try {
          const name = await captureOne(browser, url, out, run, shot);
          saved += 1;
          console.log(`saved ${name}.png`);
        } catch (error) {
          // The app under test may lack a view (an older build): note it, carry on with the rest.
          const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
          failed.push(`${label}: ${message}`);
          console.warn(`skipped ${label}: ${message}`);
        }
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`${saved} screenshots in ${out}${failed.length ? `; ${failed.length} failed:` : ''}`);
  for (const line of failed) console.log(`  ${line}`);
  return failed.length ? 1 : 0;
}

interface Row {
  name: string;
  pixels: number | null;
  percent: number | null;
  note: string;
}

function compare(
  a: string,
  b: string,
  out: string,
  { threshold, colorThreshold, includeAA }: { threshold: number; colorThreshold: number; includeAA: boolean },
): number {
  const pngs = (dir: string) => new Set(readdirSync(dir).filter((file) => file.endsWith('.png')));
  const inA = pngs(a);
  const inB = pngs(b);
  const names = [...new Set([...inA, ...inB])].sort();
  mkdirSync(out, { recursive: true });
  const rows: Row[] = [];
  for (const file of names) {
    const name = file.replace(/\.png$/, '');
    if (!inA.has(file) || !inB.has(file)) {
      rows.push({ name, pixels: null, percent: null, note: `only in ${inA.has(file) ? a : b}` });
      continue;
    }
    const one = PNG.sync.read(readFileSync(join(a, file)));
    const two = PNG.sync.read(readFileSync(join(b, file)));
    if (one.width !== two.width || one.height !== two.height) {
      rows.push({
        name,
        pixels: null,
        percent: null,
        note: `size ${one.width}×${one.height} vs ${two.width}×${two.height}`,
      });
      continue;
    }
    const diff = new PNG({ width: one.width, height: one.height });
    const pixels = pixelmatch(one.data, two.data, diff.data, one.width, one.height, {
      threshold: colorThreshold,
      includeAA,
    });
    const percent = (100 * pixels) / (one.width * one.height);
    if (pixels > 0) writeFileSync(join(out, file), PNG.sync.write(diff));
    rows.push({ name, pixels, percent, note: pixels > 0 ? `diff: ${join(out, file)}` : '' });
  }

  const failing = rows.filter((row) => row.percent === null || row.percent > threshold);
  const width = Math.max(4, ...rows.map((row) => row.name.length));
  console.log(`${'name'.padEnd(width)}  ${'pixels'.padStart(8)}  ${'percent'.padStart(8)}  note`);
  for (const row of rows) {
    const pixels = row.pixels === null ? '-' : String(row.pixels);
    const percent = row.percent === null ? '-' : `${row.percent.toFixed(3)}%`;
    console.log(`${row.name.padEnd(width)}  ${pixels.padStart(8)}  ${percent.padStart(8)}  ${row.note}`);
  }
  const differing = rows.filter((row) => row.pixels !== 0).length;
  console.log(
    `${rows.length} compared, ${differing} differ, ${failing.length} beyond the threshold of ${threshold}%`,
  );
  return failing.length ? 1 : 0;
}

const USAGE = `usage:
  npm run screenshots -- capture --url URL --out DIR [--only TEXT]
  npm run screenshots -- compare A B --out DIFFDIR [--threshold PERCENT] [--color-threshold 0..1] [--ignore-aa]`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    url: { type: 'string' },
    out: { type: 'string' },
    only: { type: 'string' },
    threshold: { type: 'string', default: '0' },
    'color-threshold': { type: 'string', default: '0' },
    'ignore-aa': { type: 'boolean', default: false },
  },
});
const [command, ...dirs] = positionals;

if (command === 'capture' && values.url && values.out && dirs.length === 0) {
  process.exitCode = await capture(values.url, resolve(values.out), values.only);
} else if (command === 'compare' && values.out && dirs.length === 2) {
  process.exitCode = compare(resolve(dirs[0]!), resolve(dirs[1]!), resolve(values.out), {
    threshold: Number(values.threshold),
    colorThreshold: Number(values['color-threshold']),
    includeAA: !values['ignore-aa'],
  });
} else {
  console.error(USAGE);
  process.exitCode = 2;
}
