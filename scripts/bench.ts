// npm run bench [-- --runs R] [-- --competitions] [-- any flag of ../shared/bench/run.mjs, e.g. --n 32]
// Builds the app, serves dist/ with the harness's static server, makes sure the harness in
// ../shared/bench is installed and built, measures Llave (/app/?synthetic=N) next to the d3, react-d3
// and brackets-viewer peers, the prerendered default page next to d3 and react-d3 at N=8 (also at 4×
// CPU throttle), then each shipped competition opened cold (scripts/bench/competitions.ts), and
// writes the Markdown tables and issue 14's budgets to bench/results.md (raw JSON: bench/.raw/). --competitions measures
// the shipped competitions only and prints their table.
// Runs: --runs R, else BENCH_RUNS, else 7. Paths resolve from this file, not from the working directory
// (BENCH_DIR overrides where the harness is).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, release, totalmem, type } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import prettier from 'prettier';
import { appPath, competitionPath } from '../src/store/view-url.ts';
import { competitionsTable, measureCompetitions, type CompetitionRow } from './bench/competitions.ts';

const repoDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = resolve(process.env.BENCH_DIR ?? join(repoDir, '../shared/bench'));
const resultsFile = join(repoDir, 'bench/results.md');
const PEERS = 'd3,react-d3,brackets-viewer';
/** The default competition: the page the bench opens at `/c/<id>/` and at `/`. */
const DEFAULT_COMPETITION = 'libertadores-2024-qualifying';
/** The competition the others' painted times are divided by. */
const REFERENCE_COMPETITION = 'caf-cc-2023-24-qualifying';

/** What the harness's server.mjs exports: a static server (gzip -9, no caching) for a folder. */
interface HarnessServer {
  startServer(options: { root: string; port?: number }): Promise<{ url: string; close(): Promise<void> }>;
}

/** The parts of the harness's result file (run.mjs --out) that go into bench/results.md. */
interface HarnessResult {
  meta: {
    date: string;
    chromium: string;
    node: string;
    runs: number;
    warmup: number;
    cpuThrottle: number;
    viewport: { width: number; height: number };
  };
  targets: { name: string; label: string; url: string }[];
  /** summary[target][n][metric].median */
  summary: Record<string, Record<string, Record<string, { median: number } | undefined>>>;
}

interface Args {
  runs: string;
  out: string | null;
  competitionsOnly: boolean;
  /** Every other argument, for run.mjs. */
  rest: string[];
}

/** Takes --runs and --out for this script; every other argument goes to run.mjs unchanged (and last). */
function readArgs(argv: readonly string[]): Args {
  let runs = process.env.BENCH_RUNS ?? '7';
  let out: string | null = null;
  let competitionsOnly = false;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.split(/=(.*)/s);
    if (flag === '--competitions') competitionsOnly = true;
    else if (flag === '--runs' || flag === '--out') {
      const value = inline ?? argv[++i];
      if (!value) throw new Error(`${flag} needs a value`);
      if (flag === '--runs') runs = value;
      else out = value;
    } else rest.push(arg);
  }
  if (!/^[1-9]\d*$/.test(runs)) throw new Error(`--runs takes a positive integer, got ${runs}`);
  return { runs, out, competitionsOnly, rest };
}

function run(command: string, args: readonly string[], cwd: string): Promise<void> {
  console.error(`\n$ ${[command, ...args].join(' ')}   (in ${relative(repoDir, cwd) || '.'})`);
  return new Promise<void>((done, fail) => {
    const child = spawn(command, args, { cwd, stdio: 'inherit' });
    child.on('error', fail);
    child.on('exit', (code, signal) =>
      code === 0 ? done() : fail(new Error(`${command} ${args.join(' ')} exited with ${signal ?? code}`)),
    );
  });
}

const { runs, out, competitionsOnly, rest } = readArgs(process.argv.slice(2));
const rawJson = resolve(
  out ?? join(repoDir, 'bench/.raw', `run-${new Date().toISOString().replace(/[:.]/g, '-')}.json`),
);
/** The prerendered default page next to the peers at N=8 (its 15 ties are 2 · 8 − 1), then at 4× CPU throttle. */
const pageJson = rawJson.replace(/\.json$/, '-page.json');
const throttledJson = rawJson.replace(/\.json$/, '-page-throttled.json');
const PAGE = DEFAULT_COMPETITION;

await run(process.execPath, [join(repoDir, 'node_modules/vite/bin/vite.js'), 'build'], repoDir);
if (!existsSync(join(benchDir, 'run.mjs'))) throw new Error(`no bench harness at ${benchDir}`);
if (!existsSync(join(benchDir, 'node_modules'))) await run('npm', ['ci'], benchDir);
if (!existsSync(join(benchDir, 'dist/sizes.json'))) await run('npm', ['run', 'build'], benchDir);

// The same static server (gzip -9, no caching) the harness uses for its peers, on a free port.
const { startServer } = (await import(pathToFileURL(join(benchDir, 'server.mjs')).href)) as HarnessServer;
const server = await startServer({ root: join(repoDir, 'dist'), port: 0 });
const target = `llave=${server.url}${appPath('/')}?synthetic={n}&seed=1`;
const throttle = Number(rest[rest.indexOf('--cpu-throttle') + 1] ?? 1) || 1;
let competitions: string;
let rows: CompetitionRow[];
try {
  if (!competitionsOnly) {
    await mkdir(dirname(rawJson), { recursive: true });
    const args = ['--peers', PEERS, '--target', target, '--n', '8,32,128,512', '--runs', runs];
    await run(process.execPath, [join(benchDir, 'run.mjs'), ...args, ...rest, '--out', rawJson], repoDir);
    const page = `llave-page=${server.url}${competitionPath(PAGE, '/')}`;
    const pageArgs = ['--peers', 'd3,react-d3', '--target', page, '--n', '8', '--runs', runs];
    await run(process.execPath, [join(benchDir, 'run.mjs'), ...pageArgs, '--out', pageJson], repoDir);
    const throttled = ['--peers', 'd3', '--target', `llave-page=${server.url}/`, '--n', '8', '--runs', runs];
    await run(
      process.execPath,
      [join(benchDir, 'run.mjs'), ...throttled, '--cpu-throttle', '4', '--out', throttledJson],
      repoDir,
    );
  }
  console.error('\nmeasuring the shipped competitions');
  rows = await measureCompetitions(server.url, join(repoDir, 'dist/data'), Number(runs), throttle);
  competitions = competitionsTable(rows, REFERENCE_COMPETITION);
} finally {
  await server.close();
}
if (competitionsOnly) {
  console.log(competitions);
  process.exit(0);
}

const result = JSON.parse(await readFile(rawJson, 'utf8')) as HarnessResult;
const tables = await readFile(rawJson.replace(/\.json$/, '.md'), 'utf8');
const pageResult = JSON.parse(await readFile(pageJson, 'utf8')) as HarnessResult;
const pageTables = await readFile(pageJson.replace(/\.json$/, '.md'), 'utf8');
const throttledResult = JSON.parse(await readFile(throttledJson, 'utf8')) as HarnessResult;
/** A median from a harness result: target, N, metric; NaN when not measured (e.g. `--n 32`). */
const at = (r: HarnessResult, name: string, n: number, metric: string) =>
  r.summary[name]?.[String(n)]?.[metric]?.median ?? Number.NaN;
const pageRow = rows.find((row) => row.id === PAGE);
/** How long before the frame that paints the bracket the app's code started, at most (≤ 0: after it). */
const appBeforePaint = pageRow
  ? Math.max(...pageRow.loads.map((load) => load.paintedMs - load.appStartMs))
  : Number.NaN;
const ratio = (r: HarnessResult, a: string, b: string, n: number, metric: string) =>
  at(r, a, n, metric) / at(r, b, n, metric);
const jsLimit = at(pageResult, 'react-d3', 8, 'jsGzip') / 1024 + 25;
/** Each budget: what, measured, the limit, decimals; a value is to stay at or under its limit. */
const BUDGETS: [string, number, number, number][] = [
  [
    `${PAGE} page ÷ D3 (N=8), first contentful paint`,
    ratio(pageResult, 'llave-page', 'd3', 8, 'fcpMs'),
    1,
    2,
  ],
  [`${PAGE} page ÷ D3 (N=8), bracket painted`, ratio(pageResult, 'llave-page', 'd3', 8, 'paintedMs'), 1, 2],
  ['`?synthetic` ÷ D3, painted at N=32', ratio(result, 'llave', 'd3', 32, 'paintedMs'), 1.5, 2],
  ['`?synthetic` ÷ D3, painted at N=512', ratio(result, 'llave', 'd3', 512, 'paintedMs'), 0.7, 2],
  ['`?synthetic` click at N=32 (ms)', at(result, 'llave', 32, 'clickMs'), 16, 1],
  ['`?synthetic` click at N=512 (ms)', at(result, 'llave', 512, 'clickMs'), 25, 1],
  [
    'app code starting before the frame that paints the bracket, most over the runs (ms)',
    appBeforePaint,
    0,
    0,
  ],
  [
    'first load JS of the page, until React has it (KiB gzip; react-d3 + 25)',
    at(pageResult, 'llave-page', 8, 'jsGzip') / 1024,
    jsLimit,
    1,
  ],
  [
    'default page at 4× CPU throttle, bracket painted (ms)',
    at(throttledResult, 'llave-page', 8, 'paintedMs'),
    1000,
    0,
  ],
];
const budgets = [
  '| budget | measured | limit | met |',
  '| --- | ---: | ---: | :---: |',
  ...BUDGETS.map(
    ([what, value, limit, digits]) =>
      `| ${what} | ${Number.isNaN(value) ? 'not measured' : value.toFixed(digits)} | ≤ ${limit.toFixed(digits)} | ${Number.isNaN(value) ? '–' : value <= limit ? 'yes' : '**no**'} |`,
  ),
];
const { meta } = result;
const cpu = cpus();
const machine = `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${type()} ${release()}`;
const label = (t: HarnessResult['targets'][number]) =>
  t.url === target.slice('llave='.length)
    ? `this repo's production build (\`vite build\`) at \`/app/?synthetic={n}&seed=1\`, served like the peers`
    : t.label;
const targets = result.targets.map((t) => `- \`${t.name}\`: ${label(t)}`);
const command = ['npm run bench --', '--runs', runs, ...rest].join(' ');
const markdown = [
  '# Llave bench results',
  '',
  `Date: ${meta.date}. Machine: ${machine}. Chromium ${meta.chromium}, Node ${meta.node}.`,
  `Command: \`${command}\` (runs: ${meta.runs}, warm-up loads: ${meta.warmup}, CPU throttle ${meta.cpuThrottle}×, viewport ${meta.viewport.width}×${meta.viewport.height}); median (min–max).`,
  'Llave loads the generated competition as JSON text and parses, validates and renders it like shipped data.',
  "It has the peers' teams and draw, but applies away goals (the peers go straight to penalties), so its legs",
  'differ from theirs after the first tie decided on away goals (same number of ties).',
  '',
  '## Targets',
  '',
  ...targets,
  '',
  '## Tables',
  '',
  // The harness's own heading and meta line are replaced by the ones above.
  tables.replace(/^# .*\n+.*\n+/, ''),
  '',
  '## The prerendered page',
  '',
  `\`llave-page\`: the ${PAGE} page (\`${competitionPath(PAGE, '/')}\`, 15 ties, HTML written at build) next to the peers at N=8`,
  `(15 ties), same harness, ${pageResult.meta.runs} runs. Its "render only" row is negative: the bracket is on screen before the`,
  'data it was drawn from has been read again in the browser.',
  '',
  pageTables.replace(/^# .*\n+.*\n+/, ''),
  '',
  '## Budgets (issue 14)',
  '',
  `Ratios from the runs above; the 4× throttled run is \`/\` against D3 at N=8, ${throttledResult.meta.runs} runs.`,
  '',
  ...budgets,
  '',
  '## Shipped competitions',
  '',
  `Each shipped competition's page (\`/c/<id>/\`) opened cold, in a new browser context per load, ${runs} runs in`,
  'rotated order after one warm-up round. "Bracket painted": the end of the first frame with every card in the DOM;',
  `the ratio divides it by ${REFERENCE_COMPETITION}'s in this run. "App code starts": main.ts's \`app-start\` mark, after`,
  'the first frame; "JS until idle": every script as served until a second after React took the page over.',
  '',
  competitions,
].join('\n');
const options = (await prettier.resolveConfig(resultsFile)) ?? {};
await mkdir(dirname(resultsFile), { recursive: true });
await writeFile(resultsFile, await prettier.format(markdown, { ...options, filepath: resultsFile }));
console.error(`\nresults: ${relative(process.cwd(), resultsFile)}\nraw: ${relative(process.cwd(), rawJson)}`);
