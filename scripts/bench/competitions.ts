// The shipped competitions' prerendered pages, each opened cold (a new browser context per load) from
// the production build: first contentful paint, the bracket painted (the end of the first frame with
// every tie's card in the DOM, as the harness takes it), when the app's own code starts (main.ts's
// `app-start` mark) and the page's JS until it is idle with nothing clicked; medians (min–max) over
// the runs, as a Markdown table.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { competitionPath } from '../../src/store/view-url.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/e2e/chromium.ts';

interface IndexEntry {
  id: string;
  name: string;
  file: string;
}

interface Load {
  fcpMs: number;
  paintedMs: number;
  appStartMs: number;
  /** JS gzip bytes as served, up to app-mounted + 1 s. */
  jsBytes: number;
}

/**
 * Runs before the page's own scripts: notes the end of the first frame with `ties` cards in the DOM.
 * Strings, not functions: tsx would wrap a function's inner names in a helper the page does not have.
 */
const probe = (ties: number) => `(() => {
  const count = () => document.querySelectorAll('svg.bracket rect.card[data-tie-id]').length;
  const observer = new MutationObserver(() => {
    if (count() < ${ties}) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (window.__painted = performance.now());
      channel.port2.postMessage(0);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
})()`;

/** Resolves once the page is painted, its app mounted and a second gone by. */
const LOADED = `new Promise((resolve) => {
  const poll = () => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    const start = performance.getEntriesByName('app-start')[0];
    const mounted = performance.getEntriesByName('app-mounted')[0];
    if (!fcp || !start || !mounted || window.__painted === undefined) return setTimeout(poll, 20);
    setTimeout(() => {
      const jsBytes = performance
        .getEntriesByType('resource')
        .filter((entry) => entry.initiatorType === 'script' || entry.name.endsWith('.js'))
        .reduce((sum, entry) => sum + entry.encodedBodySize, 0);
      resolve({ fcpMs: fcp.startTime, paintedMs: window.__painted, appStartMs: start.startTime, jsBytes });
    }, 1000);
  };
  poll();
})`;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const cell = (values: number[]) =>
  `${Math.round(median(values))} (${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))})`;

export interface CompetitionRow {
  id: string;
  name: string;
  ties: number;
  teams: number;
  loads: Load[];
}

/** Opens `${baseUrl}/c/<id>/` `runs` times per shipped competition, rotating the order. */
export async function measureCompetitions(
  baseUrl: string,
  dataDir: string,
  runs: number,
  cpuThrottle = 1,
): Promise<CompetitionRow[]> {
  const index = JSON.parse(await readFile(join(dataDir, 'index.json'), 'utf8')) as {
    competitions: IndexEntry[];
  };
  const rows: CompetitionRow[] = [];
  for (const entry of index.competitions) {
    const data = JSON.parse(await readFile(join(dataDir, entry.file), 'utf8')) as {
      teams: unknown[];
      stages: { ties: unknown[] }[];
    };
    const ties = data.stages.reduce((n, stage) => n + stage.ties.length, 0);
    rows.push({ id: entry.id, name: entry.name, ties, teams: data.teams.length, loads: [] });
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  try {
    for (let run = -1; run < runs; run += 1) {
      // run -1 warms the server and the disk cache; it is not counted.
      const order = rows.map((_, i) => rows[(i + Math.max(run, 0)) % rows.length]!);
      for (const row of order) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const page = await context.newPage();
        if (cpuThrottle !== 1) {
          const cdp = await context.newCDPSession(page);
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle });
        }
        await page.addInitScript(probe(row.ties));
        await page.goto(`${baseUrl}${competitionPath(row.id, '/')}`);
        const load = await page.evaluate<Load>(LOADED);
        if (run >= 0) row.loads.push(load);
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  return rows;
}

/** The table, and each competition's bracket painted as a ratio of `reference`'s in the same run. */
export function competitionsTable(rows: readonly CompetitionRow[], reference: string): string {
  const painted = (row: CompetitionRow) => median(row.loads.map((load) => load.paintedMs));
  const base = rows.find((row) => row.id === reference);
  const lines = [
    `| competition | teams | ties | first contentful paint (ms) | bracket painted (ms) | painted ÷ ${reference} | app code starts (ms) | JS until idle (KiB as served) |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (row) =>
        `| ${row.name} | ${row.teams} | ${row.ties} | ${cell(row.loads.map((l) => l.fcpMs))} | ${cell(row.loads.map((l) => l.paintedMs))} | ${base ? (painted(row) / painted(base)).toFixed(2) : '–'} | ${cell(row.loads.map((l) => l.appStartMs))} | ${(median(row.loads.map((l) => l.jsBytes)) / 1024).toFixed(1)} |`,
    ),
  ];
  return lines.join('\n');
}
