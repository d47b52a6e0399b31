// Imports a text into Llave's competition format: a Wikipedia-style qualifying article, an openfootball
// Football.TXT or Football.JSON file (the format is recognised from the text and the file name).
//   npm run import -- <file> [--out file.json] [--id competition-id] [--rules preset|auto]
// The JSON goes to stdout (or --out), the import report and the validation issues to stderr. Exit code 1
// when the report has an error, validation finds a critical issue, or no competition could be built.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { formatIssue, hasCritical } from '../src/data/issues.ts';
import { parseCompetition, parseCompetitionText } from '../src/data/parse-competition.ts';
import { isPresetId, PRESET_IDS, type PresetId } from '../src/domain/rule-presets.ts';
import { importText } from '../src/importer/import-text.ts';

const USAGE = `usage: import <file> [--out file.json] [--id competition-id] [--rules ${PRESET_IDS.join('|')}|auto]`;

interface Args {
  file: string;
  out: string | null;
  id: string | null;
  rules: PresetId | 'auto';
}

function readArgs(argv: string[]): Args | null {
  let file: string | null = null;
  let out: string | null = null;
  let id: string | null = null;
  let rules: PresetId | 'auto' = 'auto';
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--out' || arg === '--id' || arg === '--rules') {
      const value = argv[i + 1];
      if (value === undefined) return null;
      if (arg === '--out') out = value;
      else if (arg === '--id') id = value;
      else if (value === 'auto' || isPresetId(value)) rules = value;
      else return null;
      i += 1;
    } else if (arg !== undefined && !arg.startsWith('--') && file === null) file = arg;
    else return null;
  }
  return file === null ? null : { file, out, id, rules };
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

const result = importText(text, {
  fileName: basename(args.file),
  rules: args.rules,
  ...(args.id === null ? {} : { id: args.id }),
});
const { report } = result;
console.error(`format: ${result.format}`);
if (result.rules) console.error(`rules: ${result.rules.preset ?? 'none'} (${result.rules.reason})`);
for (const finding of report) {
  console.error(
    `${finding.severity.padEnd(7)}  line ${finding.line ?? '-'}  ${finding.message} [${finding.code}]`,
  );
}
const count = (severity: string) => report.filter((finding) => finding.severity === severity).length;
console.error(`${count('error')} error(s), ${count('warning')} warning(s), ${count('info')} info`);

let failed = count('error') > 0;
let competition = result.competition;
if (result.format === 'llave-json') {
  const parsed = parseCompetitionText(text, basename(args.file));
  if (parsed.ok) competition = parsed.value;
  else for (const issue of parsed.issues) console.error(`${issue.severity.padEnd(8)} ${formatIssue(issue)}`);
}
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
