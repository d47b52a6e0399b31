// What the user offers to add, once read: the request the read worker gets and the candidate it
// returns. Light on purpose: the dialog imports this, and the importers load only in the worker.
import { hasCritical, type DataIssue } from '../../data/issues.ts';
import type { Competition } from '../../domain/types.ts';
import type { PresetId } from '../../domain/rule-presets.ts';
import type { ImportFinding } from '../../importer/findings.ts';
import type { TextFormat } from '../../importer/import-text.ts';

export const ARTICLE_FILE = 'pasted article';

/** What to read: a file's text (named by the file) or a pasted article. */
export interface ReadRequest {
  source: 'file' | 'article';
  /** The file name, or "pasted article". */
  file: string;
  text: string;
  /** The tie rules for a file that does not state them (openfootball's); 'auto': from its season. */
  rules?: PresetId | 'auto';
}

export interface Candidate {
  /** Where it comes from; the preview names an article in the reader's language. */
  source: 'file' | 'article';
  /** The file name (or "pasted article") its issues name. */
  file: string;
  /** The competition to add: built and valid. */
  competition: Competition | null;
  /** What the issues' paths point into: the importer's competition, valid or not (a file: `competition`). */
  built: Competition | null;
  /** Validation issues of the normalized format. */
  issues: DataIssue[];
  /** The importer's report; null for a file in Llave's format. */
  report: ImportFinding[] | null;
  /** The format it was read as; null when it was not read (too large, unreadable). */
  format: TextFormat | null;
  /** The rules applied to a file that does not state them, and why; null otherwise. */
  rules: { preset: PresetId | null; reason: string } | null;
}

/** It can be added: it was built and neither validation nor the importer found anything critical. */
export const canAdd = (candidate: Candidate): boolean =>
  candidate.competition !== null &&
  !hasCritical(candidate.issues) &&
  !(candidate.report ?? []).some((finding) => finding.severity === 'error');
