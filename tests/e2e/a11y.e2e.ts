// axe-core with the WCAG 2.2 AA rule set on every view of every competition, light and dark, and on a
// phone; plus the contrast of the bracket's SVG text, which axe leaves undecided. Every view is opened
// from a link, so each check starts from a settled page.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { runAxe } from './axe.ts';
import { browser, screenshot } from './browser.ts';
import { svgTextContrast } from './svg-contrast.ts';

const COMPETITIONS = [
  { id: 'libertadores-2024-qualifying', tie: 'C1', team: 'botafogo' },
  { id: 'libertadores-2023-qualifying', tie: 'C8', team: 'atletico-mineiro' },
  { id: 'caf-cc-2023-24-qualifying', tie: 'R2-15', team: 'stade-malien' },
] as const;

type Scheme = 'light' | 'dark';

interface Check {
  name: string;
  query: string;
  ready: (page: Page) => Promise<unknown>;
  /** Also measure the SVG bracket's text contrast. */
  svg?: boolean;
}

const bracketReady = (page: Page) => page.locator('svg.bracket [data-tie-id]').first().waitFor();
const phoneReady = (page: Page) => page.locator('li [data-tie-id]').first().waitFor();
const panelReady = (page: Page) => page.getByRole('dialog').getByTestId('tie-outcome').waitFor();

function desktopChecks(competition: (typeof COMPETITIONS)[number]): Check[] {
  const base = `competition=${competition.id}`;
  return [
    { name: 'bracket', query: base, ready: bracketReady, svg: true },
    { name: 'path', query: `${base}&team=${competition.team}`, ready: bracketReady, svg: true },
    { name: 'list', query: `${base}&view=list`, ready: (p) => p.locator('main table').first().waitFor() },
    {
      name: 'list with a path',
      query: `${base}&view=list&team=${competition.team}&tie=${competition.tie}`,
      ready: panelReady,
    },
    { name: 'draw', query: `${base}&view=draw`, ready: (p) => p.locator('main table').first().waitFor() },
    {
      name: 'notes',
      query: `${base}&view=notes`,
      ready: (p) => p.getByRole('heading', { name: 'Data notes' }).waitFor(),
    },
    { name: 'panel', query: `${base}&tie=${competition.tie}`, ready: panelReady, svg: true },
    {
      name: 'team suggestions',
      query: base,
      ready: async (p) => {
        await bracketReady(p);
        await p.getByRole('combobox', { name: 'Team' }).fill('a');
        await p.getByRole('listbox', { name: 'Teams' }).getByRole('option').first().waitFor();
        await p.keyboard.press('ArrowDown'); // an active option, on the accent-soft fill
      },
    },
    { name: 'embed', query: `${base}&embed=1`, ready: bracketReady, svg: true },
    {
      name: 'fallback notice',
      query: `${base}&tie=Z9`,
      ready: (p) => p.getByRole('status').filter({ hasText: 'out of date' }).waitFor(),
    },
  ];
}

function phoneChecks(competition: (typeof COMPETITIONS)[number]): Check[] {
  const base = `competition=${competition.id}`;
  return [
    { name: 'bracket', query: base, ready: phoneReady },
    { name: 'path', query: `${base}&team=${competition.team}`, ready: phoneReady },
    { name: 'sheet', query: `${base}&tie=${competition.tie}`, ready: panelReady },
  ];
}

async function openScheme(scheme: Scheme, viewport: { width: number; height: number }) {
  const page = await browser.newPage({ viewport });
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
  return page;
}

/** Runs every check and returns the ones with findings, keyed by name. */
async function findings(page: Page, scheme: Scheme, checks: Check[], prefix: string) {
  const found: Record<string, unknown> = {};
  for (const item of checks) {
    await page.goto(new URL(`/?${item.query}`, inject('baseUrl')).href);
    await item.ready(page);
    // Checked on what shows: a page follows the system's theme before the app sets any class.
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      scheme === 'dark' ? 'rgb(11, 17, 32)' : 'rgb(244, 246, 248)',
    );
    const axe = await runAxe(page);
    if (axe.length > 0) found[`${prefix} ${item.name}: axe`] = axe;
    if (item.svg) {
      const svg = await svgTextContrast(page);
      if (svg.length > 0) found[`${prefix} ${item.name}: SVG text contrast`] = svg;
    }
  }
  return found;
}

describe.each(['light', 'dark'] as const)('WCAG 2.2 AA, %s', (scheme) => {
  it.each(COMPETITIONS)('has no violation on any view of $id', async (competition) => {
    const page = await openScheme(scheme, { width: 1280, height: 800 });
    const found = await findings(page, scheme, desktopChecks(competition), competition.id);
    await page.close();
    expect(found).toEqual({});
  });

  it('has no violation on a phone: the bracket and the bottom sheet', async () => {
    const page = await openScheme(scheme, { width: 375, height: 667 });
    const found: Record<string, unknown> = {};
    for (const competition of COMPETITIONS) {
      Object.assign(found, await findings(page, scheme, phoneChecks(competition), `phone ${competition.id}`));
    }
    // The sheet opened by a tap, over the stage-by-stage view.
    await page.goto(new URL('/', inject('baseUrl')).href);
    await page.locator('li [data-tie-id="E1"]').click();
    await panelReady(page);
    await screenshot(page, `a11y-phone-sheet-${scheme}`);
    const tapped = await runAxe(page);
    if (tapped.length > 0) found['phone tapped sheet'] = tapped;
    await page.close();
    expect(found).toEqual({});
  });

  it('finds nothing on the raw SVG bracket: each card’s frame is the button, and holds no text', async () => {
    const page = await openScheme(scheme, { width: 1280, height: 800 });
    await page.goto(new URL('/?competition=libertadores-2024-qualifying', inject('baseUrl')).href);
    await bracketReady(page);
    const raw = await runAxe(page);
    await page.close();
    expect(raw).toEqual([]);
  });
});
