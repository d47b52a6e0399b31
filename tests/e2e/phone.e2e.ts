// Phones: no sideways scrolling, the stage-by-stage bracket (buttons and swipe), cards that say where
// the winner goes, 44 px tap targets, and the tie details as a bottom sheet.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browser, openApp, screenshot, VIEW_READY } from './browser.ts';

/** What shows once a secondary view (loaded on first use) is in. */
const PHONES = [
  { width: 375, height: 667 },
  { width: 390, height: 844 },
];

const stageName = (page: Page) => page.locator('nav[aria-label="Stages"] h2').textContent();
const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Every button, link, select and input that takes up room on the page and is smaller than 44×44. */
const smallTargets = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, a[href], select, input, [role="button"]')]
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      // Laid out and not visually hidden (sr-only elements are clipped away until focused).
      .filter(({ el, box }) => {
        const style = getComputedStyle(el);
        return box.width > 1 && box.height > 1 && style.visibility !== 'hidden' && style.clipPath === 'none';
      })
      .filter(({ box }) => box.width < 44 - 0.5 || box.height < 44 - 0.5)
      .map(({ el, box }) => {
        const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? '';
        return `${el.tagName.toLowerCase()} "${name}" ${Math.round(box.width)}×${Math.round(box.height)}`;
      }),
  );

async function openPhone(viewport: { width: number; height: number }, path = '/') {
  const opened = await openApp(browser, path, viewport);
  await opened.page.emulateMedia({ reducedMotion: 'reduce' });
  await opened.page.locator('li [data-tie-id]').first().waitFor();
  return opened;
}

describe.each(PHONES)('a $width×$height phone', (viewport) => {
  const name = (what: string) => `phone-${viewport.width}-${what}`;

  it('shows the bracket stage by stage, with buttons and a swipe', async () => {
    const { page, errors } = await openPhone(viewport);
    expect(await page.locator('svg.bracket').count()).toBe(0);
    expect(await stageName(page)).toBe('First stage');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, name('bracket'));
    await screenshot(page, name('bracket-full'), true);

    const previous = page.getByRole('button', { name: 'Previous stage' });
    const next = page.getByRole('button', { name: 'Next stage' });
    expect(await previous.isDisabled()).toBe(true);
    await next.click();
    await expect.poll(() => stageName(page)).toBe('Second stage');
    expect(await page.getByText('Stage 2 of 3').count()).toBe(1);
    await next.click();
    await expect.poll(() => stageName(page)).toBe('Third stage');
    expect(await next.isDisabled()).toBe(true);
    await previous.click();
    await previous.click();
    await expect.poll(() => stageName(page)).toBe('First stage');

    // A swipe to the left turns to the next stage, to the right back; starting on a card does not open it.
    const card = (await page.locator('li [data-tie-id="E2"]').boundingBox())!;
    const y = card.y + card.height / 2;
    const swipe = async (from: number, to: number) => {
      await page.mouse.move(from, y);
      await page.mouse.down();
      await page.mouse.move(to, y + 10, { steps: 8 });
      await page.mouse.up();
    };
    await swipe(viewport.width - 40, 60);
    await expect.poll(() => stageName(page)).toBe('Second stage');
    expect(await page.getByRole('dialog').count()).toBe(0);
    await swipe(60, viewport.width - 40);
    await expect.poll(() => stageName(page)).toBe('First stage');
    expect(await page.getByRole('dialog').count()).toBe(0);
    // A short drag is not a swipe.
    await swipe(200, 170);
    expect(await stageName(page)).toBe('First stage');
    expect(errors).toEqual([]);
  });

  it('says on each card where its winner goes', async () => {
    const { page } = await openPhone(
      viewport,
      '/?competition=libertadores-2024-qualifying&stage=second-stage',
    );
    expect(await stageName(page)).toBe('Second stage');
    const lines = await page.getByTestId('phone-next').allTextContents();
    expect(lines).toHaveLength(8);
    for (const line of lines) expect(line).toMatch(/^→ Winner plays (the winner of C\d|.+) in G\d/);
    expect(await page.locator('li', { has: page.locator('[data-tie-id="C1"]') }).textContent()).toContain(
      'Winner plays the winner of C8 in G1',
    );
    // The button over each card carries the card in its name, where-next included.
    expect(await page.locator('[data-tie-id="C1"]').getAttribute('aria-label')).toContain(
      'Winner plays the winner of C8 in G1',
    );
    await screenshot(page, name('second-stage'));
    await page.getByRole('button', { name: 'Next stage' }).click();
    expect(await page.getByTestId('phone-next').allTextContents()).toEqual(
      Array(4).fill('→ Winner: Copa Libertadores group stage↘ Loser: Copa Sudamericana group stage'),
    );
    await screenshot(page, name('third-stage'));
  });

  it('has no sideways scroll and only 44 px tap targets, in every view', async () => {
    const { page, errors } = await openPhone(viewport, '/?competition=caf-cc-2023-24-qualifying');
    const found: Record<string, unknown> = {};
    const record = async (what: string) => {
      const overflow = await horizontalOverflow(page);
      const small = await smallTargets(page);
      if (overflow > 0 || small.length > 0) found[what] = { overflow, small };
    };
    await record('bracket');
    await page.getByRole('combobox', { name: 'Team' }).fill('stade');
    await page.getByRole('option', { name: /Stade Malien/ }).click();
    await record('bracket with a highlighted team');
    await screenshot(page, name('path'));
    for (const view of ['List', 'Draw', 'Notes'] as const) {
      await page.getByRole('button', { name: view, exact: true }).click();
      await page.locator(VIEW_READY[view]).first().waitFor();
      await record(view);
      await screenshot(page, name(view.toLowerCase()));
    }
    await page.getByRole('button', { name: 'Bracket', exact: true }).click();
    await page.locator('li [data-tie-id="R1-01"]').click();
    await page.getByRole('dialog').waitFor();
    await record('bottom sheet');
    await page.getByRole('button', { name: 'Export' }).click();
    // No SVG bracket on a phone: its image exports are off, and say why.
    expect(await page.getByRole('button', { name: 'Bracket as SVG' }).isDisabled()).toBe(true);
    expect(await page.getByText('on a wider screen').count()).toBe(1);
    await record('export menu');
    await screenshot(page, name('export-menu'));
    expect(found).toEqual({});
    expect(errors).toEqual([]);
  });

  it('lists ties in readable columns, each score on one line, the table scrolling in its box', async () => {
    const { page, errors } = await openApp(browser, '/c/libertadores-2024-qualifying/?view=list', viewport);
    await page.locator(VIEW_READY.List).first().waitFor();
    // Every leg's score ("1–0") is on one line: the en dash may break a line in a narrow column.
    const split = await page.locator('main tbody').evaluateAll((bodies) =>
      bodies.flatMap((body) => {
        const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
        const found: string[] = [];
        for (let text = walker.nextNode(); text; text = walker.nextNode()) {
          for (const match of (text.textContent ?? '').matchAll(/\d+–\d+/g)) {
            const range = document.createRange();
            range.setStart(text, match.index);
            range.setEnd(text, match.index + match[0].length);
            const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
            if (lines.size > 1) found.push(text.parentElement!.closest('td')!.textContent!);
          }
        }
        return found;
      }),
    );
    expect(split).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(viewport.width);
    expect(errors).toEqual([]);
  });

  it('opens a tapped tie as a bottom sheet, and closes it', async () => {
    const { page, errors } = await openPhone(
      viewport,
      '/?competition=caf-cc-2023-24-qualifying&stage=second-round',
    );
    const tie = page.locator('li [data-tie-id="R2-15"]');
    await tie.scrollIntoViewIfNeeded();
    await tie.click();
    const sheet = page.getByRole('dialog');
    await expect
      .poll(() => sheet.getByTestId('tie-outcome').textContent())
      .toBe('3–3 on aggregate; Stade Malien won on away goals');
    const box = (await sheet.boundingBox())!;
    expect(box.x).toBe(0);
    expect(Math.round(box.width)).toBe(viewport.width);
    expect(Math.round(box.y + box.height)).toBe(viewport.height);
    expect(box.y).toBeGreaterThan(viewport.height * 0.2);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('tie-panel-title');
    await screenshot(page, name('sheet'));
    // The sheet scrolls inside itself, up to its end.
    expect(await sheet.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true); // R2-15 has two legs and notes: more than 75% of a phone
    await sheet.evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect
      .poll(() => sheet.evaluate((el) => el.scrollTop + el.clientHeight >= el.scrollHeight - 1))
      .toBe(true);
    await screenshot(page, name('sheet-end'));
    await sheet.getByRole('button', { name: 'Close tie details' }).click();
    await expect.poll(() => sheet.count()).toBe(0);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-tie-id')))
      .toBe('R2-15');
    expect(errors).toEqual([]);
  });
});
