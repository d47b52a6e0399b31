// Files the tests read: the shipped data (public/data), test fixtures (tests/fixtures) and the source
// articles (tests/fixtures/seeds).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCompetitionText } from '../src/data/parse-competition.ts';
import type { ReadText } from '../src/data/load.ts';
import type { Competition } from '../src/domain/types.ts';

// Vitest runs from the project root (jsdom gives modules http: URLs, so no import.meta.url here).
const read = (dir: string, file: string): string => readFileSync(resolve(process.cwd(), dir, file), 'utf8');

/** A test fixture's path (to hand to a file input). */
export const fixturePath = (file: string): string => resolve(process.cwd(), 'tests/fixtures', file);

export const SHIPPED_FILES = [
  'libertadores-2024-qualifying.json',
  'libertadores-2023-qualifying.json',
  'caf-cc-2023-24-qualifying.json',
  'ucl-2024-25-qualifying.json',
  'uel-2024-25-qualifying.json',
  'uecl-2024-25-qualifying.json',
  'ucl-2024-25-knockout.json',
  'ucl-2023-24-knockout.json',
] as const;

export const readShippedText = (file: string): string => read('public/data', file);
export const readFixtureText = (file: string): string => readFileSync(fixturePath(file), 'utf8');
export const readSeedText = (file: string): string => read('tests/fixtures/seeds', file);

export const readShipped: ReadText = async (file) => readShippedText(file);

function validCompetition(text: string, file: string): Competition {
  const result = parseCompetitionText(text, file);
  if (!result.ok) throw new Error(`${file} does not validate: ${JSON.stringify(result.issues[0])}`);
  return result.value;
}

export type ShippedFile = (typeof SHIPPED_FILES)[number];

export const shippedCompetition = (file: ShippedFile): Competition =>
  validCompetition(readShippedText(file), file);

export const fixtureCompetition = (file: string): Competition =>
  validCompetition(readFixtureText(file), file);

export function findTie(competition: Competition, id: string) {
  const tie = competition.stages.flatMap((stage) => stage.ties).find((t) => t.id === id);
  if (!tie) throw new Error(`no tie ${id} in ${competition.id}`);
  return tie;
}
