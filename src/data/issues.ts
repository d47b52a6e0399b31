// Data issues: every problem found in a file names the file, the JSON path, what was expected and
// what was found. Critical issues hide the competition behind an error; warnings show it with a note.
import type { Competition, TieId } from '../domain/types.ts';

export type IssueCode =
  | 'invalid-json'
  | 'empty-file'
  | 'file-too-large'
  | 'too-many-ties'
  | 'schema'
  | 'duplicate-id'
  | 'unknown-team'
  | 'unknown-stage'
  | 'missing-tie'
  | 'unknown-exit'
  | 'slot-conflict'
  | 'feed-mismatch'
  | 'backward-feed'
  | 'team-in-two-ties'
  | 'invalid-tie'
  | 'winner-contradicts-rules'
  | 'unverifiable-winner'
  | 'unneeded-penalties'
  | 'leg-dates-out-of-order'
  | 'load-failed';

export type Severity = 'critical' | 'warning';

export interface DataIssue {
  code: IssueCode;
  severity: Severity;
  file: string;
  /** JSON path into the file, e.g. `$.stages[1].ties[0].winner`. */
  path: string;
  expected: string;
  found: string;
}

/** JSON path from property keys and array indexes. */
export function jsonPath(keys: readonly (string | number)[]): string {
  return keys.reduce<string>(
    (path, key) =>
      typeof key === 'number'
        ? `${path}[${key}]`
        : /^[A-Za-z_$][\w$]*$/.test(key)
          ? `${path}.${key}`
          : `${path}[${JSON.stringify(key)}]`,
    '$',
  );
}

/** A short, printable rendering of a found value. */
export function showValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** What was expected and what was found (in English, as the checks that find them write them). */
export const issueText = (issue: DataIssue): string => `expected ${issue.expected}, found ${issue.found}`;

export function formatIssue(issue: DataIssue): string {
  return `${issue.file} ${issue.path}: ${issueText(issue)} [${issue.code}]`;
}

/** The tie a path points into (`$.stages[1].ties[0].winner` → that tie's id), or null. */
export function tieAtPath(path: string, competition: Competition): TieId | null {
  const at = /^\$\.stages\[(\d+)\]\.ties\[(\d+)\]/.exec(path);
  return at ? (competition.stages[Number(at[1])]?.ties[Number(at[2])]?.id ?? null) : null;
}

export const hasCritical = (issues: readonly DataIssue[]): boolean =>
  issues.some((issue) => issue.severity === 'critical');
