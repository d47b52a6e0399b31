// Prints every issue of every shipped competition file; exits non-zero on a critical one.
import { readFile } from 'node:fs/promises';
import { formatIssue, hasCritical, type DataIssue } from '../src/data/issues.ts';
import { loadCompetition, loadIndex, type ReadText } from '../src/data/load.ts';

const dataDir = new URL('../public/data/', import.meta.url);
const readText: ReadText = (file) => readFile(new URL(file, dataDir), 'utf8');

const all: DataIssue[] = [];
const index = await loadIndex(readText);
all.push(...index.issues);
for (const entry of index.ok ? index.value : []) {
  const result = await loadCompetition(readText, entry.file);
  all.push(...result.issues);
  const ties = result.ok ? result.value.stages.reduce((n, stage) => n + stage.ties.length, 0) : 0;
  console.log(`${result.ok ? 'ok  ' : 'FAIL'} ${entry.file}: ${ties} ties, ${result.issues.length} issue(s)`);
}
for (const issue of all) console.log(`  ${issue.severity.padEnd(8)} ${formatIssue(issue)}`);
process.exitCode = hasCritical(all) ? 1 : 0;
