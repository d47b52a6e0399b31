// Shared by the openfootball tests: reading the sample files, importing, and the checks every import
// must pass (validation without critical issues, decideTie agreeing with each recorded winner).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import { parseCompetition } from '../src/data/parse-competition.ts';
import { decideTie } from '../src/domain/decide-tie.ts';
import type { Competition, Tie } from '../src/domain/types.ts';
import { importText, type ImportTextOptions, type TextImportResult } from '../src/importer/import-text.ts';

export const readSample = (path: string): string =>
  readFileSync(resolve(process.cwd(), 'data/openfootball', path), 'utf8');
export const readBadFixture = (file: string): string =>
  readFileSync(resolve(process.cwd(), 'tests/fixtures/openfootball', file), 'utf8');

/** The 1-based line of the first line containing `fragment`. */
export const lineOf = (text: string, fragment: string): number =>
  text.split(/\r?\n/).findIndex((line) => line.includes(fragment)) + 1;

export const allTies = (competition: Competition): Tie[] => competition.stages.flatMap((stage) => stage.ties);

export function findTie(competition: Competition, a: string, b: string): Tie {
  const ids = [a, b].map((name) => competition.teams.find((team) => team.name === name)?.id);
  const found = allTies(competition).find((tie) => ids.every((id) => id && tie.teams.includes(id)));
  if (!found) throw new Error(`no tie ${a} v ${b}`);
  return found;
}

export const teamId = (competition: Competition, name: string): string => {
  const team = competition.teams.find((candidate) => candidate.name === name);
  if (!team) throw new Error(`no team ${name}`);
  return team.id;
};

/** Imports, then checks what every imported competition must satisfy. */
export function importChecked(
  text: string,
  options: ImportTextOptions = {},
): TextImportResult & { competition: Competition } {
  const result = importText(text, options);
  if (!result.competition) throw new Error(`no competition: ${JSON.stringify(result.report)}`);
  const parsed = parseCompetition(JSON.parse(JSON.stringify(result.competition)) as unknown, 'imported.json');
  expect(parsed.issues.filter((issue) => issue.severity === 'critical')).toEqual([]);
  for (const tie of allTies(result.competition)) {
    if (tie.winner === null) continue;
    const outcome = decideTie(tie, result.competition.rules);
    expect(outcome.status === 'decided' && outcome.winner).toBe(tie.winner);
  }
  return { ...result, competition: result.competition };
}
