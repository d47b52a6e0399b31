// What the user offers to add, read and validated but not added yet: from a JSON file (through
// parseCompetitionText, like a shipped file) or from an article's text (importArticle, then the same
// validation). Never throws; everything wrong is an issue or a report finding.
import { hasCritical, type DataIssue } from '../../data/issues.ts';
import { loadCompetition } from '../../data/load.ts';
import { parseCompetition, sizeIssue } from '../../data/parse-competition.ts';
import type { Competition } from '../../domain/types.ts';
import { importArticle, type ImportFinding } from '../../importer/parse-article.ts';

const ARTICLE_FILE = 'pasted article';

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
  /** The article importer's report; null for a JSON file. */
  report: ImportFinding[] | null;
}

const refuse = (source: Candidate['source'], file: string, issue: DataIssue): Candidate => ({
  source,
  file,
  competition: null,
  built: null,
  issues: [issue],
  report: null,
});

/** A file's text as UTF-8 (FileReader where Blob.text is missing, as in jsdom). */
function readText(file: File): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsText(file);
  });
}

/** It can be added: it was built and neither validation nor the importer found anything critical. */
export const canAdd = (candidate: Candidate): boolean =>
  candidate.competition !== null &&
  !hasCritical(candidate.issues) &&
  !(candidate.report ?? []).some((finding) => finding.severity === 'error');

/** Reads a JSON file; a file over the limit is refused from its size, before it is read. */
export async function readFileCandidate(file: File): Promise<Candidate> {
  const tooLarge = sizeIssue(file.size, file.name);
  if (tooLarge) return refuse('file', file.name, tooLarge);
  const parsed = await loadCompetition(() => readText(file), file.name);
  const competition = parsed.ok ? parsed.value : null;
  return {
    source: 'file',
    file: file.name,
    competition,
    built: competition,
    issues: parsed.issues,
    report: null,
  };
}

/** Imports an article's text, then validates what the importer built like any file. */
export function readArticleCandidate(text: string): Candidate {
  const tooLarge = sizeIssue(text, ARTICLE_FILE);
  if (tooLarge) return refuse('article', ARTICLE_FILE, tooLarge);
  let imported: ReturnType<typeof importArticle>;
  try {
    imported = importArticle(text);
  } catch (error) {
    const message = `The importer stopped: ${error instanceof Error ? error.message : String(error)}`;
    imported = {
      competition: null,
      report: [{ severity: 'error', code: 'importer-failed', line: null, message }],
    };
  }
  const { competition: built, report } = imported;
  const source = 'article';
  if (!built) return { source, file: ARTICLE_FILE, competition: null, built, issues: [], report };
  const parsed = parseCompetition(built, ARTICLE_FILE);
  const competition = parsed.ok ? parsed.value : null;
  return { source, file: ARTICLE_FILE, competition, built, issues: parsed.issues, report };
}
