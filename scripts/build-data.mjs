// Builds the shipped competition files in public/data from the verified fact sheets in
// data/facts (see the README there). The sheets are the reference: this script only renames
// and reshapes their fields into the wire format of src/data/schema.ts, and turns each entry of a
// sheet's `inconsistencies` list into data notes scoped to the tie, team, stage or competition it
// concerns. Aggregates and away goals are not copied: the app recomputes them from the legs.
//
// Usage: npm run data:build   (re-runnable; overwrites public/data/*.json except schema.json)
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const FACTS = new URL('../data/facts/', import.meta.url);
const OUT = new URL('../public/data/', import.meta.url);

const COMPETITIONS = [
  { sheet: 'libertadores-2024.yaml', file: 'libertadores-2024-qualifying.json' },
  { sheet: 'libertadores-2023.yaml', file: 'libertadores-2023-qualifying.json' },
  { sheet: 'caf-cc-2023-24.yaml', file: 'caf-cc-2023-24-qualifying.json' },
];

const COUNTRY_NAMES = { PAR: 'Paraguay', EGY: 'Egypt' };

const SEEDING_KIND = { CONMEBOL: 'position', CAF: 'points' };

const GROUP_STAGE_NAME = {
  CONMEBOL: 'Copa Libertadores group stage',
  CAF: 'CAF Confederation Cup group stage',
};

const TRANSFER_EXITS = {
  'copa-sudamericana-group-stage': 'Copa Sudamericana group stage',
};

const TIE_BREAK_WORDS = {
  aggregate_goals: 'aggregate goals',
  away_goals: 'away goals',
  penalties: 'a penalty shoot-out',
};

// ---------------------------------------------------------------------------------------------
// Small text helpers

/** Trims and collapses whitespace (YAML folded blocks keep line breaks) into one line. */
function oneLine(text) {
  return String(text).replace(/\s+/g, ' ').trim();
}

function endSentence(text) {
  const t = oneLine(text);
  return /[.!?]['")]*$/.test(t) ? t : `${t}.`;
}

function slug(text) {
  return String(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function capitalize(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function asList(value) {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** "seed" in a sheet's `where` means the seed article the app started from. */
function sourceLabel(where) {
  return oneLine(where).replace(/^seed\b/, 'seed article');
}

function hostOf(url) {
  return new URL(url).hostname.replace(/^www\./, '');
}

/** A readable name for a linked source: the article title for Wikipedia, else the site. */
function siteLabel(url) {
  const { hostname, pathname } = new URL(url);
  const wiki = /\.wikipedia\.org$/.test(hostname) && pathname.match(/^\/wiki\/(.+)$/);
  return wiki ? `Wikipedia, “${decodeURIComponent(wiki[1]).replace(/_/g, ' ')}”` : hostOf(url);
}

/** An http(s) URL, unwrapped from a search engine's redirect; null for anything else. */
function httpUrl(url) {
  if (typeof url !== 'string') return null;
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const target = parsed.pathname === '/url' ? parsed.searchParams.get('q') : null;
  return target && /^https?:\/\//.test(target) ? httpUrl(target) : parsed.href;
}

// ---------------------------------------------------------------------------------------------
// Competition-level fields

function buildRules(comp, stages) {
  const rules = comp.rules;
  const stageName = Object.fromEntries(stages.map((s) => [s.id, s.name]));
  const hosting = Object.entries(rules.hosting ?? {}).map(
    ([stageId, sentence]) => `${stageName[stageId] ?? stageId}: ${endSentence(sentence)}`,
  );
  if (rules.draw_restrictions) hosting.push(endSentence(rules.draw_restrictions));
  if (!rules.hosting) {
    // No published hosting rule (CAF): describe how the entry round was decided and the tie-break order.
    if (comp.seeding?.basis) hosting.push(endSentence(comp.seeding.basis));
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

function buildExits(comp, stages) {
  const exits = [{ id: 'group-stage', name: GROUP_STAGE_NAME[comp.confederation], kind: 'advance' }];
  const transfers = new Set(stages.flatMap((s) => s.ties.map((t) => t.loser_to).filter(Boolean)));
  for (const id of transfers) {
    if (!TRANSFER_EXITS[id]) throw new Error(`${comp.id}: no name for exit ${id}`);
    exits.push({ id, name: TRANSFER_EXITS[id], kind: 'transfer' });
  }
  exits.push({ id: 'eliminated', name: 'Eliminated', kind: 'out' });
  return exits;
}

function buildTeam(team) {
  const ranking = 'ranking_points' in team ? team.ranking_points : team.ranking;
  const out = {
    id: team.id,
    name: team.name,
    ...(team.full_name ? { fullName: team.full_name } : {}),
    country: team.country,
    ranking: ranking ?? null,
    entry: team.entry,
    aliases: asList(team.aliases),
  };
  const unconfirmed = asList(team.unconfirmed).map((f) => (f === 'ranking_points' ? 'ranking' : f));
  if (unconfirmed.length > 0) out.unconfirmed = unconfirmed;
  const parts = [];
  if (team.notes) parts.push(endSentence(team.notes));
  if (team.former_names) parts.push(`Former names: ${asList(team.former_names).join(', ')}.`);
  if (team.not_to_confuse_with) {
    parts.push(`Not to be confused with ${endSentence(asList(team.not_to_confuse_with).join('; '))}`);
  }
  if (parts.length > 0) out.note = parts.join(' ');
  return out;
}

function buildSources(sheet) {
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

function drawPlace(draw) {
  if (!draw) return null;
  const country = COUNTRY_NAMES[draw.country] ?? draw.country;
  return [draw.venue, draw.city, country].filter(Boolean).join(', ') || null;
}

function buildPots(pots) {
  return Object.entries(pots ?? {}).map(([key, entries]) => ({
    name: key.replace(/^pot(\d+)$/, 'Pot $1'),
    entries: entries.map((e) =>
      'placeholder' in e ? { winnerOf: e.placeholder } : { team: e.team, ranking: e.ranking ?? null },
    ),
  }));
}

function buildDraw(sheet, stage, order) {
  const comp = sheet.competition;
  if (!stage.draw) return null;
  const base = { date: stage.draw.date, place: drawPlace(comp.draw) };
  if (stage.draw.pots) {
    const rules = [];
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
    const [here, there] = [stage.name, next.name].map((n) => n.toLowerCase());
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

function formatDay(iso) {
  const months = 'January February March April May June July August September October November December';
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${months.split(' ')[m - 1]} ${y}`;
}

const tieId = (tie) => tie.id ?? tie.key;

function buildLeg(leg) {
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
function walkoverReason(tie) {
  const sentences = oneLine(tie.notes ?? '').split(/(?<=\.)\s+(?=[A-Z])/);
  const reason = sentences.find((s) => /withdr|forfeit|did not take part|not played/i.test(s));
  return reason ? endSentence(reason) : null;
}

function buildTie(tie, tieById) {
  const id = tieId(tie);
  const decidedBy = tie.decided_by === 'away_goals' ? 'away-goals' : (tie.decided_by ?? null);
  let winnerTo;
  if (tieById.has(tie.advances_to)) {
    const next = tieById.get(tie.advances_to);
    const slot = next.teams.indexOf(tie.winner);
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

function buildStage(sheet, stage, index, tieById) {
  const ties = stage.ties.map((t) => buildTie(t, tieById));
  return {
    id: stage.id,
    name: stage.name,
    order: index + 1,
    dates: { firstLegs: stage.dates.first_legs, secondLegs: stage.dates.second_legs },
    tieIds: stage.ties.every((t) => t.id) ? 'official' : 'local',
    draw: buildDraw(sheet, stage, index + 1),
    ties,
  };
}

// ---------------------------------------------------------------------------------------------
// Data notes

/** Sheet jargon (field names in backticks) made readable for the notes users see. */
function plainText(text) {
  return oneLine(text)
    .replace(/`?ranking_points`?/g, 'ranking points')
    .replace(/decided_by: walkover/g, 'decided by walkover')
    .replace(/`/g, '');
}

function note(id, about, source, text, resolution) {
  return { id, about, source, text: plainText(text), resolution: resolution ? plainText(resolution) : null };
}

const tie = (id) => ({ tie: id });
const team = (id) => ({ team: id });
const stage = (id) => ({ stage: id });
const competition = { competition: true };

/**
 * How each inconsistency becomes notes. `match` picks the entry by its `what`; `about` scopes a single
 * note; `notes(entry, ctx)` builds several. Every spec must match exactly one entry and every entry
 * must be matched, so an edited sheet fails loudly instead of losing a note.
 */
const NOTE_SPECS = {
  'libertadores-2024-qualifying': [
    { match: /pot tables are truncated/, id: 'seed-pot-tables-truncated', about: competition },
    { match: /carry no tie IDs/, id: 'seed-no-tie-ids', about: competition },
    {
      match: /both printed 'Nacional'/,
      notes: (entry, ctx) => {
        const nacional = ctx.sheet.disambiguation.find((d) => d.name === 'Nacional');
        return ['nacional-par', 'nacional-uru'].map((teamId) =>
          note(`seed-${teamId}`, team(teamId), sourceLabel(entry.where), entry.what, nacional.conclusion),
        );
      },
    },
    { match: /Penalty shoot-out scores are missing/, notes: shootOutNotes },
    { match: /'advanced to Match G4' is NOT an error/, id: 'seed-g4-two-feeders', about: tie('G4') },
    { match: /Aucas \(ECU\) vs\. Libertad/, id: 'elpatagonico-e3-libertad', about: tie('E3') },
    { match: /Río Negro Alianza/, id: 'surenio-c2', about: tie('C2') },
    { match: /bolillero uno/, id: 'caracoltv-c1', about: tie('C1') },
    { match: /G1 first leg would be in Bragança/, id: 'bol-uol-g1-venue', about: tie('G1') },
    { match: /Braulio da Silva Machado/, id: 'dobleamarilla-c6-venue', about: tie('C6') },
    { match: /vitória em Caracas/, id: 'correiobraziliense-c6-city', about: tie('C6') },
    { match: /garbled stage numbering/, id: 'laopinionaustral-stage-numbering', about: competition },
    { match: /em jogo único/, id: 'opovo-single-match', about: stage('first-stage') },
    { match: /draw was held in Asunción/, id: 'exame-draw-place', about: competition },
  ],
  'libertadores-2023-qualifying': [
    { match: /No pot tables, no tie IDs/, id: 'seed-no-results', about: competition },
    { match: /Ranking date 'as of 9 December 2022'/, id: 'seed-ranking-date', about: competition },
    {
      match: /Refers to 'the El Nacional v Nacional Potosí match'/,
      id: 'seed-referee-note-e2',
      about: tie('E2'),
    },
    {
      match: /Boston River won the E3 first leg/,
      notes: (entry) => [
        note(
          'eldestape-e3-score',
          tie('E3'),
          entry.where,
          "Says Boston River won the E3 first leg '1 a 0'.",
          'First leg was 3–1.',
        ),
        note(
          'eldestape-c5-venue',
          tie('C5'),
          entry.where,
          "Says Magallanes' C5 first leg was 'en Santiago'.",
          'Magallanes played at El Teniente, Rancagua.',
        ),
      ],
    },
    {
      match: /Atlético Mineiro 'venceu por 2 a 1'/,
      id: 'jovempan-atletico-mineiro',
      about: team('atletico-mineiro'),
    },
    { match: /C4 first leg/, id: 'eldeportivo-c4-venue', about: tie('C4') },
    { match: /C8 first leg/, id: 'everardoherrera-c8-venue', about: tie('C8') },
    { match: /Domingo Burgueño Miguel/, id: 'diariodonordeste-c3-city', about: tie('C3') },
    { match: /Lists E1 reversed/, id: 'antena2-e1-order', about: tie('E1') },
    {
      match: /Deportivo Maldonado 'do Chile'/,
      notes: (entry) => [
        note(
          'itamarajunoticias-deportivo-maldonado',
          team('deportivo-maldonado'),
          entry.where,
          "Calls Deportivo Maldonado 'do Chile'.",
          'Deportivo Maldonado is Uruguayan.',
        ),
        note(
          'itamarajunoticias-first-stage-dates',
          stage('first-stage'),
          entry.where,
          'Gives first-stage dates 08/02–15/02.',
          'First stage ran 7–16 Feb.',
        ),
      ],
    },
    { match: /Roberto Martinez/, id: 'pledgetimes-typo', about: competition },
    { match: /ranking 2022 de Conmebol/, id: 'noticiasbo-ranking-edition', about: team('always-ready') },
  ],
  'caf-cc-2023-24-qualifying': [
    { match: /lists only 16 of 20 ties/, notes: walkoverNotes },
    { match: /Singida United won 4–3/, id: 'seed-singida-united', about: tie('R1-05') },
    {
      match: /renamed from Singida United/,
      id: 'spotileo-singida-rename',
      about: team('singida-fountain-gate'),
    },
    {
      match: /Entry table with CAF 5-Year Ranking points is empty/,
      id: 'seed-no-entry-table',
      about: competition,
    },
    { match: /Al Ahly 78/, id: 'caf-ranking-editions', about: competition },
    {
      match: /Schedule table row for the second round/,
      id: 'seed-schedule-shifted',
      about: stage('second-round'),
    },
    { match: /ended on 1 October 2023/, id: 'seed-end-date', about: tie('R2-16') },
    { match: /ASC Kara v AFAD first leg as 0–1/, id: 'africanmanager-r1-12-score', about: tie('R1-12') },
    { match: /Mali's Elgeco Plus/, id: 'sportsday-elgeco-plus', about: team('elgeco-plus') },
    { match: /Bendel du Ghana/, id: 'aps-bendel-insurance', about: team('bendel-insurance') },
    {
      match: /Ugandan club Future FC/,
      notes: (entry) => [
        note(
          'eighteenelevenmedia-modern-future',
          team('modern-future'),
          entry.where,
          "Calls Modern Future 'Ugandan club Future FC'.",
          'Future FC = Modern Future (EGY).',
        ),
        note(
          'eighteenelevenmedia-r2-10-venue',
          tie('R2-10'),
          entry.where,
          "Places MUZA's home leg 'in Brazzaville'.",
          'MUZA hosted in Lusaka.',
        ),
        note(
          'eighteenelevenmedia-r2-16-venue',
          tie('R2-16'),
          entry.where,
          "Places the Merreikh Juba match in 'Omdurman'.",
          'Merreikh Juba hosted in Nairobi.',
        ),
      ],
    },
    { match: /Sagrada won the R2 first leg/, id: 'masress-r2-11', about: tie('R2-11') },
    { match: /second leg would be played in Nairobi/, id: 'rtp-r2-16-venue', about: tie('R2-16') },
    { match: /El Merriek, do Sudão/, id: 'record-rtp-al-merreikh-juba', about: team('al-merreikh-juba') },
    { match: /Arta Solar v Zamalek first leg/, id: 'allafrica-2022mag-r2-04-date', about: tie('R2-04') },
    { match: /Aigle Noir v Stade Malien second leg/, id: 'bamada-aps-r2-15-date', about: tie('R2-15') },
    { match: /Announced ASO Chlef v Bendel/, id: 'radioalgerie-r1-01-date', about: tie('R1-01') },
  ],
};

/** One note per tie decided on penalties: the seed gives no score; say where the score comes from. */
function shootOutNotes(entry, ctx) {
  const generic = ctx.sheet.sources.find((s) => /shoot-outs/.test(s.used_for ?? ''));
  return ctx.ties
    .filter((t) => t.decided_by === 'penalties')
    .map((t) => {
      const id = tieId(t);
      const specific = ctx.sheet.sources.find((s) =>
        new RegExp(`\\b${id}\\b.*shoot-out`).test(s.used_for ?? ''),
      );
      const source = specific ? hostOf(specific.url) : generic ? generic.site : null;
      const [winnerKicks, loserKicks] = [
        t.penalties[t.winner],
        t.penalties[t.teams.find((x) => x !== t.winner)],
      ];
      const score = `${winnerKicks}–${loserKicks}`;
      return note(
        `seed-shoot-out-${slug(id)}`,
        tie(id),
        sourceLabel(entry.where),
        "The seed article says only 'won on penalties', without the shoot-out score.",
        `${ctx.teamName(t.winner)} won the shoot-out ${score}, from match reports${source ? ` (${source})` : ''}.`,
      );
    });
}

/** The walkovers missing from the seed: one note on the stage, one on each walkover tie. */
function walkoverNotes(entry, ctx) {
  const walkovers = ctx.ties.filter((t) => t.decided_by === 'walkover');
  const stageId = ctx.sheet.stages.find((s) => s.ties.includes(walkovers[0])).id;
  return [
    note('seed-missing-walkovers', stage(stageId), sourceLabel(entry.where), entry.what, entry.resolution),
    ...walkovers.map((t) => {
      const [a, b] = t.teams.map(ctx.teamName);
      return note(
        `seed-missing-walkover-${slug(tieId(t))}`,
        tie(tieId(t)),
        sourceLabel(entry.where),
        `The seed article's ${ctx.stageName(stageId).toLowerCase()} omits this tie (${a} v ${b}, not played), yet ${ctx.teamName(t.winner)} appears in the next round.`,
        t.notes,
      );
    }),
  ];
}

/** Where the seed's pot tables were cut or absent, say how the pots were reconstructed. */
function potNotes(sheet) {
  return sheet.stages
    .filter((s) => s.draw?.pots_source)
    .map((s) => {
      const open = asList(s.draw.unconfirmed).map((f) => f.replace(/_/g, ' '));
      return note(
        `pots-${s.id}`,
        stage(s.id),
        'seed article',
        s.draw.pots_source,
        open.length > 0 ? `Not confirmed: ${open.join(', ')}.` : null,
      );
    });
}

function buildNotes(sheet, ctx) {
  const specs = NOTE_SPECS[sheet.competition.id];
  if (!specs) throw new Error(`${sheet.competition.id}: no note specs`);
  const used = new Set();
  const notes = [];
  for (const entry of sheet.inconsistencies ?? []) {
    const matching = specs.filter((s) => s.match.test(entry.what));
    if (matching.length !== 1) {
      throw new Error(`${sheet.competition.id}: ${matching.length} note specs match "${entry.what}"`);
    }
    const spec = matching[0];
    used.add(spec);
    if (spec.notes) notes.push(...spec.notes(entry, ctx));
    else notes.push(note(spec.id, spec.about, sourceLabel(entry.where), entry.what, entry.resolution));
  }
  const unused = specs.filter((s) => !used.has(s));
  if (unused.length > 0)
    throw new Error(`${sheet.competition.id}: unused note specs ${unused.map((s) => s.match)}`);
  notes.push(...potNotes(sheet));
  const ids = notes.map((n) => n.id);
  const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
  if (duplicate) throw new Error(`${sheet.competition.id}: duplicate note id ${duplicate}`);
  return notes;
}

// ---------------------------------------------------------------------------------------------

/** A team's name for generated note text, with its country where another team shares the name. */
function displayName(teams, team) {
  const shared = teams.some((t) => t.id !== team.id && t.name === team.name);
  return shared ? `${team.name} (${team.country})` : team.name;
}

function buildCompetition(sheet) {
  const comp = sheet.competition;
  const ties = sheet.stages.flatMap((s) => s.ties);
  const tieById = new Map(ties.map((t) => [tieId(t), t]));
  const teamById = new Map(sheet.teams.map((t) => [t.id, t]));
  const ctx = {
    sheet,
    ties,
    teamName: (id) => displayName(sheet.teams, teamById.get(id)),
    stageName: (id) => sheet.stages.find((s) => s.id === id).name,
  };
  return {
    $schema: './schema.json',
    formatVersion: 1,
    id: comp.id,
    name: comp.name,
    confederation: comp.confederation,
    season: comp.season,
    dates: { start: comp.dates.start, end: comp.dates.end },
    seeding: {
      ranking: comp.seeding.ranking,
      kind: SEEDING_KIND[comp.confederation],
      asOf: comp.seeding.as_of ?? null,
    },
    rules: buildRules(comp, sheet.stages),
    exits: buildExits(comp, sheet.stages),
    teams: sheet.teams.map(buildTeam),
    stages: sheet.stages.map((s, i) => buildStage(sheet, s, i, tieById)),
    notes: buildNotes(sheet, ctx),
    sources: buildSources(sheet),
  };
}

function writeJson(name, value) {
  const url = new URL(name, OUT);
  writeFileSync(url, `${JSON.stringify(value, null, 2)}\n`);
  console.log(`wrote ${fileURLToPath(url)}`);
}

mkdirSync(OUT, { recursive: true });
const index = [];
for (const { sheet: sheetFile, file } of COMPETITIONS) {
  const sheet = parse(readFileSync(new URL(sheetFile, FACTS), 'utf8'));
  const competition = buildCompetition(sheet);
  writeJson(file, competition);
  index.push({ id: competition.id, name: competition.name, file });
}
writeJson('index.json', { competitions: index });
