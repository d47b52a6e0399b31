// What `npm run data:build` builds: each source is a file of data/ that a builder turns into one
// Competition, written to public/data/<file> and listed in public/data/index.json in this order.
import type { Competition } from '../../src/domain/types.ts';
import { buildFromFactSheet } from './fact-sheet-competition.ts';
import { readFactSheet } from './fact-sheet.ts';

export interface CompetitionSource {
  /** The input file, from the repository's root. */
  input: string;
  /** The competition file written in public/data. */
  file: string;
  /** The input's text → the competition (throws on input it cannot read). */
  build: (text: string, input: string) => Competition;
}

const fromFactSheet = (text: string): Competition => buildFromFactSheet(readFactSheet(text));

export const SOURCES: readonly CompetitionSource[] = [
  {
    input: 'data/facts/libertadores-2024.yaml',
    file: 'libertadores-2024-qualifying.json',
    build: fromFactSheet,
  },
  {
    input: 'data/facts/libertadores-2023.yaml',
    file: 'libertadores-2023-qualifying.json',
    build: fromFactSheet,
  },
  { input: 'data/facts/caf-cc-2023-24.yaml', file: 'caf-cc-2023-24-qualifying.json', build: fromFactSheet },
];
