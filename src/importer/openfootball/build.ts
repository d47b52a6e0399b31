// The list of matches → a competition: knockout rounds (group and league rounds are left out and
// counted), ties, rules, links and exits, teams with their countries and entry rounds. Every
// conclusion the file does not state outright is in the report.
import type { PresetId } from '../../domain/rule-presets.ts';
import { seasonStartYear } from '../../domain/rule-presets.ts';
import type { Competition, Stage, StageRound, TeamId } from '../../domain/types.ts';
import { toNotes, toReport, type FindingLog, type ImportResult } from '../findings.ts';
import { createIdAllocator, slugify } from '../names.ts';
import { buildRoundTies, type KnockoutRound } from './build-ties.ts';
import { linkRounds, type StageTies } from './link-rounds.ts';
import type { MatchList } from './match.ts';
import { readRound, type RoundHeading } from './read-round.ts';
import { confederationOf, mainCompetition, readSeason } from './season.ts';
import { createTeamRegistry, UNKNOWN_COUNTRY } from './build-teams.ts';
import { chooseRules, settleTie, type RulesChoice } from './settle-ties.ts';
import { tieRecord } from '../tie-record.ts';

export interface BuildOptions {
  id?: string;
  rules?: PresetId | 'auto';
  /** What the report's data notes call the file: "Football.TXT". */
  source: string;
  fileName?: string;
}

export type BuildResult = ImportResult & { rules: RulesChoice | null };

const ROUND_CODE: Record<string, string> = {
  'play-off-round': 'PO',
  'knockout-play-offs': 'KPO',
  'round-of-16': 'R16',
  'quarter-finals': 'QF',
  'semi-finals': 'SF',
  final: 'F',
};
const roundText = (round: StageRound | undefined): string =>
  !round ? '(no code)' : 'number' in round ? `${round.kind} ${round.number}` : round.kind;
const roundCode = (round: StageRound | undefined): string | null =>
  !round
    ? null
    : 'number' in round
      ? `${round.kind === 'qualifying-round' ? 'Q' : 'R'}${round.number}`
      : (ROUND_CODE[round.kind] ?? null);

export function buildCompetition(list: MatchList, options: BuildOptions, log: FindingLog): BuildResult {
  const fail = (): BuildResult => ({ competition: null, report: toReport(log.all), rules: null });
  const title = list.title ?? options.fileName?.replace(/\.[^.]+$/, '') ?? 'Untitled competition';
  if (!list.title)
    log.warning('title-missing', null, `The file has no "= Title" line (or "name"): named "${title}".`);
  const season = readSeason(title);
  if (!season)
    log.warning('season-unstated', list.titleLine, `The title "${title}" gives no season such as 2024/25.`);
  const qualifying = /\bquali/i.test(title) || list.matches.some((m) => /qualifying/i.test(m.round));

  // Rounds, in the order of the file; a round's legs and matchdays are one round.
  const rounds = new Map<string, KnockoutRound>();
  const leftOut = new Map<string, { heading: RoundHeading; count: number; first: number; last: number }>();
  let afterGroups = false;
  let inGroups = false;
  /** The group or league phases of the file, in order: each ends a segment of knockout rounds. */
  const phaseKinds: ('group-stage' | 'league-phase')[] = [];
  /** Headings repeat on every match of a round: each is read once. */
  const headings = new Map<string, RoundHeading>();
  for (const match of list.matches) {
    const cacheKey = `${afterGroups ? 1 : 0}${match.round}`;
    const heading = headings.get(cacheKey) ?? readRound(match.round, { qualifying, afterGroups });
    headings.set(cacheKey, heading);
    if (heading.kind !== 'knockout') {
      if (heading.kind !== 'classification') {
        if (!inGroups) phaseKinds.push(heading.kind === 'group' ? 'group-stage' : 'league-phase');
        afterGroups = inGroups = true;
      }
      const entry = leftOut.get(heading.key) ?? { heading, count: 0, first: match.line, last: match.line };
      entry.count += 1;
      entry.last = match.line;
      leftOut.set(heading.key, entry);
      continue;
    }
    inGroups = false;
    const round = rounds.get(heading.key) ?? {
      heading,
      line: match.line,
      matches: [],
      segment: phaseKinds.length,
    };
    round.matches.push(match);
    rounds.set(heading.key, round);
  }
  const outCount = [...leftOut.values()].reduce((n, entry) => n + entry.count, 0);
  if (outCount > 0) {
    const kinds = [...new Set([...leftOut.values()].map((entry) => entry.heading.kind))].join(' and ');
    const first = Math.min(...[...leftOut.values()].map((e) => e.first));
    const last = Math.max(...[...leftOut.values()].map((e) => e.last));
    log.info(
      'rounds-left-out',
      first,
      `${outCount} ${kinds} matches (lines ${first}–${last}, ${leftOut.size} round${leftOut.size === 1 ? '' : 's'}: ${[...leftOut.values()].map((e) => e.heading.name).join(', ')}) are not part of a knockout bracket: left out.`,
    );
  }
  if (rounds.size === 0) {
    log.error(
      'no-knockout-round',
      list.matches[0]?.line ?? list.titleLine,
      list.matches.length === 0
        ? 'The file has no matches: expected round headings ("» Round of 16") with match lines under them. No competition built.'
        : `The file has no knockout round: all ${list.matches.length} matches are group or league matches. No competition built.`,
    );
    return fail();
  }

  const { teamOf, nameOf, teams, firstLine } = createTeamRegistry();
  const stageIds = createIdAllocator();
  const codes = new Set<string>();
  const drafts = [...rounds.values()].map((round, s) => {
    const ties = buildRoundTies(round, teamOf, nameOf, log);
    const code = roundCode(round.heading.round);
    const prefix = code && !codes.has(code) ? code : `R${s + 1}`;
    codes.add(prefix);
    const ids = ties.map((_, t) => `${prefix}-${String(t + 1).padStart(2, '0')}`);
    return { round, stageId: stageIds(slugify(round.heading.name)), ids, ties };
  });
  // A round of single matches among two-legged rounds: single-match ties (as UEFA's 2019-20
  // quarter-finals), or first legs whose return legs are not in the file yet. Read as the former.
  const twoLegged = drafts.some((draft) => draft.ties.some((tie) => tie.legs.length === 2));
  for (const draft of drafts) {
    const single = draft.ties.length > 0 && draft.ties.every((tie) => tie.legs.length === 1);
    if (single && twoLegged && draft.round.heading.round?.kind !== 'final')
      log.warning(
        'single-match-round-among-two-legged',
        draft.round.line,
        `Every tie of the ${draft.round.heading.name} has one match while other rounds have two: read as single-match ties. If their return legs are not in the file yet, the winners recorded are not the tie's.`,
        { stage: draft.stageId },
      );
  }
  const tieCounts = drafts.map((d) => `${d.round.heading.name} ${d.ties.length}`).join(', ');
  const uncoded = drafts.filter((d) => !d.round.heading.round).map((d) => d.round.heading.name);
  log.info(
    'round-codes',
    null,
    `Rounds read as: ${drafts.map((d) => `"${d.round.heading.name}" ${roundText(d.round.heading.round)}`).join(', ')}.${uncoded.length > 0 ? ` ${uncoded.join(', ')}: no round the app can name; shown as printed.` : ''}`,
  );
  log.info(
    'ties-from-matches',
    null,
    `Ties read as the matches of the same two teams in a round, legs in date order: ${tieCounts}. Tie ids are local keys (${drafts
      .map((d) => d.ids[0])
      .filter(Boolean)
      .join(', ')}…): the file has no official codes.`,
  );

  const rules = chooseRules(
    title,
    season?.label ?? null,
    options.rules,
    drafts.flatMap((d) => d.ties),
    log,
  );
  const settled: StageTies[] = drafts.map((draft) => ({
    round: draft.round,
    stageId: draft.stageId,
    ids: draft.ids,
    ties: draft.ties.map((tie, t) => settleTie(tie, draft.ids[t]!, rules.rules, nameOf, log)),
  }));
  const competitionName = mainCompetition(title);
  const links = linkRounds(
    settled,
    { competitionName, qualifying, seasonStart: season?.first ?? seasonStartYear(title), phaseKinds },
    nameOf,
    log,
  );

  // Entry: the first round a team plays; a later one means a bye (or a place from a group or league).
  const entry = new Map<TeamId, number>();
  settled.forEach((stage, s) =>
    stage.ties.forEach((tie) => tie.teams.forEach((team) => entry.has(team) || entry.set(team, s))),
  );
  const entering: TeamId[][] = settled.map(() => []);
  for (const [team, s] of entry) entering[s]?.push(team);
  settled.forEach((stage, s) => {
    if (s === 0) return;
    const late = (entering[s] ?? []).map(nameOf);
    if (late.length === 0) return;
    log.info(
      'late-entry',
      stage.round.line,
      `${late.length} team${late.length === 1 ? ' enters' : 's enter'} in the ${stage.round.heading.name}, playing no earlier round of the file (a bye, or a place from ${outCount > 0 ? 'the group or league phase' : 'outside the file'}): ${late.slice(0, 8).join(', ')}${late.length > 8 ? `, and ${late.length - 8} more` : ''}.`,
      { stage: stage.stageId },
    );
  });
  const builtTeams = [...teams.values()].map((team) => ({
    ...team,
    entry: settled[entry.get(team.id) ?? 0]!.stageId,
  }));
  const unknown = builtTeams.filter((team) => team.country === UNKNOWN_COUNTRY);
  if (unknown.length > 0)
    log.warning(
      'country-unknown',
      firstLine.get(unknown[0]!.id) ?? null,
      `${unknown.length} team${unknown.length === 1 ? ' has' : 's have'} no country code such as "(ENG)": country "${UNKNOWN_COUNTRY}" for ${unknown
        .slice(0, 8)
        .map((t) => t.name)
        .join(', ')}${unknown.length > 8 ? '…' : ''}.`,
    );
  else
    log.info(
      'countries',
      null,
      `Countries from the codes after each team's name (${new Set(builtTeams.map((t) => t.country)).size} countries).`,
    );

  const dates = settled
    .flatMap((stage) => stage.ties.flatMap((tie) => tie.legs.map((leg) => leg.date)))
    .filter((d): d is string => d !== null)
    .sort();
  if (dates.length === 0) {
    log.error('dates-missing', null, 'The knockout matches have no dates at all: no competition built.');
    return fail();
  }
  const stages: Stage[] = settled.map((stage, s) => ({
    id: stage.stageId,
    name: stage.round.heading.name,
    ...(stage.round.heading.round ? { round: stage.round.heading.round } : {}),
    order: s + 1,
    dates: {
      firstLegs: [
        ...new Set(stage.ties.flatMap((tie) => (tie.legs[0]?.date ? [tie.legs[0].date] : []))),
      ].sort(),
      secondLegs: [
        ...new Set(stage.ties.flatMap((tie) => (tie.legs[1]?.date ? [tie.legs[1].date] : []))),
      ].sort(),
    },
    tieIds: 'local',
    draw: null,
    ties: stage.ties.map((tie, t) =>
      tieRecord(tie, stage.ids[t]!, links.winnerTo[s]![t]!, links.loserTo[s]![t]!),
    ),
  }));
  const confederation = confederationOf(title);
  if (!confederation)
    log.warning(
      'confederation-unstated',
      list.titleLine,
      `The title "${title}" names no confederation: "Unknown".`,
    );
  const competition: Competition = {
    formatVersion: 1,
    id: options.id ?? slugify(title),
    name: title,
    confederation: confederation ?? 'Unknown',
    season: season?.label ?? dates[0]!.slice(0, 4),
    dates: { start: dates[0]!, end: dates.at(-1)! },
    seeding: { ranking: 'Not stated', kind: 'position', asOf: null },
    rules: rules.rules,
    exits: links.exits,
    teams: builtTeams,
    stages,
    notes: toNotes(log.all, options.source),
    sources: [{ title: `${title} (openfootball ${options.source})`, url: null }],
  };
  return { competition, report: toReport(log.all), rules };
}
