// Links and history: a link restores its view, a reload keeps it, back and forward step through the
// selections, a link to something that does not exist falls back with a notice, and ?embed=1 shows
// the bracket alone.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browser, openApp, screenshot } from './browser.ts';

const LINK = '/?competition=caf-cc-2023-24-qualifying&stage=second-round&tie=R2-15&team=stade-malien&lang=es';

const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
/** The tie the panel shows, from its "Second round · R2-02" line. */
const panelCode = async (page: Page) =>
  (await page.getByRole('dialog').locator('p').first().textContent())?.match(/R\d-\d\d/)?.[0] ?? null;
const pathTies = (page: Page) =>
  page
    .locator('svg.bracket g.tie.on-path rect.card')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-tie-id')));

async function expectRestored(page: Page) {
  const panel = page.getByRole('dialog');
  await expect
    .poll(() => panel.getByTestId('tie-outcome').textContent())
    .toBe('3–3 en el global; Stade Malien ganó por goles de visitante');
  expect(await panelCode(page)).toBe('R2-15');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
  // The stage filter is on: its button is pressed and the bracket shows only that round.
  const stage = page.getByRole('group', { name: 'Fase' });
  expect(
    await stage.getByRole('button', { name: 'Segunda ronda', exact: true }).getAttribute('aria-pressed'),
  ).toBe('true');
  expect(await stage.getByRole('button', { name: 'Todas las fases' }).getAttribute('aria-pressed')).toBe(
    'false',
  );
  await expect
    .poll(async () => (await page.locator('svg.bracket .heading').allTextContents())[0])
    .toBe('Segunda ronda');
  expect(await page.locator('svg.bracket .heading').allTextContents()).not.toContain('Primera ronda');
  expect(await page.locator('svg.bracket [data-tie-id]').count()).toBe(16);
  // The team is highlighted: its tie is on the path, the search box names it, the tie is selected.
  expect(await pathTies(page)).toEqual(['R2-15']);
  expect(await page.getByRole('combobox').last().getAttribute('placeholder')).toBe('Camino de Stade Malien');
  expect(await page.locator('svg.bracket g.tie.selected rect.card').getAttribute('data-tie-id')).toBe(
    'R2-15',
  );
}

describe('links and history', () => {
  it('restores the view of a link, and keeps it on reload', async () => {
    const { page, errors } = await openApp(browser, LINK);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await expectRestored(page);
    await screenshot(page, 'link-restored');
    await page.reload();
    await expectRestored(page);
    expect(param(page, 'tie')).toBe('R2-15');
    // The language is the page's: the competition's own page in Spanish.
    expect(new URL(page.url()).pathname).toBe('/es/c/caf-cc-2023-24-qualifying/');
    expect(param(page, 'lang')).toBeNull();
    expect(errors).toEqual([]);
  });

  it('steps through selections with back and forward', async () => {
    const { page, errors } = await openApp(browser, LINK);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await expectRestored(page);
    await page.locator('svg.bracket [data-tie-id="R2-01"]').click();
    await expect.poll(() => param(page, 'tie')).toBe('R2-01');
    await page.locator('svg.bracket [data-tie-id="R2-02"]').click();
    await expect.poll(() => param(page, 'tie')).toBe('R2-02');
    await expect.poll(() => panelCode(page)).toBe('R2-02');

    await page.goBack();
    await expect.poll(() => param(page, 'tie')).toBe('R2-01');
    await expect.poll(() => panelCode(page)).toBe('R2-01');
    await page.goBack();
    await expect.poll(() => param(page, 'tie')).toBe('R2-15');
    await expectRestored(page);
    await page.goForward();
    await expect.poll(() => param(page, 'tie')).toBe('R2-01');
    await expect.poll(() => panelCode(page)).toBe('R2-01');
    await page.goForward();
    await expect.poll(() => param(page, 'tie')).toBe('R2-02');
    await expect.poll(() => panelCode(page)).toBe('R2-02');
    // The rest of the view did not move while stepping.
    expect(param(page, 'stage')).toBe('second-round');
    expect(param(page, 'team')).toBe('stade-malien');
    expect(errors).toEqual([]);
  });

  it('falls back with a notice when a link names something that does not exist', async () => {
    const { page, errors } = await openApp(browser, '/?competition=libertadores-2024-qualifying&tie=Z9');
    const notice = page.getByRole('status').filter({ hasText: 'The link was partly out of date.' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('This competition has no tie "Z9".');
    await expect.poll(() => page.locator('svg.bracket [data-tie-id]').count()).toBe(15);
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(param(page, 'tie')).toBeNull();
    await screenshot(page, 'link-fallback');
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => notice.count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('shows the bracket alone with ?embed=1, linking to the full view', async () => {
    const { page, errors } = await openApp(browser, '/?competition=libertadores-2023-qualifying&embed=1', {
      width: 800,
      height: 500,
    });
    await expect.poll(() => page.locator('svg.bracket [data-tie-id]').count()).toBe(15);
    expect(await page.locator('header').count()).toBe(0);
    expect(await page.getByRole('combobox').count()).toBe(0);
    expect(await page.getByRole('group', { name: 'View' }).count()).toBe(0);
    const open = page.getByRole('link', { name: 'Open in Llave' });
    expect(await open.getAttribute('target')).toBe('_blank');
    const href = new URL((await open.getAttribute('href'))!, page.url());
    expect(href.searchParams.get('embed')).toBeNull();
    // The same competition: its page's path, or the link's ?competition= on another.
    expect(href.searchParams.get('competition') ?? href.pathname).toMatch(/libertadores-2023-qualifying\/?$/);
    await screenshot(page, 'embed');
    expect(errors).toEqual([]);
  });
});
