// What the user offers to add, read and validated but not added yet: a file's text or a pasted
// article, read by the format it is in (Llave's JSON through parseCompetitionText, like a shipped
// file; anything else through the importer, then the same validation). Never throws; everything wrong
// is an issue or a report finding. Runs in the read worker (read-worker.ts), off the page's thread.
import { parseCompetition, parseCompetitionText, sizeIssue } from '../../data/parse-competition.ts';
import { importArticle, type ImportResult } from '../../importer/parse-article.ts';
import type { Candidate, ReadRequest } from './candidate.ts';

/** A file that is (or is named) JSON is read as Llave's format, whose validation says what is wrong. */
const isJson = (file: string, text: string) => /\.json$/i.test(file) || /^\s*[{[]/.test(text);

function runImporter(text: string): ImportResult {
  try {
    return importArticle(text);
  } catch (error) {
    const message = `The importer stopped: ${error instanceof Error ? error.message : String(error)}`;
    return {
      competition: null,
      report: [{ severity: 'error', code: 'importer-failed', line: null, message }],
    };
  }
}

/** Reads and validates what the user offers; a text over the size limit is refused unread. */
export function readCandidate({ source, file, text }: ReadRequest): Candidate {
  const refused = sizeIssue(text, file);
  if (refused) return { source, file, competition: null, built: null, issues: [refused], report: null };
  if (source === 'file' && isJson(file, text)) {
    const parsed = parseCompetitionText(text, file);
    const competition = parsed.ok ? parsed.value : null;
    return { source, file, competition, built: competition, issues: parsed.issues, report: null };
  }
  const { competition: built, report } = runImporter(text);
  if (!built) return { source, file, competition: null, built, issues: [], report };
  const parsed = parseCompetition(built, file);
  return { source, file, competition: parsed.ok ? parsed.value : null, built, issues: parsed.issues, report };
}
