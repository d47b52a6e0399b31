import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { VIEW_READY, browser, openApp, screenshot } from './browser.ts';

const COMPETITIONS = [
  {
    label: '2024 Copa Libertadores qualifying stages',
    slug: 'libertadores-2024',
    ties: 15,
    stages: ['First stage', 'Second stage', 'Third stage'],
    next: ['Second stage', 'Third stage', 'Copa Libertadores group stage'],
  },
  {
    label: '2023 Copa Libertadores qualifying stages',
    slug: 'libertadores-2023',
    ties: 15,
    stages: ['First stage', 'Second stage', 'Third stage'],
    next: ['Second stage', 'Third stage', 'Copa Libertadores group stage'],
  },
  {
    label: '2023–24 CAF Confederation Cup qualifying rounds',
    slug: 'caf-2023-24',
    ties: 36,
    stages: ['First round', 'Second round'],
    next: ['Second round', 'CAF Confederation Cup group stage'],
  },
];

const tieCount = (page: Page) => page.locator('svg.bracket [data-tie-id]').count();
const zoomLevel = async (page: Page) =>
  Number((await page.locator('[aria-live="polite"]').textContent())?.replace('%', ''));

describe('the bracket in Chromium', () => {
  it('shows each competition, filters each stage, and opens a tie', async () => {
    const { page, errors } = await openApp(browser);
    await page.emulateMedia({ reducedMotion: 'reduce' }); // screenshots without cards mid-transition
    await page.locator('[data-tie-id="C2"]').waitFor();
    for (const competition of COMPETITIONS) {
      await page.getByLabel('Competition').selectOption({ label: competition.label });
      await expect.poll(() => tieCount(page)).toBe(competition.ties);
      await screenshot(page, `bracket-${competition.slug}`);
      const legend = page.locator('section.bracket-frame p');
      expect(await legend.textContent()).toContain('BYE entered at this stage');
      for (const [i, stage] of competition.stages.entries()) {
        await page.getByRole('button', { name: stage, exact: true }).click();
        // The stage, then where its winners go; no bye marks (no stage before it), so none explained.
        await expect
          .poll(async () => (await page.locator('svg.bracket .heading').allTextContents()).slice(0, 2))
          .toEqual([stage, competition.next[i]]);
        expect(await legend.textContent()).not.toContain('BYE');
        await screenshot(page, `bracket-${competition.slug}-${stage.toLowerCase().replace(' ', '-')}`);
      }
      await page.getByRole('button', { name: 'All stages' }).click();
      await expect.poll(() => tieCount(page)).toBe(competition.ties);
    }

    await page.getByLabel('Competition').selectOption({ label: COMPETITIONS[0]!.label });
    await page.locator('[data-tie-id="C2"]').click();
    const panel = page.getByRole('dialog');
    await expect
      .poll(() => panel.getByTestId('leg-score').allTextContents())
      .toEqual(['Nacional (PAR) 1–0 Atlético Nacional', 'Atlético Nacional 0–3 Nacional (PAR)']);
    expect(await panel.getByTestId('tie-outcome').textContent()).toBe('Nacional (PAR) won 4–0 on aggregate');
    await screenshot(page, 'tie-panel-c2');
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
    // Focus returns to the tie in the frame after the panel closes.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-tie-id')))
      .toBe('C2');
    expect(errors).toEqual([]);
  });

  it('zooms, pans and fits the CAF bracket', async () => {
    const { page, errors } = await openApp(browser);
    await page.emulateMedia({ reducedMotion: 'reduce' }); // zoom steps land at once, so the drag is measured alone
    await page.locator('[data-tie-id="C2"]').waitFor();
    await page.getByLabel('Competition').selectOption({ label: COMPETITIONS[2]!.label });
    await expect.poll(() => tieCount(page)).toBe(36);
    const fitted = await zoomLevel(page);
    expect(fitted).toBeGreaterThan(40);
    expect(fitted).toBeLessThan(100);
    // Every card is inside the visible bracket area once fitted.
    const frame = (await page.locator('svg.bracket').boundingBox())!;
    for (const box of await page
      .locator('svg.bracket [data-tie-id]')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON()))) {
      expect(box.left).toBeGreaterThanOrEqual(frame.x - 1);
      expect(box.right).toBeLessThanOrEqual(frame.x + frame.width + 1);
      expect(box.bottom).toBeLessThanOrEqual(frame.y + frame.height + 1);
    }
    await screenshot(page, 'caf-fitted');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => zoomLevel(page)).toBeGreaterThan(fitted * 1.4);
    const before = (await page.locator('[data-tie-id="R1-01"]').boundingBox())!;
    await page.mouse.move(frame.x + 400, frame.y + 300);
    await page.mouse.down();
    await page.mouse.move(frame.x + 250, frame.y + 200, { steps: 5 });
    await page.mouse.up();
    const after = (await page.locator('[data-tie-id="R1-01"]').boundingBox())!;
    expect(Math.round(before.x - after.x)).toBe(150);
    await screenshot(page, 'caf-zoomed');
    await page.getByRole('button', { name: 'Fit to screen' }).click();
    await expect.poll(() => zoomLevel(page)).toBe(fitted);
    expect(errors).toEqual([]);
  });

  it('pans with the wheel and the first drag, loading the zoom code for the drag, not for a click', async () => {
    const zoomCode: string[] = [];
    const { page, errors } = await openApp(browser, '/c/caf-cc-2023-24-qualifying/', undefined, {
      beforeGoto: async (page) =>
        page.on('request', (request) => {
          if (/\/assets\/d3-zoom-[\w-]+\.js$/.test(request.url())) zoomCode.push(request.url());
        }),
    });
    await expect.poll(() => page.locator('section.bracket-frame [aria-live]').textContent()).toMatch(/%$/);
    const card = page.locator('svg.bracket rect.card[data-tie-id="R1-01"]');
    // Where the card's corner is on screen (its box would grow with the focus ring).
    const corner = () =>
      card.evaluate((el) => {
        const { e, f } = (el as unknown as SVGGraphicsElement).getScreenCTM()!;
        return { x: e, y: f };
      });
    const start = await corner();
    // A click on a tie opens it without the zoom code.
    await card.click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(1);
    await page.keyboard.press('Escape');
    expect(zoomCode).toEqual([]);

    // The wheel pans without it.
    const frame = (await page.locator('svg.bracket').boundingBox())!;
    const [x, y] = [frame.x + frame.width / 2, frame.y + frame.height / 2];
    await page.mouse.move(x, y);
    await page.mouse.wheel(0, -80);
    await expect.poll(async () => (await corner()).y - start.y).toBe(80);
    expect(zoomCode).toEqual([]);

    // A drag pans at once and asks for d3-zoom; ending on the card it began on, it opens no tie.
    const box = (await card.boundingBox())!;
    const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
    const loaded = page.waitForResponse(/\/assets\/d3-zoom-[\w-]+\.js$/);
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx + 30, cy + 10, { steps: 5 });
    await page.mouse.up();
    await loaded;
    let moved = await corner();
    expect([Math.round(moved.x - start.x), Math.round(moved.y - start.y)]).toEqual([30, 80 + 10]);
    expect(await page.getByRole('dialog').count()).toBe(0);
    // The next drag is d3-zoom's, from where the first one left the view.
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x - 150, y - 60, { steps: 20 });
    await page.mouse.up();
    moved = await corner();
    expect([Math.round(moved.x - start.x), Math.round(moved.y - start.y)]).toEqual([30 - 150, 80 + 10 - 60]);
    expect(zoomCode).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('pans the wide bracket with one finger from the first touch (a tablet)', async () => {
    const { page, errors } = await openApp(
      browser,
      '/c/caf-cc-2023-24-qualifying/',
      { width: 1024, height: 768 },
      { hasTouch: true },
    );
    const corner = () =>
      page.locator('svg.bracket rect.card[data-tie-id="R1-01"]').evaluate((el) => {
        const { e, f } = (el as unknown as SVGGraphicsElement).getScreenCTM()!;
        return [e, f];
      });
    const frame = (await page.locator('svg.bracket').boundingBox())!;
    const [x, y] = [frame.x + frame.width / 2, frame.y + frame.height / 2];
    const cdp = await page.context().newCDPSession(page);
    const drag = async (dx: number, dy: number) => {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
      for (let i = 1; i <= 10; i++) {
        const point = { x: x + (dx * i) / 10, y: y + (dy * i) / 10 };
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point] });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    const start = await corner();
    const loaded = page.waitForResponse(/\/assets\/d3-zoom-[\w-]+\.js$/);
    await drag(-100, -40);
    await expect
      .poll(async () => (await corner()).map(Math.round))
      .toEqual([Math.round(start[0]! - 100), Math.round(start[1]! - 40)]);
    // d3-zoom has it now: a second drag pans on from there.
    await loaded;
    await drag(50, 20);
    await expect
      .poll(async () => (await corner()).map(Math.round))
      .toEqual([Math.round(start[0]! - 50), Math.round(start[1]! - 20)]);
    expect(errors).toEqual([]);
  });

  it('opens a bracket too big for the screen at a readable zoom on its first round; Fit to screen shows it whole', async () => {
    const { page, errors } = await openApp(browser, '/?synthetic=32&seed=1');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await expect.poll(() => tieCount(page)).toBe(63);
    await expect.poll(() => zoomLevel(page)).toBe(50);
    const frame = (await page.locator('svg.bracket').boundingBox())!;
    const onScreen = (box: { x: number; y: number; width: number; height: number }) =>
      box.x >= frame.x &&
      box.x + box.width <= frame.x + frame.width &&
      box.y >= frame.y &&
      box.y + box.height <= frame.y + frame.height;
    // The cards on screen show their text, the first round's top card at the frame's top left; the
    // cards out of view are drawn without text until they are panned in.
    const cards = await page.locator('svg.bracket g.tie').evaluateAll((els) =>
      els.map((el) => ({
        box: el.querySelector('rect.card')!.getBoundingClientRect().toJSON(),
        text: el.querySelector('text.name') !== null,
      })),
    );
    const shown = cards.filter((card) => onScreen(card.box));
    expect(shown.length).toBeGreaterThan(5);
    expect(shown.every((card) => card.text)).toBe(true);
    expect(cards.filter((card) => !card.text).length).toBeGreaterThan(10);
    const topLeft = cards.reduce((a, b) => (b.box.x + b.box.y < a.box.x + a.box.y ? b : a));
    expect(topLeft.box.x - frame.x).toBeLessThan(60);
    expect(topLeft.box.y - frame.y).toBeLessThan(60);
    await screenshot(page, 'synthetic-32-start');
    await page.getByRole('button', { name: 'Fit to screen' }).click();
    await expect.poll(() => zoomLevel(page)).toBeLessThan(25);
    const boxes = await page
      .locator('svg.bracket [data-tie-id]')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON()));
    expect(boxes.every(onScreen)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('prints the bracket without the controls, in any language', async () => {
    const { page, errors } = await openApp(browser, '/?lang=fr');
    await page.locator('[data-tie-id="C2"]').waitFor();
    await page.emulateMedia({ media: 'print' });
    const shown = (name: string) => page.getByRole('button', { name, exact: true }).isVisible();
    expect(await shown('Ajuster à l’écran')).toBe(false); // zoom controls
    expect(await shown('Tableau')).toBe(false); // view switch
    expect(await shown('Tous les tours')).toBe(false); // stage filter
    expect(await page.getByRole('combobox', { name: 'Équipe' }).isVisible()).toBe(false);
    expect(await page.getByText('Ctrl + molette', { exact: false }).isVisible()).toBe(false);
    expect(await page.getByText('équipe à domicile de chaque match').isVisible()).toBe(true);
    expect(await page.locator('svg.bracket [data-tie-id="C2"]').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('prints every card of a bracket bigger than the screen in full, and goes back to the cards in view', async () => {
    const { page, errors } = await openApp(browser, '/?synthetic=32&seed=1', { width: 1024, height: 700 });
    await expect.poll(() => tieCount(page)).toBe(63);
    const detailed = () => page.locator('svg.bracket g.tie g.detail').count();
    await expect.poll(detailed).toBeLessThan(63);
    const onScreen = await detailed();
    await page.emulateMedia({ media: 'print' });
    await expect.poll(detailed).toBe(63);
    await page.waitForTimeout(300); // the print layout resizes the frame: it must not take the text away
    expect(await detailed()).toBe(63);
    await page.emulateMedia({ media: 'screen' });
    await expect.poll(detailed).toBe(onScreen);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits an embedded bracket to the page when printed (an embed has no export menu)', async () => {
    const { page, errors } = await openApp(browser, '/?embed=1', { width: 900, height: 600 });
    await page.locator('[data-tie-id="C2"]').waitFor();
    await page.emulateMedia({ media: 'print' });
    await expect
      .poll(() => page.locator('svg.bracket').getAttribute('viewBox'))
      .toMatch(/^-?\d+ -?\d+ \d+ \d+$/);
    await page.emulateMedia({ media: 'screen' });
    await expect.poll(() => page.locator('svg.bracket').getAttribute('viewBox')).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('scrolls a long draw inside its view, the page staying put', async () => {
    const { page, errors } = await openApp(browser, '/c/caf-cc-2023-24-qualifying/?view=draw');
    await page.locator(VIEW_READY.Draw).first().waitFor();
    await page.mouse.move(640, 500);
    for (let i = 0; i < 10; i++) await page.mouse.wheel(0, 800);
    const scroller = page.locator('main > div').first();
    await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBeGreaterThan(1000);
    // The header and controls stay on screen: the window itself does not scroll.
    expect(await page.evaluate(() => [window.scrollY, document.documentElement.scrollHeight])).toEqual([
      0, 800,
    ]);
    expect(errors).toEqual([]);
  });

  it('opens the export menu inside the screen, in a language with long names too', async () => {
    for (const [path, name, width] of [
      ['/c/libertadores-2024-qualifying/?lang=fr', 'Exporter', 1280],
      ['/c/ucl-2024-25-knockout/', 'Export', 1024],
    ] as const) {
      const { page, errors } = await openApp(browser, path, { width, height: 800 });
      const button = page.getByRole('button', { name });
      await button.click();
      const menu = page.locator(`#${await button.getAttribute('aria-controls')}`);
      const box = (await menu.boundingBox())!;
      expect(box.x, path).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, path).toBeLessThanOrEqual(width);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBe(width);
      // Each item's words fit its row: none wraps over the next.
      for (const item of await menu.getByRole('button').all()) {
        const { height } = (await item.boundingBox())!;
        expect(await item.evaluate((el) => el.scrollHeight <= el.clientHeight), path).toBe(true);
        expect(height).toBeGreaterThanOrEqual(36);
      }
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('fades the end of a stage row that does not fit, and scrolls its last stage clear of the fade', async () => {
    const { page, errors } = await openApp(browser, '/c/ucl-2024-25-qualifying/');
    const row = page.getByRole('group', { name: 'Stage' }).getByRole('group');
    const last = row.getByRole('button', { name: 'Play-off round' });
    const [rowBox, cut] = [(await row.boundingBox())!, (await last.boundingBox())!];
    expect(cut.x + cut.width).toBeGreaterThan(rowBox.x + rowBox.width); // cut off, under the fade
    await last.click(); // scrolled into view, 2rem (to a pixel) clear of the row's end
    await expect
      .poll(async () => (await last.boundingBox())!.x + (await last.boundingBox())!.width)
      .toBeLessThanOrEqual(rowBox.x + rowBox.width - 31);
    expect(await last.getAttribute('aria-pressed')).toBe('true');
    expect(errors).toEqual([]);
  });

  it('highlights a team path from the search box', async () => {
    const { page } = await openApp(browser);
    await page.locator('[data-tie-id="C2"]').waitFor();
    await page.getByRole('combobox', { name: 'Team' }).fill('botafogo');
    await page.getByRole('option', { name: /Botafogo/ }).click();
    await expect
      .poll(() =>
        page
          .locator('g.tie.on-path rect.card')
          .evaluateAll((els) => els.map((el) => el.getAttribute('data-tie-id'))),
      )
      .toEqual(['C8', 'G1']);
    // Botafogo won G1: its outlet, "Qualified Botafogo", is on the path; the other outlets are dimmed.
    expect(await page.locator('g.outlet.on-path text.outlet-primary').allTextContents()).toEqual([
      'Botafogo',
    ]);
    expect(await page.locator('g.outlet.dimmed').count()).toBe(3);
    await screenshot(page, 'path-botafogo');
  });

  it('keeps the legend clear of the zoom controls, and shows the zoom hint where it fits', async () => {
    const cases = [
      { path: '/?competition=ucl-2024-25-knockout&embed=1', width: 800, height: 500, hint: false },
      { path: '/c/ucl-2024-25-knockout/?lang=fr', width: 1024, height: 700, hint: false },
      { path: '/c/caf-cc-2023-24-qualifying/?lang=pt&tie=R1-03', width: 1024, height: 700, hint: false },
      { path: '/c/ucl-2024-25-knockout/?lang=fr', width: 1280, height: 800, hint: true },
    ];
    for (const { path, width, height, hint } of cases) {
      const { page, errors } = await openApp(browser, path, { width, height });
      const legend = page.locator('.bracket-frame > p');
      const [legendBox, controlsBox] = await Promise.all([
        legend.boundingBox(),
        page.locator('.bracket-controls').boundingBox(),
      ]);
      expect(legendBox!.x + legendBox!.width, path).toBeLessThan(controlsBox!.x);
      expect(await legend.locator('span').last().isVisible(), `${path} at ${width} px`).toBe(hint);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('copies an embed code whose iframe shows the same tie, alone, in another page', async () => {
    const { page, errors } = await openApp(browser, '/?competition=caf-cc-2023-24-qualifying&tie=R2-15');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('dialog', { name: 'Stade Malien v Aigle Noir' }).waitFor();
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('button', { name: 'Copy embed code' }).click();
    await page.getByRole('status').filter({ hasText: 'Embed code copied' }).waitFor();
    const code = await page.evaluate(() => navigator.clipboard.readText());
    expect(code).toMatch(/^<iframe src="[^"]+&amp;embed=1" title="2023–24 CAF Confederation Cup/);

    expect(errors).toEqual([]);
    await page.close();

    // Another site's page, with the code pasted in.
    const host = await browser.newPage();
    await host.setContent(`<h1>An article</h1>${code}`);
    const embedded = host.frameLocator('iframe');
    await embedded.getByRole('dialog', { name: 'Stade Malien v Aigle Noir' }).waitFor();
    expect(await embedded.getByRole('button', { name: 'Export' }).count()).toBe(0); // no page controls
    await host.close();
  });
});
