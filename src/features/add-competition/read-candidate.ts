// What the user offers to add, read and validated but not added yet: a file's text or a pasted text,
// read by the format it is in (importText recognises it: Llave's JSON goes through
// parseCompetitionText like a shipped file; an article, Football.TXT or Football.JSON through the
// importer, then the same validation). Never throws; everything wrong
// is an issue or a report finding. Runs in the read worker (read-worker.ts), off the page's thread.
import { parseCompetition, parseCompetitionText, sizeIssue } from '../../data/parse-competition.ts';
import { detectFormat, importText, type TextImportResult } from '../../importer/import-text.ts';
import type { Candidate, ReadRequest } from './candidate.ts';

function runImporter({ text, file, rules }: ReadRequest): TextImportResult {
  try {
    return importText(text, { fileName: file, ...(rules ? { rules } : {}) });
  } catch (error) {
    const message = `The importer stopped: ${error instanceof Error ? error.message : String(error)}`;
    const report = [{ severity: 'error' as const, code: 'importer-failed', line: null, message }];
    return { format: detectFormat(text, file), competition: null, report, rules: null };
  }
}

/** Reads and validates what the user offers; a text over the size limit is refused unread. */
export function readCandidate(request: ReadRequest): Candidate {
  const { source, file, text } = request;
  const refused = sizeIssue(text, file);
  const none = { competition: null, built: null, report: null, rules: null };
  if (refused) return { source, file, ...none, issues: [refused], format: null };
  const imported = runImporter(request);
  const { format, competition: built, report, rules } = imported;
  if (format === 'llave-json') {
    const parsed = parseCompetitionText(text, file);
    const competition = parsed.ok ? parsed.value : null;
    return { source, file, ...none, competition, built: competition, issues: parsed.issues, format };
  }
  if (!built) return { source, file, competition: null, built, issues: [], report, format, rules };
  const parsed = parseCompetition(built, file);
  const competition = parsed.ok ? parsed.value : null;
  return { source, file, competition, built, issues: parsed.issues, report, format, rules };
}
