// What a round heading names: "Finals, Round of 16", "Playoffs, Matchday 2", "Semifinals - 1st Leg",
// "Quarter-final, Leg 1 of 2", "League, Matchday 3", "Group A". Legs and matchdays of one knockout
// round are one round; group and league matches are not part of a bracket.
import type { StageRound } from '../../domain/types.ts';
import { nameKey } from '../names.ts';

export type RoundKind = 'knockout' | 'group' | 'league' | 'classification';

export interface RoundHeading {
  /** Same key, same round: "Quarter-finals" and "Quarterfinals, Leg 2 of 2" share one. */
  key: string;
  /** The round's name as printed, without legs and matchdays: "Round of 16". */
  name: string;
  kind: RoundKind;
  round?: StageRound;
}

const ORDINALS: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  fifth: 5,
  '5th': 5,
};

const LEG = /[\s,–-]*\b(?:(?:1st|2nd|first|second)\s+legs?|legs?\s+\d(?:\s+of\s+\d)?)\s*$/i;
const MATCHDAY = /[\s,–-]*\b(?:matchday|md|day)\s*\d+(?:\s+of\s+\d+)?\s*$/i;
/** A leading stage name of qualifying rounds: "Qualifying, Round 1". */
const QUALIFYING_STAGE =
  /^(?:qualifying|qualification|qualifiers?|preliminary)(?:\s+(?:stage|phase|rounds?))?$/i;
/** A leading stage name of the knockout rounds: "Finals, Final", "Knockout stage, Round of 16". */
const KNOCKOUT_STAGE = /^(?:finals?|knockout(?:\s+(?:stage|phase|round))?|final\s+(?:stage|phase|round))$/i;

/** Whether a line with no score reads as a round heading rather than stray text. */
export const looksLikeRound = (text: string): boolean =>
  /\b(?:round|finals?|matchday|group|league|play-?offs?|qualif\w*|legs?|stage|phase|knockout|preliminary|replays?|semi\S*|quarter\S*|third place|zone|conference|region|1\/\d+)\b/i.test(
    text,
  ) && !/\d+\s*-\s*\d+/.test(text);

/**
 * Reads a heading. `qualifying`: the competition is a qualifying one (its title says so), where
 * "Round 2" is the second qualifying round. `afterGroups`: a group or league round came before, so
 * "Playoffs" are the knockout play-offs rather than a qualifying play-off round.
 */
export function readRound(
  heading: string,
  context: { qualifying: boolean; afterGroups: boolean },
): RoundHeading {
  const printed = heading.replace(/^[\s»▪=]+|[\s=]+$/g, '').replace(/\s+/g, ' ');
  let name = printed.replace(LEG, '');
  const withoutMatchday = name.replace(MATCHDAY, '');
  if (withoutMatchday) name = withoutMatchday;
  const parts = name.split(/\s*,\s*/).filter(Boolean);
  let qualifyingStage = false;
  if (parts.length > 1 && KNOCKOUT_STAGE.test(parts[0] ?? '')) name = parts.slice(1).join(', ');
  else if (parts.length > 1 && QUALIFYING_STAGE.test(parts[0] ?? '')) {
    name = parts.slice(1).join(', ');
    qualifyingStage = true;
  }
  const words = name.toLowerCase().replace(/[-–_]/g, ' ').replace(/\s+/g, ' ').trim();
  const base = { key: nameKey(name) || nameKey(printed), name: name || printed };

  if (/^(?:groups?|group stage|group phase)\b|\bgroup [a-z0-9]{1,3}$/.test(words))
    return { ...base, kind: 'group' };
  if (/^(?:league|matchday|league (?:phase|stage)|regular season)\b/.test(words) || words === '')
    return { ...base, kind: 'league' };
  if (/third place|3rd place|match for third|bronze/.test(words)) return { ...base, kind: 'classification' };

  const round = readRoundCode(words, qualifyingStage ? { ...context, qualifying: true } : context);
  return round ? { ...base, kind: 'knockout', round } : { ...base, kind: 'knockout' };
}

function readRoundCode(
  words: string,
  { qualifying, afterGroups }: { qualifying: boolean; afterGroups: boolean },
): StageRound | null {
  if (/^(?:round of 16|1\/8 finals?|eighth finals?|last 16)$/.test(words)) return { kind: 'round-of-16' };
  if (/^(?:quarter ?finals?|1\/4 finals?|last 8)$/.test(words)) return { kind: 'quarter-finals' };
  if (/^(?:semi ?finals?|1\/2 finals?|last 4)$/.test(words)) return { kind: 'semi-finals' };
  if (words === 'final') return { kind: 'final' };
  if (
    /^knockout (?:round |phase |stage )?play ?offs?$|^play ?offs? (?:round )?(?:of|for) (?:the )?(?:round of 16|last 16)$/.test(
      words,
    )
  )
    return { kind: 'knockout-play-offs' };
  if (/^(?:qualifying )?play ?offs?(?: round)?$|^play ?off round$/.test(words))
    return afterGroups ? { kind: 'knockout-play-offs' } : { kind: 'play-off-round' };
  let m =
    /^(\w+) qualifying round$/.exec(words) ?? /^qualifying round (\d)$/.exec(words) ?? /^q(\d)$/.exec(words);
  const number = (word: string | undefined) =>
    word === undefined ? undefined : (ORDINALS[word] ?? (/^\d$/.test(word) ? Number(word) : undefined));
  const qualifyingNumber = number(m?.[1]);
  if (qualifyingNumber) return { kind: 'qualifying-round', number: qualifyingNumber };
  m = /^(\w+) round$/.exec(words) ?? /^round (\d)$/.exec(words);
  const roundNumber = number(m?.[1]);
  if (roundNumber) return { kind: qualifying ? 'qualifying-round' : 'round', number: roundNumber };
  return null;
}
