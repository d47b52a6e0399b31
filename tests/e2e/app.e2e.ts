import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, screenshot } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('Llave in Chromium', () => {
  it('opens on the 2024 Libertadores and switches to each competition', async () => {
    const { page, errors } = await openApp(browser);
    await page.getByRole('rowheader', { name: /C2/ }).waitFor();
    expect(await page.getByRole('rowheader', { name: /C2/ }).textContent()).toContain(
      'Nacional (PAR) v Atlético Nacional',
    );
    await screenshot(page, 'list-libertadores-2024', true);
    const picker = page.getByLabel('Competition');
    await picker.selectOption({ label: '2023–24 CAF Confederation Cup qualifying rounds' });
    await page.getByRole('rowheader', { name: /R1-17/ }).waitFor();
    expect(await page.getByRole('row', { name: /R1-17/ }).textContent()).toContain(
      'Sekhukhune United won on a walkover',
    );
    await picker.selectOption({ label: '2023 Copa Libertadores qualifying stages' });
    await page.getByRole('rowheader', { name: /G4/ }).waitFor();
    expect(await page.getByRole('row', { name: /G4/ }).textContent()).toContain(
      'Independiente Medellín won 3–1 on aggregate',
    );
    expect(errors).toEqual([]);
  });
});
