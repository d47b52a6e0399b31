// A fact sheet → a Competition. The sheet is the reference: this only renames and reshapes its fields
// into the types of src/domain/types.ts (the wire format of src/data/schema.ts), and turns each entry
// of its `inconsistencies` into data notes (fact-sheet-notes.ts). Aggregates and away goals are not
// copied: the app recomputes them from the legs.
import { labelTeams } from '../../src/domain/team-labels.ts';
import type {
  Competition,
  DecidedBy,
  Destination,
  Draw,
  Exit,
  Leg,
  Pot,
  Rules,
  Stage,
  StageRound,
  Team,
  Tie,
} from '../../src/domain/types.ts';
import {
  tieId,
  type FactSheet,
  type SheetCompetition,
  type SheetLeg,
  type SheetStage,
  type SheetTeam,
  type SheetTie,
} from './fact-sheet.ts';
import { buildNotes, type NoteContext } from './data-notes.ts';
import { NOTE_SPECS } from './note-specs.ts';
import { asList, capitalize, endSentence, formatDay, httpUrl, oneLine, siteLabel } from './sheet-text.ts';

const COUNTRY_NAMES: Readonly<Record<string, string>> = { PAR: 'Paraguay', EGY: 'Egypt' };

const SEEDING_KIND: Readonly<Record<string, Competition['seeding']['kind']>> = {
  CONMEBOL: 'position',
  CAF: 'points',
};

/** The competition whose group stage a confederation's qualifying winners enter. */
const GROUP_STAGE_OF: Readonly<Record<string, string>> = {
  CONMEBOL: 'Copa Libertadores',
  CAF: 'CAF Confederation Cup',
};

/** The competition whose group stage each transfer exit leads to. */
const TRANSFER_EXITS: Readonly<Record<string, string>> = {
  'copa-sudamericana-group-stage': 'Copa Sudamericana',
};

const ORDINALS = ['first', 'second', 'third', 'fourth'];

/** "Second stage" → { kind: 'stage', number: 2 }: the app then names it in every language. */
function roundOf(name: string): StageRound {
  const [ordinal, kind] = name.toLowerCase().split(' ');
  const number = ORDINALS.indexOf(ordinal ?? '') + 1;
  if (number === 0 || (kind !== 'stage' && kind !== 'round'))
    throw new Error(`no round code for stage ${name}`);
  return { kind, number };
}

const TIE_BREAK_WORDS: Readonly<Record<string, string>> = {
  aggregate_goals: 'aggregate goals',
  away_goals: 'away goals',
  penalties: 'a penalty shoot-out',
};

/** A value of one of the tables above (or of a map), or an error naming what has no entry. */
function lookUp<T>(
  table: Readonly<Record<string, T>> | ReadonlyMap<string, T>,
  key: string,
  what: string,
): T {
  const value = table instanceof Map ? table.get(key) : (table as Readonly<Record<string, T>>)[key];
  if (value === undefined) throw new Error(`no ${what} for ${key}`);
  return value;
}

// ---------------------------------------------------------------------------------------------
// Competition-level fields

function buildRules(comp: SheetCompetition, stages: readonly SheetStage[]): Rules {
  const { rules } = comp;
  const stageName = new Map(stages.map((s) => [s.id, s.name]));
  const hosting = Object.entries(rules.hosting ?? {}).map(
    ([stageId, sentence]) => `${stageName.get(stageId) ?? stageId}: ${endSentence(sentence)}`,
  );
  if (rules.draw_restrictions) hosting.push(endSentence(rules.draw_restrictions));
  if (!rules.hosting) {
    // No published hosting rule (CAF): describe how the entry round was decided and the tie-break order.
    if (comp.seeding.basis) hosting.push(endSentence(comp.seeding.basis));
    const order = asList(rules.tie_break).map((k) => TIE_BREAK_WORDS[k] ?? k.replace(/_/g, ' '));
    if (order.length > 0) {
      hosting.push(
        `Ties are decided on ${order.join(', then ')}${rules.extra_time ? '' : ', with no extra time'}.`,
      );
    }
  }
  return {
    awayGoals: Boolean(rules.away_goals),
    extraTime: Boolean(rules.extra_time),
    regulation: rules.regulation_ref,
    hosting,
  };
}

function buildExits(comp: SheetCompetition, stages: readonly SheetStage[]): Exit[] {
  const groupStage = (id: string, competitionName: string, kind: Exit['kind']): Exit => ({
    id,
    name: `${competitionName} group stage`,
    kind,
    phase: 'group-stage',
    competitionName,
  });
  const exits = [
    groupStage('group-stage', lookUp(GROUP_STAGE_OF, comp.confederation, 'group stage'), 'advance'),
  ];
  const transfers = new Set(stages.flatMap((s) => s.ties.flatMap((t) => (t.loser_to ? [t.loser_to] : []))));
  for (const id of transfers) exits.push(groupStage(id, lookUp(TRANSFER_EXITS, id, 'exit'), 'transfer'));
  exits.push({ id: 'eliminated', name: 'Eliminated', kind: 'out', phase: 'eliminated' });
  return exits;
}

function buildTeam(team: SheetTeam): Team {
  const ranking = team.ranking_points !== undefined ? team.ranking_points : team.ranking;
  const unconfirmed = asList(team.unconfirmed).map((f) => (f === 'ranking_points' ? 'ranking' : f));
  const parts: string[] = [];
  if (team.notes) parts.push(endSentence(team.notes));
  if (team.former_names) parts.push(`Former names: ${asList(team.former_names).join(', ')}.`);
  if (team.not_to_confuse_with) {
    parts.push(`Not to be confused with ${endSentence(asList(team.not_to_confuse_with).join('; '))}`);
  }
  return {
    id: team.id,
    name: team.name,
    ...(team.full_name ? { fullName: team.full_name } : {}),
    country: team.country,
    ranking: ranking ?? null,
    entry: team.entry,
    aliases: asList(team.aliases),
    ...(unconfirmed.length > 0 ? { unconfirmed } : {}),
    ...(parts.length > 0 ? { note: parts.join(' ') } : {}),
  };
}

function buildSources(sheet: FactSheet): Competition['sources'] {
  return sheet.sources.map((s) => {
    const url = httpUrl(s.url);
    const label = s.site
      ? `${s.site}${s.page ? `, “${s.page}”` : ''}`
      : url
        ? siteLabel(url)
        : 'Unnamed source';
    return { title: s.used_for ? `${label} — ${oneLine(s.used_for)}` : label, url };
  });
}

// ---------------------------------------------------------------------------------------------
// Stages, draws and ties

function drawPlace(draw: SheetCompetition['draw']): string | null {
  if (!draw) return null;
  const country = draw.country ? (COUNTRY_NAMES[draw.country] ?? draw.country) : null;
  return [draw.venue, draw.city, country].filter(Boolean).join(', ') || null;
}

function buildPots(pots: NonNullable<NonNullable<SheetStage['draw']>['pots']>): Pot[] {
  return Object.entries(pots).map(([key, entries]) => ({
    name: key.replace(/^pot(\d+)$/, 'Pot $1'),
    entries: entries.map((e) =>
      'placeholder' in e ? { winnerOf: e.placeholder } : { team: e.team, ranking: e.ranking ?? null },
    ),
  }));
}

function buildDraw(sheet: FactSheet, stage: SheetStage, order: number): Draw | null {
  const comp = sheet.competition;
  if (!stage.draw) return null;
  const base = { date: stage.draw.date, place: drawPlace(comp.draw) };
  if (stage.draw.pots) {
    const rules: string[] = [];
    const hosting = comp.rules.hosting?.[stage.id];
    if (hosting) rules.push(endSentence(hosting));
    const restriction = comp.rules.draw_restrictions && oneLine(comp.rules.draw_restrictions);
    if (restriction?.startsWith(`${stage.name}:`)) {
      rules.push(endSentence(capitalize(restriction.slice(stage.name.length + 1).trim())));
    }
    return { ...base, pots: buildPots(stage.draw.pots), rules };
  }
  // No pots (CAF): the first round's draw decided the entry round by ranking and fixed the bracket.
  if (order === 1) {
    const byes = sheet.teams.filter((t) => t.entry !== stage.id).length;
    const entrants = sheet.teams.length - byes;
    const next = sheet.stages[1];
    if (!next) throw new Error(`${stage.id}: a draw without pots needs a next stage`);
    const [here, there] = [stage.name.toLowerCase(), next.name.toLowerCase()];
    return {
      ...base,
      pots: [],
      rules: [
        `Entry round decided by CAF 5-Year Ranking points: ${byes} teams with byes to the ${there}, ${entrants} in the ${here}`,
        `The bracket (${here.replace(/ /g, '-')} winner → ${there.replace(/ /g, '-')} opponent) was fixed at this draw`,
      ],
    };
  }
  return {
    ...base,
    pots: [],
    rules: [`No separate draw: opponents fixed by the bracket of the ${formatDay(stage.draw.date)} draw`],
  };
}

function buildLeg(leg: SheetLeg): Leg {
  return {
    date: leg.date ?? null,
    home: leg.home,
    away: leg.away,
    homeGoals: leg.home_goals,
    awayGoals: leg.away_goals,
    venue: leg.venue ?? null,
    city: leg.city ?? null,
    ...(leg.unconfirmed ? { unconfirmed: asList(leg.unconfirmed) } : {}),
    ...(leg.notes ? { note: oneLine(leg.notes) } : {}),
  };
}

/** The sentence of a walkover tie's notes that says why it was not played. */
function walkoverReason(tie: SheetTie): string | null {
  const sentences = oneLine(tie.notes ?? '').split(/(?<=\.)\s+(?=[A-Z])/);
  const reason = sentences.find((s) => /withdr|forfeit|did not take part|not played/i.test(s));
  return reason ? endSentence(reason) : null;
}

function buildTie(tie: SheetTie, tieById: ReadonlyMap<string, SheetTie>): Tie {
  const id = tieId(tie);
  const decidedBy: DecidedBy | null =
    tie.decided_by === 'away_goals' ? 'away-goals' : (tie.decided_by ?? null);
  let winnerTo: Destination;
  const next = tieById.get(tie.advances_to);
  if (next) {
    const slot = tie.winner ? next.teams.indexOf(tie.winner) : -1;
    if (slot !== 0 && slot !== 1) throw new Error(`${id}: winner ${tie.winner} not in ${tie.advances_to}`);
    winnerTo = { tie: tie.advances_to, slot };
  } else if (tie.advances_to === 'group-stage') {
    winnerTo = { exit: 'group-stage' };
  } else {
    throw new Error(`${id}: unknown advances_to ${tie.advances_to}`);
  }
  return {
    id,
    teams: tie.teams,
    legs: tie.legs.map(buildLeg),
    penalties: tie.penalties ?? null,
    walkover: decidedBy === 'walkover' ? { reason: walkoverReason(tie) } : null,
    winner: tie.winner ?? null,
    decidedBy,
    winnerTo,
    loserTo: { exit: tie.loser_to ?? 'eliminated' },
    ...(tie.unconfirmed ? { unconfirmed: asList(tie.unconfirmed) } : {}),
  };
}

function buildStage(
  sheet: FactSheet,
  stage: SheetStage,
  index: number,
  tieById: ReadonlyMap<string, SheetTie>,
): Stage {
  return {
    id: stage.id,
    name: stage.name,
    round: roundOf(stage.name),
    order: index + 1,
    dates: { firstLegs: stage.dates.first_legs, secondLegs: stage.dates.second_legs },
    tieIds: stage.ties.every((t) => t.id) ? 'official' : 'local',
    draw: buildDraw(sheet, stage, index + 1),
    ties: stage.ties.map((t) => buildTie(t, tieById)),
  };
}

// ---------------------------------------------------------------------------------------------

export function buildFromFactSheet(sheet: FactSheet): Competition {
  const comp = sheet.competition;
  const ties = sheet.stages.flatMap((s) => s.ties);
  const tieById = new Map(ties.map((t) => [tieId(t), t]));
  const labels = labelTeams(sheet.teams);
  const stageNames = new Map(sheet.stages.map((s) => [s.id, s.name]));
  const context: NoteContext = {
    sheet,
    ties,
    teamName: (id) => lookUp(labels, id, 'team'),
    stageName: (id) => lookUp(stageNames, id, 'stage'),
  };
  return {
    formatVersion: 1,
    id: comp.id,
    name: comp.name,
    confederation: comp.confederation,
    season: comp.season,
    dates: { start: comp.dates.start, end: comp.dates.end },
    seeding: {
      ranking: comp.seeding.ranking,
      kind: lookUp(SEEDING_KIND, comp.confederation, 'seeding kind'),
      asOf: comp.seeding.as_of ?? null,
    },
    rules: buildRules(comp, sheet.stages),
    exits: buildExits(comp, sheet.stages),
    teams: sheet.teams.map(buildTeam),
    stages: sheet.stages.map((s, i) => buildStage(sheet, s, i, tieById)),
    notes: buildNotes(sheet, context, lookUp(NOTE_SPECS, comp.id, 'note specs')),
    sources: buildSources(sheet),
  };
}
