// How this project starts Debian's Chromium: the end-to-end specs, the bench and the screenshots
// (Playwright cannot download browsers here). Apart from browser.ts, which imports Vitest.

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
