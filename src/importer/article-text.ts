// The article as lines and sections. Wiki markup that carries no facts (`<section …/>` tags,
// reference marks like "[3]") is removed; line numbers stay those of the original text.
import type { FindingLog } from './findings.ts';

export interface ArticleLine {
  /** 1-based line number in the article. */
  n: number;
  text: string;
}

/** A top-level section with its sub-sections. */
export interface Section {
  title: string;
  line: number;
  lines: readonly ArticleLine[];
}

export interface Article {
  title: string | null;
  titleLine: number | null;
  lines: readonly ArticleLine[];
  /** Lines before the first section, without the title line. */
  intro: readonly ArticleLine[];
  sections: readonly Section[];
}

const HEADING = /^(={2,6})\s*(.+?)\s*\1$/;
const TITLE = /^=\s*([^=].*?)\s*=$/;
/** Bare headings, for articles copied without `==` markers. */
const BARE_HEADING =
  /^(Draw|Format|Bracket|Schedule|Notes|References|See also|Teams|Summary|Matches|Results|Qualified teams|(?:[A-Z][a-z]+ )?(?:stage|round)s?)$/;

const clean = (text: string): string =>
  text
    .replace(/<section\b[^>]*\/>/g, '')
    .replace(/\[\d+\]/g, '')
    .trimEnd();

export const isHeading = (text: string): boolean => HEADING.test(text.trim());

/** A paragraph's sentences (a sentence ends at . ! or ? before a capital). */
export const splitSentences = (text: string): string[] =>
  text
    .split(/(?<=[.!?])\s+(?=[A-Z])/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);

export function readArticle(text: string, log: FindingLog): Article {
  const lines = text.split(/\r\n|\n|\r/).map((raw, i) => ({ n: i + 1, text: clean(raw) }));
  const first = lines.find((line) => line.text.trim() !== '');
  let title: string | null = null;
  let titleLine: number | null = null;
  const titleMatch = first?.text.trim().match(TITLE);
  if (first && titleMatch?.[1]) {
    title = titleMatch[1];
    titleLine = first.n;
  } else if (first) {
    const subject = first.text.trim().match(/^(?:The\s+)?(.+?)\s+(?:were|was|are|is|began|will be)\b/);
    if (subject?.[1] && subject[1].length <= 120) {
      title = subject[1];
      titleLine = first.n;
      log.info(
        'title-from-first-sentence',
        first.n,
        `No "= … =" title line: the name "${title}" is the subject of the first sentence.`,
      );
    }
  }

  const marked = lines.some((line) => HEADING.test(line.text.trim()));
  const headingOf = (line: ArticleLine): { level: number; title: string } | null => {
    const textLine = line.text.trim();
    const match = textLine.match(HEADING);
    if (match?.[1] && match[2]) return { level: match[1].length, title: match[2] };
    if (!marked && line.n !== titleLine && BARE_HEADING.test(textLine)) return { level: 2, title: textLine };
    return null;
  };

  const sections: Section[] = [];
  const intro: ArticleLine[] = [];
  let current: { title: string; line: number; lines: ArticleLine[] } | null = null;
  const bare: string[] = [];
  for (const line of lines) {
    if (line.n === titleLine && title !== null && TITLE.test(line.text.trim())) continue;
    const heading = headingOf(line);
    if (heading && heading.level === 2) {
      current = { title: heading.title, line: line.n, lines: [] };
      sections.push(current);
      if (!marked) bare.push(heading.title);
      continue;
    }
    (current ? current.lines : intro).push(line);
  }
  if (!marked && bare.length > 0) {
    log.info(
      'bare-headings',
      null,
      `The article has no "==" section markers; read ${bare.length} bare lines as headings (${bare.join(', ')}).`,
    );
  }
  return { title, titleLine, lines, intro, sections };
}
