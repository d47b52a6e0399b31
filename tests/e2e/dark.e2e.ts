// Dark mode: follows the system until the toggle is used, then the choice is kept across reloads
// (localStorage) whatever the system says. Screenshots of the dark bracket, path and panel.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appMounted, browser, openApp, screenshot, VIEW_READY } from './browser.ts';

/** What shows once a secondary view (loaded on first use) is in. */
const isDark = (page: Page) => page.evaluate(() => document.documentElement.classList.contains('dark'));
const stored = (page: Page) => page.evaluate(() => localStorage.getItem('llave.theme'));
const toggle = (page: Page) => page.getByRole('button', { name: 'Dark mode' });

describe('dark mode', () => {
  it('follows the system until toggled, then keeps the choice across reloads', async () => {
    const { page, errors } = await openApp(browser);
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    expect(await isDark(page)).toBe(false);
    expect(await stored(page)).toBeNull();
    // The system turns dark: the page follows while nothing is chosen.
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => isDark(page)).toBe(true);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => isDark(page)).toBe(false);

    await toggle(page).click();
    expect(await isDark(page)).toBe(true);
    expect(await toggle(page).getAttribute('aria-pressed')).toBe('true');
    expect(await stored(page)).toBe('dark');
    await page.reload();
    await appMounted(page);
    expect(await isDark(page)).toBe(true);
    expect(await toggle(page).getAttribute('aria-pressed')).toBe('true');

    // Chosen light stays light on a dark system.
    await toggle(page).click();
    expect(await stored(page)).toBe('light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    await appMounted(page);
    expect(await isDark(page)).toBe(false);
    expect(await toggle(page).getAttribute('aria-pressed')).toBe('false');
    expect(errors).toEqual([]);
  });

  it('draws the bracket, a path and the panel in dark', async () => {
    const { page, errors } = await openApp(browser, '/?competition=libertadores-2024-qualifying&tie=C1');
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await page.getByRole('dialog').waitFor();
    await expect.poll(() => isDark(page)).toBe(true);
    // The tokens are swapped: the page is dark and its text light.
    const colours = await page.evaluate(() => ({
      body: getComputedStyle(document.body).backgroundColor,
      text: getComputedStyle(document.body).color,
      card: getComputedStyle(document.querySelector('svg.bracket rect.card')!).fill,
    }));
    expect(colours).toEqual({ body: 'rgb(11, 17, 32)', text: 'rgb(241, 245, 249)', card: 'rgb(17, 24, 39)' });
    await screenshot(page, 'dark-panel');
    await page.getByRole('combobox', { name: 'Team' }).fill('botafogo');
    await page.getByRole('option', { name: /Botafogo/ }).click();
    await page.getByRole('button', { name: 'Close tie details' }).click();
    await screenshot(page, 'dark-path');
    await page
      .getByLabel('Competition')
      .selectOption({ label: '2023–24 CAF Confederation Cup qualifying rounds' });
    await expect.poll(() => page.locator('svg.bracket [data-tie-id]').count()).toBe(36);
    await screenshot(page, 'dark-bracket-caf');
    for (const view of ['List', 'Draw', 'Notes'] as const) {
      await page.getByRole('button', { name: view, exact: true }).click();
      await page.locator(VIEW_READY[view]).first().waitFor();
      await screenshot(page, `dark-${view.toLowerCase()}`);
    }
    expect(errors).toEqual([]);
  });

  it('draws the phone view and its bottom sheet in dark', async () => {
    const { page } = await openApp(browser, '/?competition=caf-cc-2023-24-qualifying&team=stade-malien', {
      width: 375,
      height: 667,
    });
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await page.locator('li [data-tie-id]').first().waitFor();
    await expect.poll(() => isDark(page)).toBe(true);
    await screenshot(page, 'dark-phone-path');
    await page.getByRole('button', { name: 'Next stage' }).click();
    await page.locator('li [data-tie-id="R2-15"]').click();
    await page.getByRole('dialog').waitFor();
    await screenshot(page, 'dark-phone-sheet');
  });
});
