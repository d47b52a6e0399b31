// Debian's Chromium driven by playwright-core (Playwright cannot download browsers here).
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';

/** One Chromium per spec file, launched and closed by tests/e2e/setup.ts around its tests. */
export let browser: Browser;

export async function launchBrowser(): Promise<void> {
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
}

/**
 * Opens a page of the app at `path` and collects its errors. `beforeGoto` prepares the page (routes);
 * `waitForApp: false` returns before React has taken the page over (or drawn it).
 */
export async function openApp(
  browser: Browser,
  path = '/',
  viewport = { width: 1280, height: 800 },
  {
    beforeGoto,
    waitForApp = true,
    hasTouch = false,
  }: { beforeGoto?: (page: Page) => Promise<unknown>; waitForApp?: boolean; hasTouch?: boolean } = {},
): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport, hasTouch });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await beforeGoto?.(page);
  await page.goto(new URL(path, inject('baseUrl')).href);
  if (waitForApp) await appMounted(page);
  return { page, errors };
}

/** A prerendered page shows before React has taken it over: waits until React answers. */
export const appMounted = (page: Page) =>
  page.waitForFunction(() => performance.getEntriesByName('app-mounted').length > 0);

/** What shows that each of the other views is drawn. */
export const VIEW_READY = {
  List: 'main table caption',
  Draw: 'main table caption',
  Notes: 'main h2:text("Data notes")',
} as const;

const screenshotDir = resolve(process.cwd(), 'tests/e2e/screenshots');
/** Saves a screenshot to the git-ignored tests/e2e/screenshots folder. */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: resolve(screenshotDir, `${name}.png`), fullPage });
}
