// A competition as it stood on a night, what the second leg needs, stepping through the match days
// with the keyboard, and a what-if score carried on to the next tie, kept in the link.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browser, openApp, screenshot } from './browser.ts';

const NIGHT = '/?competition=libertadores-2024-qualifying&asOf=2024-02-21';
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
const card = (page: Page, id: string) => page.locator(`svg.bracket rect.card[data-tie-id="${id}"]`);
const cardText = (page: Page, id: string) =>
  card(page, id).evaluate((el) => el.closest('g.tie')?.textContent ?? '');
const isHypothetical = (page: Page, id: string) =>
  card(page, id).evaluate((el) => el.closest('g.tie')?.classList.contains('hypothetical') ?? false);

describe('a competition as it stands', () => {
  it('shows the night of 21 February 2024, what the second leg needs, and steps a day with the keyboard', async () => {
    const { page, errors } = await openApp(browser, NIGHT);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await expect.poll(() => card(page, 'C2').getAttribute('data-tie-state')).toBe('in-progress');
    expect(await card(page, 'E1').getAttribute('data-tie-state')).toBe('decided');
    expect(await card(page, 'C5').getAttribute('data-tie-state')).toBe('scheduled');
    expect(await card(page, 'G2').getAttribute('data-tie-state')).toBe('pending');
    expect(await cardText(page, 'G2')).toContain('Winner of C2');
    // The card's tooltip says what the second leg needs, like the panel.
    expect(await card(page, 'C2').locator('title').textContent()).toContain(
      'Atlético Nacional need to win by 2 goals; a one-goal win takes it to penalties',
    );

    await card(page, 'C2').click();
    const panel = page.getByRole('dialog');
    await expect
      .poll(() => panel.getByTestId('tie-outcome').textContent())
      .toBe('Nacional (PAR) lead 1–0 after the first leg');
    expect(await panel.getByTestId('tie-needs').locator('li').allTextContents()).toContain(
      'Atlético Nacional need to win by 2 goals; a one-goal win takes it to penalties',
    );
    await screenshot(page, 'as-of-2024-02-21');

    const slider = page.getByRole('slider', { name: 'Match day' });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => param(page, 'asOf')).toBe('2024-02-22');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => param(page, 'asOf')).toBe('2024-02-21');
    await page.keyboard.press('End');
    await expect.poll(() => param(page, 'asOf')).toBe('2024-03-14');
    await expect.poll(() => card(page, 'C2').getAttribute('data-tie-state')).toBe('decided');
    expect(errors).toEqual([]);
  });

  it('carries a what-if score on to the next tie, marks it hypothetical, and keeps it in the link', async () => {
    const { page, errors } = await openApp(browser, `${NIGHT}&tie=C2`);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const panel = page.getByRole('dialog');
    const form = panel.getByRole('form', { name: 'Try a score' });
    await form.getByLabel('Goals of Atlético Nacional').fill('2');
    await form.getByLabel('Goals of Nacional (PAR)').fill('0');
    await form.getByRole('button', { name: 'Apply' }).click();

    await expect.poll(() => param(page, 'whatif')).toBe('C2.2:2-0');
    await expect.poll(() => cardText(page, 'G2')).toContain('Atlético Nacional');
    expect(await card(page, 'C2').getAttribute('data-tie-state')).toBe('decided');
    expect(await isHypothetical(page, 'C2')).toBe(true);
    expect(await isHypothetical(page, 'G2')).toBe(true);
    expect(await isHypothetical(page, 'C7')).toBe(false);
    expect(await panel.getByTestId('tie-outcome').textContent()).toMatch(/^What if.*Atlético Nacional won/);
    const bar = page.getByTestId('what-if');
    expect(await bar.getByRole('heading').textContent()).toBe('What if · 1 hypothetical result');
    await screenshot(page, 'what-if-c2');

    await page.reload();
    await expect.poll(() => cardText(page, 'G2')).toContain('Atlético Nacional');
    expect(await isHypothetical(page, 'G2')).toBe(true);
    expect(await page.getByTestId('what-if').getByRole('heading').textContent()).toBe(
      'What if · 1 hypothetical result',
    );
    await page.getByRole('button', { name: 'Clear what-ifs' }).click();
    await expect.poll(() => param(page, 'whatif')).toBe(null);
    await expect.poll(() => cardText(page, 'G2')).toContain('Winner of C2');
    expect(errors).toEqual([]);
  });
});
