// Reads the shipped data files from public/data for tests.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCompetitionText } from '../src/data/parse-competition.ts';
import type { ReadText } from '../src/data/load.ts';
import type { Competition } from '../src/domain/types.ts';

// Vitest runs from the project root (jsdom gives modules http: URLs, so no import.meta.url here).
const dataDir = resolve(process.cwd(), 'public/data');

export const SHIPPED_FILES = [
  'libertadores-2024-qualifying.json',
  'libertadores-2023-qualifying.json',
  'caf-cc-2023-24-qualifying.json',
] as const;

export const readShippedText = (file: string): string => readFileSync(resolve(dataDir, file), 'utf8');

export const readShipped: ReadText = async (file) => readShippedText(file);

export function shippedCompetition(file: (typeof SHIPPED_FILES)[number]): Competition {
  const result = parseCompetitionText(readShippedText(file), file);
  if (!result.ok) throw new Error(`${file} does not validate: ${JSON.stringify(result.issues[0])}`);
  return result.value;
}

export function findTie(competition: Competition, id: string) {
  const tie = competition.stages.flatMap((stage) => stage.ties).find((t) => t.id === id);
  if (!tie) throw new Error(`no tie ${id} in ${competition.id}`);
  return tie;
}
