// What the article importer reports: everything it could not resolve, everything in the text that
// contradicts the rules or itself, and every conclusion it drew that the text does not state outright.
import type { Competition, DataNote } from '../domain/types.ts';

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

/** What an importer returns: the competition it could build (or null) and its report. */
export interface ImportResult {
  competition: Competition | null;
  report: ImportFinding[];
}

/** The report: findings without their subjects, in the order of the lines they are about. */
export const toReport = (findings: readonly SubjectFinding[]): ImportFinding[] =>
  findings
    .map(({ severity, code, line, message }) => ({ severity, code, line, message }))
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));

/** Every error and warning as a data note of the competition; `source` names the text ("article text"). */
export function toNotes(findings: readonly SubjectFinding[], source: string): DataNote[] {
  return findings
    .filter((finding) => finding.severity !== 'info')
    .map((finding, i) => {
      const about =
        finding.about && !Object.values(finding.about).includes('')
          ? finding.about
          : { competition: true as const };
      return {
        id: `import-${String(i + 1).padStart(2, '0')}`,
        about,
        source: finding.line === null ? source : `${source}, line ${finding.line}`,
        text: finding.message.slice(0, 2000),
        resolution: null,
      };
    });
}
