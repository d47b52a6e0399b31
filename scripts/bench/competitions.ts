// The shipped competitions, each opened cold (a new browser context per load) from the production
// build: first contentful paint and the bracket painted (the app's `bracket-rendered` mark, set after
// the frame that shows the bracket), medians (min–max) over the runs, as a Markdown table.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/e2e/chromium.ts';

interface IndexEntry {
  id: string;
  name: string;
  file: string;
}

interface Load {
  fcpMs: number;
  paintedMs: number;
}

/**
 * Waits in the page for its first contentful paint and its `bracket-rendered` mark. A string: tsx would
 * wrap a function's inner names in a helper the page does not have.
 */
const PAINTED = `new Promise((resolve) => {
  const poll = () => {
    const mark = performance.getEntriesByName('bracket-rendered')[0];
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    if (mark && fcp) resolve({ fcpMs: fcp.startTime, paintedMs: mark.startTime });
    else setTimeout(poll, 20);
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

/** Opens `${baseUrl}/?competition=<id>` `runs` times per shipped competition, rotating the order. */
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
        await page.goto(`${baseUrl}/?competition=${encodeURIComponent(row.id)}`);
        const load = await page.evaluate<Load>(PAINTED);
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
    `| competition | teams | ties | first contentful paint (ms) | bracket painted (ms) | painted ÷ ${reference} |`,
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (row) =>
        `| ${row.name} | ${row.teams} | ${row.ties} | ${cell(row.loads.map((l) => l.fcpMs))} | ${cell(row.loads.map((l) => l.paintedMs))} | ${base ? (painted(row) / painted(base)).toFixed(2) : '–'} |`,
    ),
  ];
  return lines.join('\n');
}
