// The keyboard path: the skip link first, then into the main view, one Tab stop into the bracket
// (a roving tabindex), arrow keys between ties, Enter opens a tie, Escape closes it and focus returns.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browser, openApp, screenshot } from './browser.ts';

const active = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    const box = el?.getBoundingClientRect();
    return {
      tag: el?.tagName.toLowerCase() ?? null,
      id: el?.id ?? null,
      tie: el?.getAttribute('data-tie-id') ?? null,
      text: el?.textContent?.trim().slice(0, 40) ?? null,
      inBracket: Boolean(el?.closest('svg.bracket')),
      x: box?.x ?? 0,
      y: box?.y ?? 0,
      width: box?.width ?? 0,
      height: box?.height ?? 0,
    };
  });

const tabStops = (page: Page) =>
  page
    .locator('svg.bracket [data-tie-id][tabindex="0"]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-tie-id')));

/** How the focused tie's frame is drawn: the bracket's focus indicator is a dashed, thicker stroke. */
const focusRing = (page: Page) =>
  page.evaluate(() => {
    // The tie's frame: the focused element itself or the rect.card inside it.
    const focused = document.activeElement;
    const card = focused?.matches('rect.card') ? focused : focused?.querySelector('rect.card');
    if (!card) return null;
    const style = getComputedStyle(card);
    return {
      dash: style.strokeDasharray,
      width: style.strokeWidth,
      visible: document.activeElement!.matches(':focus-visible'),
    };
  });

describe('the keyboard', () => {
  it('skips to the view, enters the bracket at one tab stop, moves with arrows, opens and closes a tie', async () => {
    const { page, errors } = await openApp(browser);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.locator('svg.bracket [data-tie-id]').first().waitFor();

    // The skip link is the first stop, and shows itself when focused.
    await page.keyboard.press('Tab');
    const skip = await active(page);
    expect(skip).toMatchObject({ tag: 'a', text: 'Skip to the bracket' });
    expect(skip.width).toBeGreaterThan(44);
    expect(skip.height).toBeGreaterThanOrEqual(44);
    await screenshot(page, 'keyboard-skip-link');

    await page.keyboard.press('Enter');
    await expect.poll(async () => (await active(page)).id).toBe('view');

    // One stop into the bracket: exactly one tie is tabbable, and Tab lands on it.
    expect(await tabStops(page)).toHaveLength(1);
    const [stop] = await tabStops(page);
    await page.keyboard.press('Tab');
    const first = await active(page);
    expect(first).toMatchObject({ inBracket: true, tie: stop });
    expect(await focusRing(page)).toMatchObject({ visible: true, dash: '5px, 3px', width: '3px' });

    // Down the column, then along the progression to the next stage.
    await page.keyboard.press('ArrowDown');
    const below = await active(page);
    expect(below.tie).not.toBe(first.tie);
    expect(below.inBracket).toBe(true);
    expect(Math.round(below.x)).toBe(Math.round(first.x));
    expect(below.y).toBeGreaterThan(first.y);
    expect(await tabStops(page)).toEqual([below.tie]);
    await page.keyboard.press('ArrowRight');
    const next = await active(page);
    expect(next.tie).toMatch(/^C\d$/);
    expect(next.x).toBeGreaterThan(below.x);
    expect(await tabStops(page)).toEqual([next.tie]);
    expect(await focusRing(page)).toMatchObject({ visible: true, dash: '5px, 3px' });
    await screenshot(page, 'keyboard-focused-tie');

    // Tab leaves the bracket in one step (to its zoom controls), Shift+Tab comes back to the same tie.
    await page.keyboard.press('Tab');
    expect(await active(page)).toMatchObject({ inBracket: false, tag: 'button' });
    await page.keyboard.press('Shift+Tab');
    expect((await active(page)).tie).toBe(next.tie);

    // Enter opens the tie; focus goes to the panel's title; Escape closes it and focus returns.
    await page.keyboard.press('Enter');
    const panel = page.getByRole('dialog');
    await panel.waitFor();
    expect(await panel.textContent()).toContain(next.tie!);
    await expect.poll(async () => (await active(page)).id).toBe('tie-panel-title');
    await screenshot(page, 'keyboard-panel-open');
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
    await expect.poll(async () => (await active(page)).tie).toBe(next.tie);
    expect(await focusRing(page)).toMatchObject({ visible: true });
    await screenshot(page, 'keyboard-focus-returned');
    expect(errors).toEqual([]);
  });

  it('shows where focus is on every control it stops at', async () => {
    const { page } = await openApp(browser);
    await page.locator('svg.bracket [data-tie-id]').first().waitFor();
    const seen: string[] = [];
    for (let i = 0; i < 16; i++) {
      await page.keyboard.press('Tab');
      const style = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const s = getComputedStyle(el);
        const card = el.matches('rect.card') ? el : el.querySelector('rect.card');
        return {
          what:
            el.getAttribute('aria-label') ??
            el.getAttribute('data-tie-id') ??
            el.textContent?.trim().slice(0, 20),
          outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2,
          card: card ? getComputedStyle(card).strokeDasharray !== 'none' : false,
        };
      });
      if (!style) continue;
      seen.push(style.what ?? '');
      expect(style.outline || style.card, `focus of ${style.what} is not visible`).toBe(true);
    }
    expect(seen.length).toBeGreaterThan(10);
    // In the order they are laid out: the competition first, then the page's settings to its right.
    expect(seen.slice(0, 5)).toEqual([
      'Skip to the bracket',
      '2024 Copa Libertador',
      'Add competition',
      'EnglishEspañolPortug', // the language picker's options
      '☀☾ Dark mode',
    ]);
  });
});
