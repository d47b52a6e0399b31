// The only code that sees `unknown`: text → JSON → schema → integrity checks. Returns a result; never throws.
import * as v from 'valibot';
import type { TeamIndexEntry } from '../domain/team-index.ts';
import type { Competition, CompetitionIndexEntry } from '../domain/types.ts';
import { checkIntegrity } from './check-integrity.ts';
import { hasCritical, jsonPath, showValue, type DataIssue } from './issues.ts';
import { CompetitionIndexSchema, CompetitionSchema, TeamIndexSchema } from './schema.ts';

export type Parsed<T> = { ok: true; value: T; issues: DataIssue[] } | { ok: false; issues: DataIssue[] };

/** Files above this size are refused before parsing. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

function schemaIssues(file: string, issues: readonly v.BaseIssue<unknown>[]): DataIssue[] {
  return issues.map((issue) => ({
    code: 'schema',
    severity: 'critical',
    file,
    path: jsonPath(issue.path?.map((item) => item.key as string | number) ?? []),
    expected: issue.expected
      ? `${issue.expected}${issue.kind === 'validation' ? ` (${issue.message})` : ''}`
      : issue.message,
    found: issue.kind === 'validation' ? showValue(issue.input) : issue.received,
  }));
}

/**
 * A text's size in UTF-8 bytes, as its file weighs (`text.length` counts UTF-16 code units, up to 3
 * times fewer); counted only when it could exceed the limit.
 */
const utf8Bytes = (text: string) =>
  text.length * 3 <= MAX_FILE_BYTES ? text.length : new TextEncoder().encode(text).length;

/** The issue of a file over MAX_FILE_BYTES (`size`: its bytes, or its text), or null. */
export function sizeIssue(size: number | string, file: string): DataIssue | null {
  const bytes = typeof size === 'number' ? size : utf8Bytes(size);
  if (bytes <= MAX_FILE_BYTES) return null;
  return {
    code: 'file-too-large',
    severity: 'critical',
    file,
    path: '$',
    expected: `at most ${MAX_FILE_BYTES / 1024 / 1024} MB`,
    found: `${(bytes / 1024 / 1024).toFixed(1)} MB`,
  };
}

/** Parses JSON text, reporting an empty, oversized or malformed file as a located issue. */
export function parseJson(text: string, file: string): Parsed<unknown> {
  const fail = (code: DataIssue['code'], expected: string, found: string): Parsed<unknown> => ({
    ok: false,
    issues: [{ code, severity: 'critical', file, path: '$', expected, found }],
  });
  if (text.trim() === '') return fail('empty-file', 'a JSON document', 'an empty file');
  const tooLarge = sizeIssue(text, file);
  if (tooLarge) return { ok: false, issues: [tooLarge] };
  try {
    return { ok: true, value: JSON.parse(text) as unknown, issues: [] };
  } catch (error) {
    return fail('invalid-json', 'valid JSON', (error as Error).message);
  }
}

/**
 * Makes equal strings in `value` one string (in place). JSON.parse gives each occurrence its own copy:
 * a team's id is in its ties, legs and pots, a date in every leg played that day. For a 1,000-tie
 * bracket that is 15,000 strings, about a tenth of the page's memory.
 */
function shareStrings<T>(value: T): T {
  const seen = new Map<string, string>();
  const visit = (node: unknown): unknown => {
    if (typeof node === 'string') {
      const shared = seen.get(node);
      if (shared !== undefined) return shared;
      seen.set(node, node);
      return node;
    }
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i += 1) node[i] = visit(node[i]);
    } else if (node !== null && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      for (const key in record) record[key] = visit(record[key]);
    }
    return node;
  };
  return visit(value) as T;
}

/** Validates a competition document: schema first, then references, bracket shape and results. */
export function parseCompetition(json: unknown, file: string): Parsed<Competition> {
  const result = v.safeParse(CompetitionSchema, json, { abortPipeEarly: true });
  if (!result.success) return { ok: false, issues: schemaIssues(file, result.issues) };
  const { $schema: _ignored, ...competition } = shareStrings(result.output);
  const issues = checkIntegrity(competition, file);
  return hasCritical(issues) ? { ok: false, issues } : { ok: true, value: competition, issues };
}

export function parseCompetitionText(text: string, file: string): Parsed<Competition> {
  const json = parseJson(text, file);
  return json.ok ? parseCompetition(json.value, file) : json;
}

export function parseIndex(json: unknown, file: string): Parsed<CompetitionIndexEntry[]> {
  const result = v.safeParse(CompetitionIndexSchema, json);
  if (!result.success) return { ok: false, issues: schemaIssues(file, result.issues) };
  return { ok: true, value: result.output.competitions, issues: [] };
}

export function parseTeamIndex(json: unknown, file: string): Parsed<TeamIndexEntry[]> {
  const result = v.safeParse(TeamIndexSchema, json);
  if (!result.success) return { ok: false, issues: schemaIssues(file, result.issues) };
  return { ok: true, value: result.output.teams, issues: [] };
}
