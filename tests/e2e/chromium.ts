// How this project starts Debian's Chromium. Apart from browser.ts (which imports Vitest) so that the
// Node scripts (scripts/screenshots.ts) launch it the same way as the end-to-end tests.

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
