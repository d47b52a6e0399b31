// The data build: every source (sources.ts) is built into a Competition and validated by the app's own
// loader (parseCompetitionText: the schema and every integrity check, on the very text to be written).
// Files are written only when all of them pass: a critical issue stops the build with the competition,
// the JSON path, what was expected and what was found.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatIssue, type DataIssue } from '../../src/data/issues.ts';
import { INDEX_FILE, TEAM_INDEX_FILE } from '../../src/data/load.ts';
import {
  parseCompetitionText,
  parseIndex,
  parseTeamIndex,
  type Parsed,
} from '../../src/data/parse-competition.ts';
import { buildTeamIndex } from '../../src/domain/team-index.ts';
import { linkSeason } from '../../src/importer/link-season.ts';
import type { Competition, CompetitionIndexEntry } from '../../src/domain/types.ts';
import { SOURCES, type CompetitionSource } from './sources.ts';

/** Where sources are read from (their `input` paths) and, by default, written to. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const OUT_DIR = 'public/data';

/** A file the build writes: its path from the repository's root and its text. */
export interface DataFile {
  path: string;
  text: string;
}

export interface DataBuild {
  files: DataFile[];
  /** Issues that do not stop the build (the app shows them as notes). */
  warnings: DataIssue[];
}

/** A source the build could not read, or output the app would refuse. */
export class DataBuildError extends Error {
  override name = 'DataBuildError';
}

/** A file's text as shipped: JSON indented by two spaces, with a final newline. */
const toJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** The warnings of a file the app accepts; a DataBuildError listing every issue of one it refuses. */
function accepted(result: Parsed<unknown>, what: string): DataIssue[] {
  if (result.ok) return result.issues;
  const lines = result.issues.map((issue) => `  ${issue.severity} ${formatIssue(issue)}`);
  throw new DataBuildError(`${what} does not validate:\n${lines.join('\n')}`);
}

function buildCompetition(source: CompetitionSource): Competition {
  const text = readFileSync(join(REPO_ROOT, source.input), 'utf8');
  try {
    return source.build(text, source.input);
  } catch (error) {
    throw new DataBuildError(`${source.input}: ${(error as Error).message}`, { cause: error });
  }
}

/** Each competition's file and id appear once: the index names both. */
function checkUnique(index: readonly CompetitionIndexEntry[]): void {
  for (const key of ['id', 'file'] as const) {
    const values = index.map((entry) => entry[key]);
    const repeated = values.find((value, i) => values.indexOf(value) !== i);
    if (repeated !== undefined)
      throw new DataBuildError(`two sources build the competition ${key} ${repeated}`);
  }
}

/**
 * Builds every file of public/data that comes from `sources`, in memory, and validates each: the
 * competition files in order, then index.json. Writes nothing; throws a DataBuildError at the first
 * source that fails.
 */
export function buildDataFiles(sources: readonly CompetitionSource[] = SOURCES): DataBuild {
  const files: DataFile[] = [];
  const warnings: DataIssue[] = [];
  const index: CompetitionIndexEntry[] = [];
  // Built one by one, then linked as a season: a loser who plays on elsewhere is sent there.
  const competitions = linkSeason(sources.map(buildCompetition));
  for (const [i, source] of sources.entries()) {
    const competition = competitions[i]!;
    const text = toJson({ $schema: './schema.json', ...competition });
    const what = `competition ${competition.id} (${source.file}, built from ${source.input})`;
    warnings.push(...accepted(parseCompetitionText(text, source.file), what));
    files.push({ path: `${OUT_DIR}/${source.file}`, text });
    index.push({ id: competition.id, name: competition.name, file: source.file });
  }
  checkUnique(index);
  const indexText = toJson({ competitions: index });
  accepted(parseIndex(JSON.parse(indexText), INDEX_FILE), INDEX_FILE);
  files.push({ path: `${OUT_DIR}/${INDEX_FILE}`, text: indexText });
  const teamsText = toJson({ teams: buildTeamIndex(competitions) });
  accepted(parseTeamIndex(JSON.parse(teamsText), TEAM_INDEX_FILE), TEAM_INDEX_FILE);
  files.push({ path: `${OUT_DIR}/${TEAM_INDEX_FILE}`, text: teamsText });
  return { files, warnings };
}

/** Builds and validates everything first, then writes it under `root`; returns the paths written. */
export function runDataBuild(
  sources: readonly CompetitionSource[] = SOURCES,
  root: string = REPO_ROOT,
): { written: string[]; warnings: DataIssue[] } {
  const { files, warnings } = buildDataFiles(sources);
  const written = files.map(({ path, text }) => {
    const target = join(root, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
    return target;
  });
  return { written, warnings };
}
