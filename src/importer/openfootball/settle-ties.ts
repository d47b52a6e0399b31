// The tie rules a file does not state (a preset, by the competition's name and season, or as asked),
// and each tie decided under them with decideTie. A recorded result the rules cannot explain is an
// error naming its line; what cannot be kept is dropped and said so, never reinterpreted silently.
import { decideTie, sumLegs } from '../../domain/decide-tie.ts';
import { PRESET_IDS, RULE_PRESETS, presetForSeason, type PresetId } from '../../domain/rule-presets.ts';
import type { DecidedBy, Rules, TeamId } from '../../domain/types.ts';
import { translator } from '../../i18n/translate.ts';
import { invalidText } from '../../present/words.ts';
import type { FindingLog } from '../findings.ts';
import type { DraftTie } from './build-ties.ts';

export interface RulesChoice {
  preset: PresetId;
  reason: string;
  rules: Rules;
}

export interface SettledTie extends DraftTie {
  winner: TeamId | null;
  decidedBy: DecidedBy | null;
}

const EN = translator('en');

/**
 * Whether the presets can disagree on a tie: only where it went to extra time or penalties, or is
 * level on goals. Any preset decides the others alike (a plain aggregate win).
 */
function isRulesSensitive(tie: DraftTie): boolean {
  if (tie.penalties) return true;
  let goals = 0;
  for (const leg of tie.legs) {
    if (leg.regularTime) return true;
    if (leg.homeGoals === null || leg.awayGoals === null) continue;
    goals += leg.home === tie.teams[0] ? leg.homeGoals - leg.awayGoals : leg.awayGoals - leg.homeGoals;
  }
  return goals === 0;
}

const explainsAll = (ties: readonly DraftTie[], rules: Rules) =>
  ties.every((tie) => decideTie({ ...tie, walkover: null, winner: null }, rules).status !== 'invalid');

export function chooseRules(
  name: string,
  season: string | null,
  asked: PresetId | 'auto' | undefined,
  ties: readonly DraftTie[],
  log: FindingLog,
): RulesChoice {
  if (asked && asked !== 'auto') {
    const reason = `${asked}, as asked (rules option)`;
    log.info('rules-preset', null, `Tie rules: ${reason}: ${RULE_PRESETS[asked].rules.regulation}.`);
    return { preset: asked, reason, rules: RULE_PRESETS[asked].rules };
  }
  const known = presetForSeason(name, season);
  if (known) {
    log.info(
      'rules-preset',
      null,
      `Tie rules (the file states none): ${known.preset}, because ${known.reason}.`,
    );
    return { ...known, rules: RULE_PRESETS[known.preset].rules };
  }
  // Unknown competition or season: the first preset under which every recorded result can be decided.
  const sensitive = ties.filter(isRulesSensitive);
  const fitting = PRESET_IDS.filter((id) => explainsAll(sensitive, RULE_PRESETS[id].rules));
  const preset = fitting[0] ?? 'uefa-2021';
  const reason = fitting[0]
    ? `no preset is known for "${name}"${season ? ` ${season}` : ''}; ${preset} is the first that explains every recorded result (${fitting.length === PRESET_IDS.length ? 'so do all the others' : `also: ${fitting.slice(1).join(', ') || 'none'}`})`
    : `no preset is known for "${name}"${season ? ` ${season}` : ''} and none explains every recorded result; used ${preset}`;
  log.warning('rules-guessed', null, `Tie rules: ${reason}. Pass a rules preset to choose.`);
  return { preset, reason, rules: RULE_PRESETS[preset].rules };
}

export function settleTie(
  tie: DraftTie,
  id: string,
  rules: Rules,
  nameOf: (team: TeamId) => string,
  log: FindingLog,
): SettledTie {
  const about = { tie: id };
  // Worded only when there is something to report: most ties have nothing.
  const pair = () => `${nameOf(tie.teams[0])} v ${nameOf(tie.teams[1])}`;
  const line = tie.lines.at(-1) ?? null;
  const where = () => `Line${tie.lines.length > 1 ? 's' : ''} ${tie.lines.join(' and ')}`;
  const stated = tie.statedAggregate;
  if (stated) {
    // The files write it in either order (the line's teams, or the winner first): any order agrees.
    const { aggregate } = sumLegs(tie);
    const [a, b] = tie.teams;
    const legsSum = [aggregate[a] ?? 0, aggregate[b] ?? 0].sort().join('-');
    if (legsSum !== [...stated.goals].sort().join('-'))
      log.warning(
        'aggregate-mismatch',
        stated.line,
        `Line ${stated.line}: ${id} ${pair()}: the file states an aggregate of ${stated.goals.join('-')}, but the legs add up to ${aggregate[a]}-${aggregate[b]}; the legs are kept.`,
        about,
      );
  }
  let draft = tie;
  let outcome = decideTie({ ...draft, walkover: null, winner: null }, rules);
  const reported = outcome.status === 'invalid';
  if (outcome.status === 'invalid') {
    const why = invalidText(outcome.reason, nameOf, EN);
    if (draft.penalties && outcome.reason.code.startsWith('kicks')) {
      log.error(
        'invalid-result',
        line,
        `${where()}: ${id} ${pair()}: ${why}. The shoot-out is not recorded.`,
        about,
      );
      draft = { ...draft, penalties: null, unconfirmed: [...draft.unconfirmed, 'penalties'] };
    } else {
      log.error(
        'invalid-result',
        line,
        `${where()}: ${id} ${pair()}: the recorded result cannot be decided under the rules applied (${rules.regulation}): ${why}. The scores are recorded as not known.`,
        about,
      );
      draft = {
        ...draft,
        penalties: null,
        legs: draft.legs.map(({ regularTime: _r, ...leg }) => ({ ...leg, homeGoals: null, awayGoals: null })),
        unconfirmed: [...draft.unconfirmed, 'legs'],
      };
    }
    outcome = decideTie({ ...draft, walkover: null, winner: null }, rules);
  }
  if (outcome.status === 'decided') {
    if (draft.penalties && outcome.decidedBy !== 'penalties')
      log.warning(
        'unneeded-shoot-out',
        line,
        `${where()}: ${id} ${pair()}: a shoot-out is recorded, but under the rules applied the tie is decided on ${outcome.decidedBy}.`,
        about,
      );
    return { ...draft, winner: outcome.winner, decidedBy: outcome.decidedBy };
  }
  if (outcome.status === 'pending' && outcome.awaiting === 'shoot-out' && !reported)
    log.error(
      'shoot-out-missing',
      line,
      `${where()}: ${id} ${pair()} is level after every leg${rules.extraTime ? ' and extra time' : ''}; the rules applied need a shoot-out, but none is recorded.`,
      about,
    );
  return { ...draft, winner: null, decidedBy: null };
}
