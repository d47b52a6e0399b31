// One entry point for every text the importer takes: it recognises the format and dispatches.
//   llave-json     Llave's own competition format: nothing to import. `competition` is null and the
//                  caller validates the text with parseCompetitionText (src/data/parse-competition.ts).
//   football-json  openfootball's Football.JSON (`{ name, matches: [...] }`).
//   football-txt   openfootball's Football.TXT (`= Title`, `» Round`, match lines).
//   article        a Wikipedia-style qualifying article (importArticle).
import type { PresetId } from '../domain/rule-presets.ts';
import { createFindingLog, toReport, type ImportResult } from './findings.ts';
import { buildCompetition } from './openfootball/build.ts';
import { readFootballJson } from './openfootball/read-json.ts';
import { readFootballTxt } from './openfootball/read-txt.ts';
import { importArticle } from './parse-article.ts';

export type TextFormat = 'llave-json' | 'football-json' | 'football-txt' | 'article';

export interface ImportTextOptions {
  fileName?: string;
  id?: string;
  /** A rules preset, or 'auto' (the default): chosen from the competition's name and season. */
  rules?: PresetId | 'auto';
}

export type TextImportResult = ImportResult & {
  format: TextFormat;
  /**
   * The tie rules applied to an openfootball file, and why; null for an article (its rules are read
   * from its text), for Llave JSON, and when no competition could be built.
   */
  rules: { preset: PresetId | null; reason: string } | null;
};

/** How much of the text detection looks at: enough for a title, headings and a few matches. */
const SAMPLE = 20_000;

export function detectFormat(text: string, fileName?: string): TextFormat {
  const sample = text.slice(0, SAMPLE).replace(/^\uFEFF/, '');
  if (/^\s*[[{]/.test(sample) || /\.json$/i.test(fileName ?? '')) {
    if (/"formatVersion"\s*:/.test(sample) || /"stages"\s*:/.test(sample)) return 'llave-json';
    if (/"matches"\s*:/.test(sample)) return 'football-json';
    return 'llave-json';
  }
  // Wiki sections ("==Draw==") and the article's "= Title =" are the article's; Football.TXT has
  // round markers, date lines and match lines.
  const wiki =
    (sample.match(/^==[^=\n].*[^=\n]==\s*$/gm) ?? []).length + (/^= .* =\s*$/m.test(sample) ? 2 : 0);
  const txt =
    (sample.match(/^\s*(?:»|▪)/gm) ?? []).length +
    (sample.match(/^.*\S\s+(?:v|vs\.?)\s+\S.*\s\d{1,2}-\d{1,2}\b/gm) ?? []).length +
    (sample.match(/^\s*\[?(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+[A-Z][a-z]{2}[/ ]\d{1,2}/gm) ?? []).length +
    (sample.match(/^\s*\[(?:[A-Z][a-z]{2}\s+)?[A-Z][a-z]{2}\/\d{1,2}\]/gm) ?? []).length +
    // "A  2-1 (1-0)  B": a score between two runs of two spaces.
    (sample.match(/^\s*\S.*\S {2,}\d{1,2}-\d{1,2}\b.* {2,}\S/gm) ?? []).length +
    (/^=\s*[^=\s].*[^=\s]\s*$/m.test(sample) ? 1 : 0);
  return txt > wiki ? 'football-txt' : 'article';
}

export function importText(text: string, options: ImportTextOptions = {}): TextImportResult {
  const format = detectFormat(text, options.fileName);
  if (format === 'llave-json') return { format, competition: null, report: [], rules: null };
  if (format === 'article') {
    const result = importArticle(text, options.id === undefined ? {} : { id: options.id });
    return { format, ...result, rules: null };
  }
  const log = createFindingLog();
  const list = format === 'football-json' ? readFootballJson(text, log) : readFootballTxt(text, log);
  if (!list) return { format, competition: null, report: toReport(log.all), rules: null };
  const built = buildCompetition(
    list,
    {
      source: format === 'football-json' ? 'Football.JSON' : 'Football.TXT',
      ...(options.id === undefined ? {} : { id: options.id }),
      ...(options.rules === undefined ? {} : { rules: options.rules }),
      ...(options.fileName === undefined ? {} : { fileName: options.fileName }),
    },
    log,
  );
  return {
    format,
    competition: built.competition,
    report: built.report,
    rules: built.rules ? { preset: built.rules.preset, reason: built.rules.reason } : null,
  };
}
