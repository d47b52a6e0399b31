// The article's sentences about the shape of the bracket: how many teams play each stage, how many
// had byes to it, and where the winners and losers of a stage go.
import { splitSentences, type Article, type ArticleLine } from './article-text.ts';
import { readCount } from './names.ts';

export interface StageStatement {
  /** The stage as printed ("second stage"); "this round" is replaced by the section's title. */
  stageName: string;
  count: number;
  line: number;
}

export interface DestinationStatement {
  stageName: string;
  destination: string;
  line: number;
}

export interface BracketText {
  teamCounts: StageStatement[];
  byes: StageStatement[];
  winnersTo: DestinationStatement[];
  losersTo: DestinationStatement[];
}

const COUNT = String.raw`(\d+|[a-z]+(?:-[a-z]+)?)`;

export function readBracket(article: Article): BracketText {
  const bracket: BracketText = { teamCounts: [], byes: [], winnersTo: [], losersTo: [] };
  const located: { line: ArticleLine; section: string | null }[] = [
    ...article.intro.map((line) => ({ line, section: null })),
    ...article.sections.flatMap((section) => section.lines.map((line) => ({ line, section: section.title }))),
  ];
  const stageOf = (name: string, section: string | null) =>
    /^this (?:round|stage)$/i.test(name) && section ? section : name.replace(/^the\s+/i, '');
  for (const { line, section } of located) {
    const text = line.text.trim();
    if (text.startsWith('|')) continue;
    const listed = text.match(new RegExp(`^-?\\s*([A-Z][\\w -]*?)\\s+\\(${COUNT} teams\\):`));
    const listedCount = listed?.[2] ? readCount(listed[2]) : null;
    if (listed?.[1] && listedCount !== null)
      bracket.teamCounts.push({ stageName: listed[1], count: listedCount, line: line.n });
    for (const sentence of splitSentences(text)) {
      const included = sentence.match(new RegExp(`\\bincluded\\s+(?:the\\s+)?${COUNT}\\s+teams\\b`, 'i'));
      const includedCount = included?.[1] ? readCount(included[1]) : null;
      if (includedCount !== null && section)
        bracket.teamCounts.push({ stageName: section, count: includedCount, line: line.n });
      const byes = sentence.match(
        new RegExp(
          `\\b${COUNT}\\s+teams\\s+(?:that|which)\\s+(?:received|were given|are given|had)\\s+byes\\s+to\\s+(?:the\\s+)?(.+?)(?:[,.;]|$)`,
          'i',
        ),
      );
      const byeCount = byes?.[1] ? readCount(byes[1]) : null;
      if (byes?.[2] && byeCount !== null)
        bracket.byes.push({ stageName: stageOf(byes[2], section), count: byeCount, line: line.n });
      const winners = sentence.match(
        /\bwinners of the (.+?)\s+advanced?\s+to the (.+?)(?:\s+to join\b|[.;,]|$)/i,
      );
      if (winners?.[1] && winners[2])
        bracket.winnersTo.push({ stageName: winners[1], destination: winners[2], line: line.n });
      const losers = sentence.match(
        /\bteams eliminated in the (.+?)\s+(?:enter|entered|join|joined|are transferred to|were transferred to|move to|moved to)\s+the\s+(.+?)\.?$/i,
      );
      if (losers?.[1] && losers[2])
        bracket.losersTo.push({ stageName: losers[1], destination: losers[2], line: line.n });
    }
  }
  return bracket;
}
