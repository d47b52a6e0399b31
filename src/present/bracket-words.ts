// The bracket's own words, in the reader's language: each column's heading (the stage, or where the
// last column's teams go), the score columns' key, the bye mark, and what a screen reader hears first.
import { isSingleMatchStage } from '../domain/progression.ts';
import type { Competition, Stage } from '../domain/types.ts';
import type { Translator } from '../i18n/translate.ts';
import { exitName, stageName } from './words.ts';

export interface BracketWords {
  /** By stage id; '' for the outlet column. */
  headings: ReadonlyMap<string, string>;
  /** The key to each stage's score columns, by stage id. */
  legs: ReadonlyMap<string, string>;
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
    legs: new Map(competition.stages.map((stage) => [stage.id, scoreKey(stage, t)])),
    bye: t('bracket.bye'),
    description: (count) => t('bracket.description', { competition: competition.name, count: String(count) }),
  };
}

/** The key to a stage's score columns: the legs and the aggregate, or the one match's score. */
export const scoreKey = (stage: Stage, t: Translator): string =>
  t(isSingleMatchStage(stage) ? 'bracket.score' : 'bracket.legs');
