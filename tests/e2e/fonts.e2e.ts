// The same pixels on every machine: the page and the bracket draw their text in the Inter that ships
// with the app, loaded from the app's own origin, whatever fonts the system has.
import { describe, expect, it } from 'vitest';
import { browser, openApp } from './browser.ts';

describe('the bundled font', () => {
  it('draws the page and the bracket in the Inter served with the app', async () => {
    const { page, errors } = await openApp(browser, '/');
    await page.locator('svg.bracket [data-tie-id]').first().waitFor();
    const fonts = await page.evaluate(async () => {
      await document.fonts.ready;
      const loaded = [...document.fonts].filter((face) => face.status === 'loaded');
      const card = document.querySelector('svg.bracket g.tie text');
      return {
        loaded: loaded.map((face) => face.family.replace(/"/g, '')),
        body: getComputedStyle(document.body).fontFamily.split(',')[0]?.replace(/"/g, ''),
        card: card ? getComputedStyle(card).fontFamily.split(',')[0]?.replace(/"/g, '') : null,
        files: performance
          .getEntriesByType('resource')
          .map((entry) => new URL(entry.name))
          .filter((url) => url.pathname.endsWith('.woff2'))
          .map((url) => url.origin === location.origin),
      };
    });
    expect(fonts.body).toBe('Inter Variable');
    expect(fonts.card).toBe('Inter Variable');
    expect(fonts.loaded).toContain('Inter Variable');
    expect(fonts.files.length).toBeGreaterThan(0);
    expect(fonts.files.every(Boolean)).toBe(true);
    expect(errors).toEqual([]);
  });
});
