// What the article importer reports: everything it could not resolve, everything in the text that
// contradicts the rules or itself, and every conclusion it drew that the text does not state outright.
import type { DataNote } from '../domain/types.ts';

export type FindingSeverity = 'error' | 'warning' | 'info';

export interface ImportFinding {
  severity: FindingSeverity;
  code: string;
  /** 1-based line of the article the finding is about, or null for the article as a whole. */
  line: number | null;
  message: string;
}

/** What a finding is about, so that it can also travel with the competition as a data note. */
export type FindingSubject = DataNote['about'];

export interface SubjectFinding extends ImportFinding {
  about: FindingSubject | null;
}

export function createFindingLog() {
  const all: SubjectFinding[] = [];
  const add =
    (severity: FindingSeverity) =>
    (code: string, line: number | null, message: string, about: FindingSubject | null = null) => {
      all.push({ severity, code, line, message, about });
    };
  return { all, error: add('error'), warning: add('warning'), info: add('info') };
}

export type FindingLog = ReturnType<typeof createFindingLog>;
