// The bracket's own words, in the reader's language: each column's heading (the stage, or where the
// last stage shown sends its winners), the score columns' key, the bye mark, and what a screen reader
// hears first.
import { isSingleMatchStage } from '../domain/progression.ts';
import type { Competition, Stage } from '../domain/types.ts';
import type { Translator } from '../i18n/translate.ts';
import { exitName, stageName } from './words.ts';

export interface BracketWords {
  /** By stage id. */
  headings: ReadonlyMap<string, string>;
  /** The outlet column's heading by the last stage shown: where that stage's winners go. */
  outlets: ReadonlyMap<string, string>;
  /** The key to each stage's score columns, by stage id. */
  legs: ReadonlyMap<string, string>;
  bye: string;
  /** What a screen reader hears first, for a bracket of `count` ties. */
  description: (count: number) => string;
}

export function presentBracket(competition: Competition, t: Translator): BracketWords {
  const headings = new Map(competition.stages.map((stage) => [stage.id, stageName(stage, t)]));
  const advance = competition.exits.find((exit) => exit.kind === 'advance');
  const anywhere = advance ? exitName(advance, t) : t('bracket.next');
  const stageOf = new Map(competition.stages.flatMap((stage) => stage.ties.map((tie) => [tie.id, stage])));
  const exits = new Map(competition.exits.map((exit) => [exit.id, exit]));
  /** The one stage or exit all of `stage`'s winners go to, named; else where the competition leads. */
  const outlet = (stage: Stage) => {
    const to = new Set(
      stage.ties.map(({ winnerTo }) =>
        'tie' in winnerTo ? stageOf.get(winnerTo.tie) : exits.get(winnerTo.exit),
      ),
    );
    const [only] = to;
    if (to.size !== 1 || !only) return anywhere;
    return 'ties' in only ? stageName(only, t) : exitName(only, t);
  };
  return {
    headings,
    outlets: new Map(competition.stages.map((stage) => [stage.id, outlet(stage)])),
    legs: new Map(competition.stages.map((stage) => [stage.id, scoreKey(stage, t)])),
    bye: t('bracket.bye'),
    description: (count) => t('bracket.description', { competition: competition.name, count: String(count) }),
  };
}

/** The key to a stage's score columns: the legs and the aggregate, or the one match's score. */
export const scoreKey = (stage: Stage, t: Translator): string =>
  t(isSingleMatchStage(stage) ? 'bracket.score' : 'bracket.legs');
