// Tie rules that Football.TXT and Football.JSON files do not state, as a small table of presets, and
// the choice of one from a competition's name and season.
//
// UEFA club competitions up to 2020-21 (e.g. UEL Regulations 2020/21 Art. 16.01–16.02): aggregate, then
// away goals; if still level, 30 minutes of extra time in the second leg, after which away goals count
// again, extra-time goals included; then penalties.
// UEFA from 2021-22 (UCL Regulations 2021/22 Art. 20.01–20.03; the away goals rule was abolished on
// 24 June 2021): aggregate; if level, extra time, then penalties.
// CONMEBOL Libertadores and Sudamericana from 2022 (Regulations Art. 2.4.3 of 2023 and 2024): aggregate;
// if level, no away goals and no extra time: penalties.
// CAF club competitions (Confederation Cup 2023–24 Regulations III. 13 & 14): aggregate, then away
// goals; if still level, no extra time: penalties.
import type { Rules } from './types.ts';

export type PresetId = 'uefa-away-goals' | 'uefa-2021' | 'conmebol-2022' | 'caf-away-goals';

export interface RulePreset {
  id: PresetId;
  rules: Rules;
}

export const RULE_PRESETS: Readonly<Record<PresetId, RulePreset>> = {
  'uefa-away-goals': {
    id: 'uefa-away-goals',
    rules: {
      awayGoals: true,
      extraTime: true,
      awayGoalsInExtraTime: true,
      regulation: 'UEFA club competition regulations up to 2020/21 (e.g. UEL 2020/21 Art. 16.01–16.02)',
      hosting: [],
    },
  },
  'uefa-2021': {
    id: 'uefa-2021',
    rules: {
      awayGoals: false,
      extraTime: true,
      regulation: 'UEFA club competition regulations from 2021/22 (e.g. UCL 2021/22 Art. 20.01–20.03)',
      hosting: [],
    },
  },
  'conmebol-2022': {
    id: 'conmebol-2022',
    rules: {
      awayGoals: false,
      extraTime: false,
      regulation: 'CONMEBOL Libertadores and Sudamericana regulations from 2022 (Art. 2.4.3)',
      hosting: [],
    },
  },
  'caf-away-goals': {
    id: 'caf-away-goals',
    rules: {
      awayGoals: true,
      extraTime: false,
      regulation: 'CAF club competition regulations (Confederation Cup 2023–24 III. 13 & 14)',
      hosting: [],
    },
  },
};

/** Every preset, today's most common rules first (the order in which an importer tries them). */
export const PRESET_IDS: readonly PresetId[] = [
  'uefa-2021',
  'uefa-away-goals',
  'conmebol-2022',
  'caf-away-goals',
];

export const isPresetId = (value: string): value is PresetId => Object.hasOwn(RULE_PRESETS, value);

/** The season's first year: "2024/25", "2024–25", "2024-2025" and "2024" all give 2024. */
export function seasonStartYear(season: string | null): number | null {
  const match = /(?:^|\D)((?:19|20)\d{2})(?!\d)/.exec(season ?? '');
  return match?.[1] ? Number(match[1]) : null;
}

/**
 * The preset for a competition, by its name and season, with the reason; null when the table does
 * not know the competition or the season.
 */
export function presetForSeason(
  competitionName: string,
  season: string | null,
): { preset: PresetId; reason: string } | null {
  const name = competitionName.toLowerCase();
  const year = seasonStartYear(season ?? competitionName);
  if (/\b(?:libertadores|sudamericana)\b/.test(name)) {
    if (year === null || year < 2022) return null;
    return {
      preset: 'conmebol-2022',
      reason: `${competitionName}: CONMEBOL's rules from 2022 (no away goals, no extra time, penalties)`,
    };
  }
  if (/\bcaf\b|confederation cup/.test(name)) {
    return {
      preset: 'caf-away-goals',
      reason: `${competitionName}: CAF's rules (away goals, no extra time, penalties)`,
    };
  }
  const otherConfederation = /\b(?:afc|concacaf|ofc|conmebol)\b/.test(name);
  const uefa =
    /\buefa\b/.test(name) ||
    (!otherConfederation &&
      /\b(?:champions league|europa league|conference league|european cup)\b/.test(name));
  if (!uefa || year === null) return null;
  return year >= 2021
    ? {
        preset: 'uefa-2021',
        reason: `${competitionName}: UEFA's rules since 2021-22, season ${year}-${String(year + 1).slice(2)} (no away goals, extra time, penalties)`,
      }
    : {
        preset: 'uefa-away-goals',
        reason: `${competitionName}: UEFA's rules up to 2020-21, season ${year}-${String(year + 1).slice(2)} (away goals, counted in extra time too, extra time, penalties)`,
      };
}
