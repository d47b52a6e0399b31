// What the user offers to add, read and validated but not added yet: from a JSON file (through
// parseCompetitionText, like a shipped file) or from an article's text (importArticle, then the same
// validation). Never throws; everything wrong is an issue or a report finding.
import { hasCritical, type DataIssue } from '../../data/issues.ts';
import { MAX_FILE_BYTES, parseCompetition, parseCompetitionText } from '../../data/parse-competition.ts';
import type { Competition } from '../../domain/types.ts';
import { importArticle, type ImportFinding } from '../../import/parse-article.ts';

export const ARTICLE_FILE = 'pasted article';

export interface Candidate {
  /** Where it comes from; the preview names an article in the reader's language. */
  source: 'file' | 'article';
  /** The file name (or "pasted article") its issues name. */
  file: string;
  competition: Competition | null;
  /** Validation issues of the normalized format. */
  issues: DataIssue[];
  /** The article importer's report; null for a JSON file. */
  report: ImportFinding[] | null;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const refuse = (
  source: Candidate['source'],
  file: string,
  issue: Pick<DataIssue, 'code' | 'expected' | 'found'>,
): Candidate => ({
  source,
  file,
  competition: null,
  issues: [{ ...issue, severity: 'critical', file, path: '$' }],
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
  if (file.size > MAX_FILE_BYTES) {
    return refuse('file', file.name, {
      code: 'file-too-large',
      expected: `at most ${MAX_FILE_BYTES / 1024 / 1024} MB`,
      found: megabytes(file.size),
    });
  }
  let text: string;
  try {
    text = await readText(file);
  } catch (error) {
    const found = error instanceof Error ? error.message : String(error);
    return refuse('file', file.name, { code: 'load-failed', expected: 'a readable file', found });
  }
  const parsed = parseCompetitionText(text, file.name);
  return {
    source: 'file',
    file: file.name,
    competition: parsed.ok ? parsed.value : null,
    issues: parsed.issues,
    report: null,
  };
}

/** Imports an article's text, then validates what the importer built like any file. */
export function readArticleCandidate(text: string): Candidate {
  if (text.length > MAX_FILE_BYTES) {
    return refuse('article', ARTICLE_FILE, {
      code: 'file-too-large',
      expected: `at most ${MAX_FILE_BYTES / 1024 / 1024} MB`,
      found: megabytes(text.length),
    });
  }
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
  const { competition, report } = imported;
  if (!competition) return { source: 'article', file: ARTICLE_FILE, competition: null, issues: [], report };
  const parsed = parseCompetition(JSON.parse(JSON.stringify(competition)) as unknown, ARTICLE_FILE);
  return {
    source: 'article',
    file: ARTICLE_FILE,
    competition: parsed.ok ? parsed.value : null,
    issues: parsed.issues,
    report,
  };
}
