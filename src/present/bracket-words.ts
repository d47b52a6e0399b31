// The bracket's own words, in the reader's language: each column's heading (the stage, or where the
// last column's teams go), the score columns' key, the bye mark, and what a screen reader hears first.
import type { Competition } from '../domain/types.ts';
import type { Translator } from '../i18n/translate.ts';
import { exitName, stageName } from './words.ts';

export interface BracketWords {
  /** By stage id; '' for the outlet column. */
  headings: ReadonlyMap<string, string>;
  legs: string;
  bye: string;
  /** What a screen reader hears first, for a bracket of `count` ties. */
  description: (count: number) => string;
}

export function presentBracket(competition: Competition, t: Translator): BracketWords {
  const headings = new Map(competition.stages.map((stage) => [stage.id, stageName(stage, t)]));
  const advance = competition.exits.find((exit) => exit.kind === 'advance');
  headings.set('', advance ? exitName(advance, t) : t('bracket.next'));
  return {
    headings,
    legs: t('bracket.legs'),
    bye: t('bracket.bye'),
    description: (count) => t('bracket.description', { competition: competition.name, count: String(count) }),
  };
}
