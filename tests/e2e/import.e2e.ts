import { fixturePath as fixture, readFixtureText } from '../files.ts';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browser, openApp, screenshot } from './browser.ts';

const SHIPPED_ID = 'libertadores-2024-qualifying';
const ELQ = 'data/openfootball/champions-league/2024-25/elq.txt';
const MINI = 'Mini Cup qualifying';
const XSS = '<img src=x onerror=alert(1)>';

const picker = (page: Page) => page.getByRole('combobox', { name: 'Competition' });
const pickerValue = (page: Page) => picker(page).inputValue();
const tieIds = (page: Page) =>
  page
    .locator('svg.bracket [data-tie-id]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-tie-id')).sort());
const addedByYou = (page: Page) =>
  page.locator('optgroup[label="Added by you"] option').evaluateAll((els) => els.map((el) => el.textContent));

/** Opens the app and waits for the first shipped bracket. */
async function openReady() {
  const opened = await openApp(browser);
  await opened.page.emulateMedia({ reducedMotion: 'reduce' });
  await opened.page.locator('[data-tie-id="C2"]').waitFor();
  return opened;
}

async function openDialog(page: Page) {
  await page.getByRole('button', { name: 'Add competition' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a competition' });
  await dialog.waitFor();
  return dialog;
}

describe('adding a competition in Chromium', () => {
  it('adds a file, keeps it across a reload, and removes it', async () => {
    const { page, errors } = await openReady();
    const dialog = await openDialog(page);
    expect(await dialog.getAttribute('aria-modal')).toBe('true');
    await dialog.getByLabel('Choose a file').setInputFiles(fixture('valid-mini.json'));
    await expect.poll(() => dialog.getByTestId('preview-name').textContent()).toBe(MINI);
    expect(await dialog.getByTestId('preview-counts').textContent()).toBe('4 teams, 2 stages, 3 ties');
    await screenshot(page, 'add-competition-preview');
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => pickerValue(page)).toBe('mini-cup');
    await expect.poll(() => tieIds(page)).toEqual(['A1', 'A2', 'F1']);
    expect(await addedByYou(page)).toEqual([MINI]);
    await screenshot(page, 'add-competition-added');

    await page.reload();
    await page.locator('[data-tie-id]').first().waitFor();
    await expect.poll(() => addedByYou(page)).toEqual([MINI]);
    await picker(page).selectOption({ label: MINI });
    await expect.poll(() => tieIds(page)).toEqual(['A1', 'A2', 'F1']);

    await page.getByRole('button', { name: `Remove ${MINI}` }).click();
    await page
      .getByRole('group', { name: 'Confirm removal' })
      .getByRole('button', { name: 'Yes, remove' })
      .click();
    await expect.poll(() => pickerValue(page)).toBe(SHIPPED_ID);
    await expect.poll(() => tieIds(page)).toHaveLength(15);
    expect(await addedByYou(page)).toEqual([]);
    await page.reload();
    await page.locator('[data-tie-id="C2"]').waitFor();
    expect(await addedByYou(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('refuses a broken file with its named error, and the bracket shown stays as it was', async () => {
    const { page, errors } = await openReady();
    await page.locator('[data-tie-id="C2"]').click();
    const panel = page.getByRole('dialog', { name: 'Nacional (PAR) v Atlético Nacional' });
    await panel.waitFor();
    const dialog = await openDialog(page);
    await dialog.getByLabel('Choose a file').setInputFiles(fixture('broken-json.json'));
    const alert = dialog.getByRole('alert');
    await expect
      .poll(() => alert.textContent())
      .toBe('broken-json.json cannot be added: 1 critical issue (below). Nothing was changed.');
    expect(await dialog.getByText('[invalid-json]').textContent()).toMatch(
      /^broken-json\.json \$: expected valid JSON, found .+ \[invalid-json\]$/,
    );
    await dialog.getByLabel('Choose a file').setInputFiles(fixture('contradicting-winner.json'));
    await expect
      .poll(() => dialog.getByText('[winner-contradicts-rules]').textContent())
      .toBe(
        'contradicting-winner.json $.stages[1].ties[0].winner: expected charlie (aggregate under the rules), found "bravo" [winner-contradicts-rules]',
      );
    expect(await dialog.getByRole('button', { name: 'Add', exact: true }).isDisabled()).toBe(true);
    await screenshot(page, 'add-competition-refused');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Add competition');
    expect(await pickerValue(page)).toBe(SHIPPED_ID);
    expect(await tieIds(page)).toHaveLength(15);
    expect(await panel.isVisible()).toBe(true);
    expect(await addedByYou(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('shows a team named like an HTML element as text, and nothing runs', async () => {
    const { page, errors } = await openReady();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const json = JSON.parse(readFixtureText('valid-mini.json')) as {
      name: string;
      teams: { name: string }[];
    };
    json.name = `${XSS} Cup`;
    json.teams[0]!.name = XSS;
    const dialog = await openDialog(page);
    await dialog.getByLabel('Choose a file').setInputFiles({
      name: 'xss.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(json)),
    });
    await expect.poll(() => dialog.getByTestId('preview-name').textContent()).toBe(`${XSS} Cup`);
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => tieIds(page)).toEqual(['A1', 'A2', 'F1']);
    // The name is cut on the card and shown in full in the card's tooltip.
    await expect.poll(() => page.locator('svg.bracket title', { hasText: XSS }).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await expect
      .poll(() => page.getByRole('rowheader', { name: /A1/ }).locator('..').textContent())
      .toContain(XSS);
    await screenshot(page, 'add-competition-literal-names');
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('reads off the page in a worker, and stops reading on request', async () => {
    const { page, errors } = await openReady();
    // The worker's script is held back, so the read is still running when Stop reading is pressed.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/read-worker.*\.js$/, async (route) => {
      await held;
      // The worker that asked for it may be gone by then: its request goes nowhere.
      await route.continue().catch(() => undefined);
    });
    const dialog = await openDialog(page);
    await dialog.getByLabel('Choose a file').setInputFiles(fixture('valid-mini.json'));
    const status = dialog.getByRole('status').filter({ hasText: 'Reading valid-mini.json…' });
    await status.waitFor();
    // The page answers while the file is read: typing in the article box still works.
    await dialog.getByLabel('Article text').fill('typed while reading');
    expect(await dialog.getByLabel('Article text').inputValue()).toBe('typed while reading');
    await dialog.getByRole('button', { name: 'Stop reading' }).click();
    await expect.poll(() => status.count()).toBe(0);
    expect(await dialog.getByTestId('preview-name').count()).toBe(0);
    release();
    await page.unroute(/read-worker.*\.js$/);
    // A new read starts a new worker and gets to its preview.
    await dialog.getByLabel('Choose a file').setInputFiles(fixture('valid-mini.json'));
    await expect.poll(() => dialog.getByTestId('preview-name').textContent()).toBe(MINI);
    expect(errors).toEqual([]);
  });

  it('adds an openfootball Football.TXT file, and shows a tie after extra time with both scores', async () => {
    const { page, errors } = await openReady();
    const dialog = await openDialog(page);
    await dialog.getByLabel('Choose a file').setInputFiles(ELQ);
    await expect
      .poll(() => dialog.getByTestId('preview-name').textContent())
      .toBe('UEFA Europa League - Quali 2024/25');
    expect(await dialog.getByTestId('preview-format').textContent()).toBe('Football.TXT (openfootball)');
    expect(await dialog.getByLabel('Tie rules').inputValue()).toBe('uefa-2021');
    await screenshot(page, 'add-openfootball-preview');
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => pickerValue(page)).toBe('uefa-europa-league-quali-2024-25');
    await expect.poll(() => page.locator('svg.bracket [data-tie-id]').count()).toBeGreaterThan(10);

    // Lugano v Partizan, third qualifying round: the second leg went to extra time.
    await page.goto(new URL('/?competition=uefa-europa-league-quali-2024-25&tie=Q3-07', page.url()).href);
    const panel = page.getByRole('dialog');
    await expect
      .poll(() => panel.getByRole('heading', { level: 2 }).textContent())
      .toBe('Partizan v FC Lugano');
    const second = panel.getByRole('listitem').filter({ hasText: 'Second leg' });
    expect(await second.getByTestId('leg-score').textContent()).toBe(
      'FC Lugano 2–2 Partizana.e.t. · 1–2 after 90 minutes',
    );
    expect(await panel.getByTestId('tie-outcome').textContent()).toBe(
      'FC Lugano won 3–2 on aggregate after extra time',
    );
    await screenshot(page, 'openfootball-extra-time');
    expect(errors).toEqual([]);
  });
});
