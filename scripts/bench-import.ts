// Times the importer on synthetic Football.TXT files of 1, 2 and 5 MB (and the article importer on the
// seed articles, as they are): `npm run bench:import [-- --runs N]`. Prints the size, the best of N
// runs of importText, and how long validating the result with parseCompetition takes.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseCompetition } from '../src/data/parse-competition.ts';
import { importText } from '../src/importer/import-text.ts';

const MB = 1024 * 1024;
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(process.argv[runsArg + 1]) || 3 : 3;
const COUNTRIES = ['ENG', 'ESP', 'FRA', 'GER', 'ITA', 'POR', 'NED', 'BEL'];

const pad = (n: number, width = 5) => String(n).padStart(width, '0');
const team = (n: number) => `Club ${pad(n)} FC (${COUNTRIES[n % COUNTRIES.length]})`;
const day = (d: number) => {
  const date = new Date(Date.UTC(2024, 6, 1 + d));
  return `${['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][date.getUTCDay()]} ${date.toLocaleString('en', { month: 'short', timeZone: 'UTC' })}/${date.getUTCDate()} ${date.getUTCFullYear()}`;
};

/**
 * A two-legged knockout of 2^k first-round ties to a final (at most `maxTies` ties in all), and
 * league matchdays (left out of the bracket) before it to fill `bytes`.
 */
function synthesize(bytes: number, maxTies: number): string {
  const bracket = (ties: number): string[] => {
    const lines: string[] = [];
    let teams = Array.from({ length: ties * 2 }, (_, i) => i + 1);
    let date = 20;
    for (let round = 1; teams.length >= 2; round += 1) {
      const final = teams.length === 2;
      lines.push('', final ? '» Final' : `» Round ${round}`);
      const pairs = Array.from(
        { length: teams.length / 2 },
        (_, i) => [teams[2 * i]!, teams[2 * i + 1]!] as const,
      );
      lines.push(`  ${day(date)}`);
      for (const [a, b] of pairs) lines.push(`    20.45  ${team(a)} v ${team(b)}  2-0 (1-0)`);
      if (!final) {
        lines.push(`  ${day(date + 7)}`);
        for (const [a, b] of pairs) lines.push(`    21.00  ${team(b)} v ${team(a)}  1-1 (0-1)`);
      }
      teams = pairs.map(([a]) => a);
      date += 14;
    }
    return lines;
  };
  let ties = 1;
  while (ties * 4 - 1 <= maxTies && bracket(ties * 2).join('\n').length < bytes * 0.9) ties *= 2;
  const lines = ['= Synthetic Cup 2024/25', ...bracket(ties)];
  const league: string[] = [];
  let size = lines.join('\n').length;
  for (let matchday = 1, n = 0; size < bytes; matchday += 1) {
    league.push('', `» League, Matchday ${matchday}`, `  ${day(matchday % 15)}`);
    for (let i = 0; i < 200 && size < bytes; i += 1, n += 1) {
      const line = `    18.45  ${team(n % 5000)} v ${team((n + 1) % 5000)}  3-1 (1-1)`;
      league.push(line);
      size += line.length + 1;
    }
  }
  return ['= Synthetic Cup 2024/25', ...league, ...lines.slice(1)].join('\n');
}

function best(run: () => void): number {
  let min = Infinity;
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    run();
    min = Math.min(min, performance.now() - start);
  }
  return min;
}

console.log(`best of ${RUNS} runs, Node ${process.version}`);
console.log('input                             size      ties  import ms  validate ms');
// As many ties as the size allows, and at most the 10,000 ties a Llave competition may have.
const INPUTS = [
  ...[1, 2, 5].map((megabytes) => ({ megabytes, maxTies: Infinity, label: 'ties' })),
  { megabytes: 5, maxTies: 10_000, label: 'ties + league' },
];
for (const { megabytes, maxTies, label } of INPUTS) {
  const text = synthesize(megabytes * MB, maxTies);
  const result = importText(text, {});
  const competition = result.competition;
  if (!competition || result.report.some((f) => f.severity === 'error'))
    throw new Error('synthetic import failed');
  const ms = best(() => importText(text, {}));
  const json = JSON.parse(JSON.stringify(competition)) as unknown;
  const validate = best(() => parseCompetition(json, 'synthetic.json'));
  const ties = competition.stages.reduce((n, stage) => n + stage.ties.length, 0);
  console.log(
    `Football.TXT ${megabytes} MB, ${label}`.padEnd(32),
    `${(text.length / MB).toFixed(2)} MB`.padStart(8),
    String(ties).padStart(8),
    ms.toFixed(0).padStart(10),
    validate.toFixed(0).padStart(12),
  );
}
for (const seed of ['libertadores-2024.txt', 'caf-cc-2023-24.txt']) {
  const text = readFileSync(resolve('tests/fixtures/seeds', seed), 'utf8');
  const ms = best(() => importText(text, {}));
  console.log(
    `article ${seed}`.padEnd(32),
    `${(text.length / 1024).toFixed(0)} KB`.padStart(8),
    ''.padStart(8),
    ms.toFixed(0).padStart(10),
  );
}
