// The pages the build prerenders: every shipped competition at /c/<id>/ (the default one at / too)
// shows its whole bracket with no script at all; with script, React takes the page over without
// drawing or moving anything; each page has its link preview; a view the build could not know is
// drawn by the browser as before.
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { CompetitionIndexEntry } from '../../src/domain/types.ts';
import { readShippedText, shippedCompetition, type ShippedFile } from '../files.ts';
import { appMounted, browser, openApp, screenshot } from './browser.ts';

const ENTRIES = (JSON.parse(readShippedText('index.json')) as { competitions: CompetitionIndexEntry[] })
  .competitions;
const tieIds = (entry: CompetitionIndexEntry) =>
  shippedCompetition(entry.file as ShippedFile).stages.flatMap((s) => s.ties.map((t) => t.id));
const url = (path: string) => new URL(path, inject('baseUrl')).href;

/** The phone layout's cards. */
const PHONE_CARDS = 'li [data-tie-id]';

/** Every card's box, by tie: the drawing's by default, or those `selector` finds. */
const cardBoxes = (page: Page, selector = 'svg.bracket rect.card') =>
  page.locator(selector).evaluateAll((cards) =>
    cards.map((card) => {
      const { x, y, width, height } = card.getBoundingClientRect();
      return { id: card.getAttribute('data-tie-id'), x, y, width, height };
    }),
  );

/** The same cards in the same places, to a tenth of a pixel (CSS scales the built drawing). */
function expectSameBoxes(after: Awaited<ReturnType<typeof cardBoxes>>, before: typeof after) {
  expect(after.map((box) => box.id)).toEqual(before.map((box) => box.id));
  after.forEach((box, i) => {
    for (const key of ['x', 'y', 'width', 'height'] as const)
      expect(box[key]).toBeCloseTo(before[i]![key], 1);
  });
}

/**
 * Opens `path` with React and the app's components held back until `release()`: the page stays as
 * the build wrote it, and main.ts has run.
 */
async function openWithReactHeld(path: string, viewport?: { width: number; height: number }) {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const opened = await openApp(browser, path, viewport, {
    waitForApp: false,
    beforeGoto: (page) =>
      page.route(/\/assets\/mount-app-[\w-]+\.js$/, async (route) => {
        await held;
        await route.continue();
      }),
  });
  return { ...opened, release };
}

/**
 * Opens the page at `path` (the 2024 Libertadores' unless `ties` says otherwise) and lets React take
 * it over: the same <svg>, every card where the build put it.
 */
async function takeOver(path: string, ties = 15, viewport?: { width: number; height: number }) {
  const { page, errors, release } = await openWithReactHeld(path, viewport);
  await page.locator('svg.bracket rect.card').first().waitFor();
  const before = await cardBoxes(page);
  expect(before).toHaveLength(ties);
  await page.evaluate(
    () => ((document.querySelector('svg.bracket') as unknown as { built: boolean }).built = true),
  );
  release();
  await appMounted(page);
  // The zoom is shown once the bracket's handle has the drawing.
  await expect.poll(() => page.locator('section.bracket-frame [aria-live]').textContent()).toMatch(/^\d+%$/);
  const svg = page.locator('svg.bracket');
  expect(await svg.count()).toBe(1);
  expect(await page.locator('[data-layout="phone"]').count()).toBe(0);
  expect(await svg.evaluate((el) => (el as unknown as { built?: boolean }).built)).toBe(true);
  expectSameBoxes(await cardBoxes(page), before);
  return { page, errors };
}

describe('prerendered pages', () => {
  it('show every tie of each shipped competition with JavaScript disabled', async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 1280, height: 800 },
    });
    const page = await context.newPage();
    for (const entry of ENTRIES) {
      await page.goto(url(`/c/${entry.id}/`));
      expect(await page.title()).toBe(`${entry.name} · Llave`);
      const shown = await page
        .locator('svg.bracket rect.card')
        .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-tie-id')));
      expect(shown.toSorted()).toEqual(tieIds(entry).toSorted());
      // Each card carries its text: the tie's code is drawn on it.
      expect(await page.locator('svg.bracket text.code').count()).toBe(shown.length);
    }
    await page.goto(url('/'));
    expect(await page.title()).toBe(`${ENTRIES[0]!.name} · Llave`);
    expect(await page.locator('svg.bracket rect.card').count()).toBe(tieIds(ENTRIES[0]!).length);
    // The drawing is fitted inside its frame by CSS alone.
    const frame = (await page.locator('section.bracket-frame').boundingBox())!;
    const svg = (await page.locator('svg.bracket').boundingBox())!;
    expect(svg.x).toBeGreaterThanOrEqual(frame.x);
    expect(svg.x + svg.width).toBeLessThanOrEqual(frame.x + frame.width);
    expect(svg.y + svg.height).toBeLessThanOrEqual(frame.y + frame.height);
    await screenshot(page, 'prerendered-no-js');
    await context.close();
  });

  it('is taken over by React with the same drawing, every tie in the same place', async () => {
    const { page, errors } = await takeOver('/c/libertadores-2024-qualifying/');
    await page.locator('[data-tie-id="C2"]').click();
    await expect
      .poll(() => page.getByRole('dialog').getByTestId('leg-score').allTextContents())
      .toEqual(['Nacional (PAR) 1–0 Atlético Nacional', 'Atlético Nacional 0–3 Nacional (PAR)']);
    expect(new URL(page.url()).pathname).toBe('/c/libertadores-2024-qualifying/');
    await page.keyboard.press('Escape');
    // Another competition is another page: its path, kept by a reload.
    await page
      .getByLabel('Competition')
      .selectOption({ label: '2023–24 CAF Confederation Cup qualifying rounds' });
    await expect.poll(() => new URL(page.url()).pathname).toBe('/c/caf-cc-2023-24-qualifying/');
    await page.reload();
    await appMounted(page);
    expect(await page.locator('svg.bracket rect.card').count()).toBe(36);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('show a phone its stage-by-stage bracket before any script, and React keeps it', async () => {
    const phone = { width: 390, height: 844 };
    const firstStage = ['R1-01', 'R1-02', 'R1-03']; // the CAF page's first cards, from the top
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: phone });
    const noScript = await context.newPage();
    await noScript.goto(url('/c/caf-cc-2023-24-qualifying/'));
    expect(await noScript.locator('nav[aria-label="Stages"] h2').textContent()).toBe('First round');
    const cards = await cardBoxes(noScript, PHONE_CARDS);
    expect(cards).toHaveLength(20);
    expect(cards.slice(0, 3).map((card) => card.id)).toEqual(firstStage);
    expect(await noScript.locator('svg.bracket').isVisible()).toBe(false);
    await screenshot(noScript, 'prerendered-phone-no-js');
    await context.close();

    const { page, errors, release } = await openWithReactHeld('/c/caf-cc-2023-24-qualifying/', phone);
    await page.locator('li [data-tie-id="R1-01"]').waitFor();
    const before = await cardBoxes(page, PHONE_CARDS);
    expect(before).toEqual(cards);
    await page.evaluate(
      () => ((document.querySelector('[data-layout="phone"]') as { built?: boolean }).built = true),
    );
    release();
    await appMounted(page);
    expect(await cardBoxes(page, PHONE_CARDS)).toEqual(before);
    expect(
      await page.locator('[data-layout="phone"]').evaluate((el) => (el as { built?: boolean }).built),
    ).toBe(true);
    // The wide drawing, hidden on a phone, is gone rather than taken over.
    expect(await page.locator('svg.bracket').count()).toBe(0);
    await page.getByRole('button', { name: 'Next stage' }).click();
    await expect.poll(() => page.locator('nav[aria-label="Stages"] h2').textContent()).toBe('Second round');
    await page.locator('li [data-tie-id="R2-15"]').click();
    await expect
      .poll(() => page.getByRole('dialog').getByTestId('tie-outcome').textContent())
      .toBe('3–3 on aggregate; Stade Malien won on away goals');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws a bracket CSS would shrink below a readable zoom (a portrait tablet) at one, and React keeps it', async () => {
    const ucl = ENTRIES.find((entry) => entry.id === 'ucl-2024-25-knockout')!;
    const tablet = { width: 768, height: 1024 };
    const { page, errors } = await takeOver(`/c/${ucl.id}/`, tieIds(ucl).length, tablet);
    // At the app's opening zoom, though the frame is narrower than the bracket is then.
    expect(await page.locator('section.bracket-frame [aria-live]').textContent()).toBe('50%');
    // The cards in view keep their text: the first round's first card reads in full.
    expect(await page.locator('svg.bracket g.detail').count()).toBeGreaterThan(10);
    expect(
      await page
        .locator('svg.bracket rect.card[data-tie-id="KPO-03"] ~ g.detail text.name')
        .allTextContents(),
    ).toEqual(['Juventus FC', 'PSV']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("show the system's theme on the theme toggle before any script", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(url('/'));
    const icon = page.getByRole('button', { name: 'Dark mode' }).locator('span[aria-hidden] > span:visible');
    expect(await icon.allTextContents()).toEqual(['☾']);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await icon.allTextContents()).toEqual(['☀']);
    await context.close();
  });

  it('opens a tie tapped before the app has taken the page over, once it has', async () => {
    const { page, errors, release } = await openWithReactHeld('/c/libertadores-2024-qualifying/', {
      width: 390,
      height: 844,
    });
    await page.locator('li [data-tie-id="E2"]').click();
    expect(await page.getByRole('dialog').count()).toBe(0);
    release();
    await appMounted(page);
    await expect
      .poll(() => page.getByRole('dialog').getByTestId('leg-score').allTextContents())
      .toEqual(['Aurora 1–0 Melgar', 'Melgar 1–1 Aurora']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('does not show the built page under a link to another layout', async () => {
    const { page, errors, release } = await openWithReactHeld('/c/libertadores-2024-qualifying/?embed=1');
    await page.waitForFunction(() => performance.getEntriesByName('app-start').length > 0);
    expect(await page.locator('#root > *').count()).toBe(0);
    release();
    await expect.poll(() => page.locator('svg.bracket rect.card').count()).toBe(15);
    expect(await page.locator('header').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws a view the build could not know in the browser, as before', async () => {
    const { page, errors } = await openApp(browser, '/c/caf-cc-2023-24-qualifying/?lang=es&tie=R2-15');
    await expect
      .poll(() => page.getByRole('dialog').getByTestId('tie-outcome').textContent())
      .toBe('3–3 en el global; Stade Malien ganó por goles de visitante');
    expect(await page.locator('svg.bracket .heading').first().textContent()).toBe('Primera ronda');
    expect(await page.locator('svg.bracket').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('pages in each language', () => {
  const ES = '/es/c/libertadores-2024-qualifying/';

  it('show the bracket in their language before any script, and React keeps the drawing', async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 1280, height: 800 },
    });
    const noScript = await context.newPage();
    await noScript.goto(url(ES));
    expect(await noScript.evaluate(() => document.documentElement.lang)).toBe('es');
    expect((await noScript.locator('svg.bracket .heading').allTextContents())[0]).toBe('Primera fase');
    expect(await noScript.locator('svg.bracket rect.card').count()).toBe(15);
    await context.close();

    const { page, errors } = await takeOver(ES);
    await page.locator('[data-tie-id="C2"]').click();
    await expect
      .poll(() => page.getByRole('dialog').getByTestId('leg-score').allTextContents())
      .toEqual(['Nacional (PAR) 1–0 Atlético Nacional', 'Atlético Nacional 0–3 Nacional (PAR)']);
    expect(await page.getByRole('dialog').getByRole('button', { name: 'Cerrar' }).count()).toBe(1);
    expect(new URL(page.url()).pathname).toBe(ES);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("send a reader from a page without a language to the one in their browser's", async () => {
    const context = await browser.newContext({ locale: 'pt-BR', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(url('/c/caf-cc-2023-24-qualifying/?tie=R1-03'));
    await appMounted(page);
    expect(new URL(page.url()).pathname).toBe('/pt/c/caf-cc-2023-24-qualifying/');
    expect(new URL(page.url()).search).toBe('?tie=R1-03');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('pt');
    expect((await page.locator('svg.bracket .heading').allTextContents())[0]).toBe('Primeira rodada');
    // A language asked for stays, in the path once the app writes the link.
    await page.goto(url('/c/caf-cc-2023-24-qualifying/?lang=en'));
    await appMounted(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/en/c/caf-cc-2023-24-qualifying/');
    await page.reload();
    await appMounted(page);
    expect(new URL(page.url()).pathname).toBe('/en/c/caf-cc-2023-24-qualifying/');
    expect(await page.getByLabel('Competition').count()).toBe(1);
    await context.close();
  });
});

describe('link previews', () => {
  const meta = (html: string, key: string) =>
    new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`).exec(html)?.[1] ?? null;

  it.each([...ENTRIES.map((entry) => [`/c/${entry.id}/`, entry] as const), ['/', ENTRIES[0]!] as const])(
    '%s has its title, description, card and preview image',
    async (path, entry) => {
      const html = await (await fetch(url(path))).text();
      expect(meta(html, 'og:title')).toBe(`${entry.name} · Llave`);
      expect(meta(html, 'twitter:card')).toBe('summary_large_image');
      expect(meta(html, 'description')).toContain(`all ${tieIds(entry).length} ties`);
      expect(meta(html, 'og:description')).toBe(meta(html, 'description'));
      const image = meta(html, 'og:image');
      expect(image).toBe(`/og/${entry.id}.png`);
      expect(meta(html, 'twitter:image')).toBe(image);
      const response = await fetch(url(image!));
      expect(response.headers.get('content-type')).toMatch(/image\/png/);
      const png = PNG.sync.read(Buffer.from(await response.arrayBuffer()));
      expect([png.width, png.height]).toEqual([1200, 630]);
      expect([meta(html, 'og:image:width'), meta(html, 'og:image:height')]).toEqual(['1200', '630']);
      // The CSP stays strict: every script is a file of the app's own.
      expect(html).toContain(`content="default-src 'self'; script-src 'self';`.replace(/'/g, '&#39;'));
      expect(html.match(/<script\b[^>]*>/g)).toEqual([expect.stringMatching(/ src="\/assets\/[\w-]+\.js"/)]);
      // The app's chunks come after the first frame, not with the page.
      expect(html).not.toMatch(/modulepreload[^>]*\/assets\/(boot|mount-app)-/);
    },
  );

  it.each(
    ENTRIES.flatMap((entry, i) =>
      ['en', 'es', 'pt', 'fr'].flatMap((lang) => [
        [`/${lang}/c/${entry.id}/`, entry, lang] as const,
        ...(i === 0 ? [[`/${lang}/`, entry, lang] as const] : []),
      ]),
    ),
  )('%s is in its language, with its preview image', async (path, entry, lang) => {
    const html = await (await fetch(url(path))).text();
    expect(html).toContain(`<html lang="${lang}">`);
    expect(meta(html, 'og:title')).toBe(`${entry.name} · Llave`);
    expect(meta(html, 'description')).toContain(String(tieIds(entry).length));
    const english = meta(await (await fetch(url(`/c/${entry.id}/`))).text(), 'description');
    if (lang === 'en') expect(meta(html, 'description')).toBe(english);
    else expect(meta(html, 'description')).not.toBe(english);
    const image = meta(html, 'og:image');
    expect(image).toBe(lang === 'en' ? `/og/${entry.id}.png` : `/og/${entry.id}-${lang}.png`);
    const response = await fetch(url(image!));
    expect(response.headers.get('content-type')).toMatch(/image\/png/);
    const png = PNG.sync.read(Buffer.from(await response.arrayBuffer()));
    expect([png.width, png.height]).toEqual([1200, 630]);
  });

  it("preloads the app's chunks on the page that draws everything in the browser", async () => {
    const html = await (await fetch(url('/app/'))).text();
    expect(html).toMatch(/modulepreload[^>]*\/assets\/boot-/);
    expect(html).toMatch(/modulepreload[^>]*\/assets\/mount-app-/);
  });
});
