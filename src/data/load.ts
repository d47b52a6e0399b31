// Fetching the shipped files. Loading returns a result; a failed request is a located issue like any other.
import type { Competition, CompetitionIndexEntry } from '../domain/types.ts';
import type { TeamIndexEntry } from '../domain/team-index.ts';
import {
  parseCompetitionText,
  parseIndex,
  parseJson,
  parseTeamIndex,
  type Parsed,
} from './parse-competition.ts';

/** Reads a file's text; injected so tests and the synthetic mode can serve files without a network. */
export type ReadText = (file: string) => Promise<string>;

export const INDEX_FILE = 'index.json';
export const TEAM_INDEX_FILE = 'teams.json';

/** Fetches files from `base`, the data folder's URL (the page gives it: Vite's BASE_URL + `data/`). */
export function fetchDataFile(base: string): ReadText {
  return async (file) => {
    const response = await fetch(`${base}${file}`);
    if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
    return response.text();
  };
}

async function read<T>(
  readText: ReadText,
  file: string,
  parse: (text: string) => Parsed<T>,
): Promise<Parsed<T>> {
  let text: string;
  try {
    text = await readText(file);
  } catch (error) {
    const found = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      issues: [
        { code: 'load-failed', severity: 'critical', file, path: '$', expected: 'a readable file', found },
      ],
    };
  }
  return parse(text);
}

export const loadIndex = (readText: ReadText): Promise<Parsed<CompetitionIndexEntry[]>> =>
  read(readText, INDEX_FILE, (text) => {
    const json = parseJson(text, INDEX_FILE);
    return json.ok ? parseIndex(json.value, INDEX_FILE) : json;
  });

export const loadTeamIndex = (readText: ReadText): Promise<Parsed<TeamIndexEntry[]>> =>
  read(readText, TEAM_INDEX_FILE, (text) => {
    const json = parseJson(text, TEAM_INDEX_FILE);
    return json.ok ? parseTeamIndex(json.value, TEAM_INDEX_FILE) : json;
  });

export const loadCompetition = (readText: ReadText, file: string): Promise<Parsed<Competition>> =>
  read(readText, file, (text) => parseCompetitionText(text, file));
