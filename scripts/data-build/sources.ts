// What `npm run data:build` builds: each source is a file of data/ that a builder turns into one
// Competition, written to public/data/<file> and listed in public/data/index.json in this order.
import type { Competition } from '../../src/domain/types.ts';
import { buildFromFactSheet } from './fact-sheet-competition.ts';
import { readFactSheet } from './fact-sheet.ts';
import { importText } from '../../src/importer/import-text.ts';

export interface CompetitionSource {
  /** The input file, from the repository's root. */
  input: string;
  /** The competition file written in public/data. */
  file: string;
  /** The input's text → the competition (throws on input it cannot read). */
  build: (text: string, input: string) => Competition;
}

const fromFactSheet = (text: string): Competition => buildFromFactSheet(readFactSheet(text));

const OPENFOOTBALL = 'https://github.com/openfootball/champions-league';

/**
 * An openfootball file (CC0 1.0, data/openfootball/) through the app's own importer, under our id and
 * name; an error in the import report stops the build.
 */
const fromOpenfootball =
  (id: string, name: string) =>
  (text: string, input: string): Competition => {
    const { competition, report } = importText(text, { fileName: input, id });
    const errors = report.filter((finding) => finding.severity === 'error');
    if (!competition || errors.length > 0) {
      const lines = errors.map((error) => `line ${error.line ?? '-'}: ${error.message}`);
      throw new Error(lines.join('\n') || 'no competition could be built');
    }
    const file = input.replace(/^data\/openfootball\/[^/]+\//, '');
    return {
      ...competition,
      name,
      sources: [
        {
          title: `openfootball, ${file} (CC0 1.0, public domain)`,
          url: `${OPENFOOTBALL}/blob/master/${file}`,
        },
      ],
    };
  };

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
  ...[
    ['2024-25/clq.txt', 'ucl-2024-25-qualifying', '2024–25 UEFA Champions League qualifying rounds'],
    ['2024-25/elq.txt', 'uel-2024-25-qualifying', '2024–25 UEFA Europa League qualifying rounds'],
    ['2024-25/confq.txt', 'uecl-2024-25-qualifying', '2024–25 UEFA Conference League qualifying rounds'],
    ['2024-25/cl.txt', 'ucl-2024-25-knockout', '2024–25 UEFA Champions League knockout phase'],
    ['2023-24/cl.txt', 'ucl-2023-24-knockout', '2023–24 UEFA Champions League knockout phase'],
  ].map(([file, id, name]) => ({
    input: `data/openfootball/champions-league/${file}`,
    file: `${id}.json`,
    build: fromOpenfootball(id!, name!),
  })),
];
