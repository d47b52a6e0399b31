// Imports the text of a Wikipedia-style qualifying article into Llave's competition format.
//   npm run import -- <article.txt> [--out file.json] [--id competition-id]
// The JSON goes to stdout (or --out), the import report and the validation issues to stderr. Exit code 1
// when the report has an error, validation finds a critical issue, or no competition could be built.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { formatIssue, hasCritical } from '../src/data/issues.ts';
import { parseCompetition } from '../src/data/parse-competition.ts';
import { importArticle } from '../src/importer/parse-article.ts';

const USAGE = 'usage: import <article.txt> [--out file.json] [--id competition-id]';

function readArgs(argv: string[]): { file: string; out: string | null; id: string | null } | null {
  let file: string | null = null;
  let out: string | null = null;
  let id: string | null = null;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--out' || arg === '--id') {
      const value = argv[i + 1];
      if (value === undefined) return null;
      if (arg === '--out') out = value;
      else id = value;
      i += 1;
    } else if (arg !== undefined && !arg.startsWith('--') && file === null) file = arg;
    else return null;
  }
  return file === null ? null : { file, out, id };
}

const args = readArgs(process.argv.slice(2));
if (!args) {
  console.error(USAGE);
  process.exit(2);
}

let text: string;
try {
  text = readFileSync(args.file, 'utf8');
} catch (error) {
  console.error(`cannot read ${args.file}: ${(error as Error).message}`);
  process.exit(2);
}

const { competition, report } = importArticle(text, args.id === null ? {} : { id: args.id });
for (const finding of report) {
  console.error(
    `${finding.severity.padEnd(7)}  line ${finding.line ?? '-'}  ${finding.message} [${finding.code}]`,
  );
}
const count = (severity: string) => report.filter((finding) => finding.severity === severity).length;
console.error(`${count('error')} error(s), ${count('warning')} warning(s), ${count('info')} info`);

let failed = count('error') > 0;
if (!competition) {
  console.error('no competition could be built');
  failed = true;
} else {
  const json = `${JSON.stringify(competition, null, 2)}\n`;
  if (args.out) writeFileSync(args.out, json);
  else process.stdout.write(json);
  const file = args.out ? basename(args.out) : `${competition.id}.json`;
  const validation = parseCompetition(JSON.parse(json) as unknown, file);
  for (const issue of validation.issues) console.error(`${issue.severity.padEnd(8)} ${formatIssue(issue)}`);
  console.error(`validation: ${validation.ok ? 'ok' : 'failed'}, ${validation.issues.length} issue(s)`);
  if (hasCritical(validation.issues)) failed = true;
}
process.exitCode = failed ? 1 : 0;
