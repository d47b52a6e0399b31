// fast-check arbitraries of *valid* competition files: random teams (names in any script, and names
// that look like HTML or break out of quotes), a knockout of 1–4 stages with byes and stage-skipping
// feeds, two legs with random goals or a walkover, a shoot-out exactly where the rules need one, and
// recorded winners computed with decideTie. Every value passes parseCompetition with no issue at all
// (checked as its own property in roundtrip.test.ts).
//
// The bracket's shape, every id, name, goal, shoot-out and walkover is a fast-check value of its own;
// the cosmetic fields of teams and ties (country, ranking, aliases, venue, notes, …) are rolled from
// one seed per item and the competition's pools of names and texts, which keeps 10 000 cases fast.
import fc from 'fast-check';
import { decideTie, type TieOutcome } from '../../src/domain/decide-tie.ts';
import type {
  Competition,
  DataNote,
  Destination,
  Exit,
  Leg,
  Pot,
  Rules,
  Stage,
  Team,
  Tie,
} from '../../src/domain/types.ts';

/** A competition as written in a file: the wire format also allows `$schema`. */
export type CompetitionFile = Competition & { $schema?: string };

/** Strings that have broken renderers, escapers and parsers before. */
export const NASTY_STRINGS: readonly string[] = [
  '<img src=x onerror=alert(1)>',
  '<script>alert("llave")</script>',
  '"><svg onload=alert(1)>',
  '"quoted" and \'single\'',
  "O'Higgins",
  'Club Atlético Peñarol',
  'São Paulo FC',
  'Deportivo Táchira',
  'Ñublense',
  'الأهلي',
  'الزمالك',
  '上海海港',
  '浦項スティーラース',
  '울산 HD',
  '⚽ 🦁 Leones',
  '👨‍👩‍👧‍👦 Family FC',
  '🇵🇾🇺🇾',
  'Ἀθῆναι',
  'Спартак',
  'ท่าเรือ',
  'עירוני',
  '\u202eRTL override',
  'e\u0301\u0301\u0301',
  'a\\b\\"c',
  '{"json": "inside"}',
  '${injection} {{mustache}}',
  '&amp; &lt;b&gt; &#x3C;',
  '\u0000 nul and \u0007 bell',
  'tab\tand\nnewline\r',
  '\u2028\u2029',
  '\ufeffBOM',
  '\ud800 lone surrogate',
  ' ',
];

/** Ids that are also names of Object.prototype members, numeric keys or JSON-path syntax. */
const ODD_IDS = [
  'toString',
  'hasOwnProperty',
  'valueOf',
  '0',
  '1',
  '-1',
  '1e3',
  '$',
  'a.b',
  'a[0]',
  '"',
  '\\',
];

/**
 * Keys valibot's `record` drops to prevent prototype pollution. `penalties` is keyed by team id, so
 * these are refused as team ids (see check-integrity.ts); any other id may take them.
 */
export const RESERVED_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

const nasty = fc.constantFrom(...NASTY_STRINGS);

/**
 * Any code point, lone surrogates included (JSON escapes them). Cheaper than `unit: 'binary'`, whose
 * first use builds a reverse table of every code point (about a second per worker).
 */
export const codePointArb: fc.Arbitrary<string> = fc
  .integer({ min: 0, max: 0x10ffff })
  .map((code) => String.fromCodePoint(code));
const anyChars = (minLength: number, maxLength: number) =>
  fc.string({ unit: codePointArb, minLength, maxLength });

/** Records with a plain prototype, like JSON.parse gives (and several times faster to generate). */
const record = <T>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }): fc.Arbitrary<T> =>
  fc.record(model, { noNullPrototype: true });

/** Free text (may be empty), at most a few dozen code units. */
export const textArb: fc.Arbitrary<string> = fc.oneof(
  nasty,
  fc.constant(''),
  fc.string({ unit: 'grapheme', maxLength: 10 }),
  anyChars(0, 6),
);

/** A name: non-empty text in any script. */
export const nameArb: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: nasty, weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }), weight: 2 },
  { arbitrary: anyChars(1, 6), weight: 1 },
);

/** A team id: anything from a slug to emoji or markup, except the reserved keys. */
export const teamIdArb: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 8 }), weight: 3 },
  { arbitrary: fc.constantFrom(...ODD_IDS), weight: 1 },
  { arbitrary: nasty, weight: 1 },
  { arbitrary: anyChars(1, 5), weight: 1 },
);

/** Any other id (tie, stage, exit, note): the reserved keys are fine there. */
export const idArb: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: teamIdArb, weight: 6 },
  { arbitrary: fc.constantFrom(...RESERVED_KEYS), weight: 1 },
);

/** A FIFA-style trigram from a number below 26³. */
const trigram = (n: number) =>
  String.fromCharCode(65 + (n % 26), 65 + (Math.floor(n / 26) % 26), 65 + (Math.floor(n / 676) % 26));

const DAY = 86_400_000;
const EPOCH = Date.UTC(2000, 0, 1);
const isoDays: string[] = [];
export const isoDay = (day: number): string =>
  (isoDays[day] ??= new Date(EPOCH + day * DAY).toISOString().slice(0, 10));
const dayArb = fc.integer({ min: 0, max: 30 * 366 });
const maybe = <T>(arb: fc.Arbitrary<T>, freq = 3): fc.Arbitrary<T | null> =>
  fc.option(arb, { nil: null, freq });
const fewTexts = fc.array(textArb, { maxLength: 2 });
const UNCONFIRMABLE = ['date', 'venue', 'city', 'homeGoals', 'awayGoals', 'ranking', 'name', 'winner'];

/** Gives every raw id a unique spelling, keeping the first occurrence as it is. */
function uniqueIds(raw: readonly string[]): string[] {
  const seen = new Set<string>();
  return raw.map((id, i) => {
    let unique = id;
    for (let n = i; seen.has(unique); n += raw.length) unique = `${id}~${n}`;
    seen.add(unique);
    return unique;
  });
}

// ---- The bracket's skeleton: how many ties per stage, and which slots take a bye ---------------------

interface SlotPlan {
  /** Take a team entering here (a bye) even when an earlier winner is waiting. */
  bye: boolean;
  /** Which waiting winner to take. */
  pick: number;
}

/** Where a slot's team comes from: a new team (index into teams) or the winner of a tie (global index). */
type Source = { team: number } | { winnerOf: number };

interface Plan {
  /** Per stage, per tie: the two slots' sources. Ties are numbered globally in stage order. */
  stages: (readonly [Source, Source])[][];
  /** Per team, the stage index it enters at. */
  teamEntry: number[];
  tieCount: number;
}

const slotArb = record({ bye: fc.boolean(), pick: fc.nat(7) });
/** Size of the generated bracket. */
export interface BracketSize {
  /** Stages, 1 to this (default 4). */
  maxStages?: number;
  /** Ties per stage, 1 to this (default 3). */
  maxTies?: number;
  /** Ties in the first stage, at least this (default 1). */
  minFirstTies?: number;
}

const skeletonArb = ({ maxStages = 4, maxTies = 3, minFirstTies = 1 }: BracketSize) => {
  const stage = (minLength: number) =>
    fc.array(fc.tuple(slotArb, slotArb), { minLength, maxLength: Math.max(minLength, maxTies) });
  return fc
    .tuple(stage(minFirstTies), fc.array(stage(1), { maxLength: maxStages - 1 }))
    .map(([first, rest]) => [first, ...rest]);
};

/** Resolves the skeleton: each stage's slots take waiting winners of earlier stages or new teams. */
function plan(skeleton: readonly (readonly (readonly [SlotPlan, SlotPlan])[])[]): Plan {
  const teamEntry: number[] = [];
  const waiting: number[] = [];
  let tieCount = 0;
  const stages = skeleton.map((ties, s) => {
    const stageTies = ties.map((slots) => {
      const sources = slots.map((slot): Source => {
        if (s > 0 && !slot.bye && waiting.length > 0) {
          const [winnerOf] = waiting.splice(slot.pick % waiting.length, 1);
          if (winnerOf !== undefined) return { winnerOf };
        }
        teamEntry.push(s);
        return { team: teamEntry.length - 1 };
      });
      return [sources[0]!, sources[1]!] as const;
    });
    stageTies.forEach(() => waiting.push(tieCount++));
    return stageTies;
  });
  return { stages, teamEntry, tieCount };
}

// ---- Details, once the counts are known ---------------------------------------------------------------

/**
 * A seed for an item's cosmetic fields (country, ranking, aliases, venue, notes, …), drawn with `dice`
 * from the competition's pools of names and texts: one number instead of a dozen arbitraries keeps a
 * case fast. Everything that decides a tie (goals, kicks, walkovers) and every id stays a fast-check
 * value of its own, so shrinking still simplifies what matters.
 */
const seedArb = fc.noBias(fc.nat());

/** mulberry32: `dice(seed)(n)` is an integer below n. */
function dice(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

const teamDetailArb = record({ name: nameArb, seed: seedArb });

const goalsArb = fc.integer({ min: 0, max: 5 });
const tieDetailArb = record({
  id: idArb,
  /** One tie in eight is a walkover. */
  walkover: fc.noBias(fc.nat(7)).map((n) => n === 0),
  goals: fc.tuple(goalsArb, goalsArb, goalsArb, goalsArb),
  kicks: fc.tuple(fc.nat(12), fc.nat(12)),
  seed: seedArb,
});

const stageDetailArb = record({
  id: idArb,
  name: nameArb,
  orderGap: fc.integer({ min: 1, max: 3 }),
  day: fc.nat(365),
  tieIds: fc.constantFrom('official' as const, 'local' as const),
  draw: maybe(
    record({
      day: fc.nat(30),
      place: maybe(nameArb),
      potNames: fc.tuple(nameArb, nameArb),
      rules: fewTexts,
    }),
  ),
});

const exitArb = record({ id: idArb, name: nameArb });
const exitsArb = record({ advance: exitArb, out: exitArb, transfer: maybe(exitArb, 2) });

const poolsArb = record({
  names: fc.array(nameArb, { minLength: 6, maxLength: 6 }),
  texts: fc.array(textArb, { minLength: 4, maxLength: 4 }),
});

const noteDetailArb = record({
  id: idArb,
  about: fc.constantFrom('tie', 'team', 'stage', 'competition'),
  pick: fc.nat(40),
  source: textArb,
  text: textArb,
  resolution: maybe(textArb),
});

const metaArb = record({
  $schema: maybe(fc.constantFrom('./schema.json', 'https://example.org/llave.schema.json', '')),
  id: idArb,
  name: nameArb,
  confederation: nameArb,
  season: nameArb,
  start: dayArb,
  end: dayArb,
  seeding: record({
    ranking: nameArb,
    kind: fc.constantFrom('position' as const, 'points' as const),
    asOf: maybe(dayArb),
  }),
  awayGoals: fc.boolean(),
  extraTime: fc.boolean(),
  awayGoalsInExtraTime: fc.boolean(),
  regulation: textArb,
  hosting: fewTexts,
  sources: fc.array(
    record({
      title: textArb,
      url: maybe(
        fc.constantFrom(
          'https://www.conmebol.com/',
          'http://example.org/a?b=c#d',
          'https://例え.jp/パス?q=1',
          'mailto:data@example.org',
        ),
      ),
    }),
    { maxLength: 2 },
  ),
});

type Value<A> = A extends fc.Arbitrary<infer T> ? T : never;

interface Details {
  teamIds: string[];
  teams: Value<typeof teamDetailArb>[];
  ties: Value<typeof tieDetailArb>[];
  stages: Value<typeof stageDetailArb>[];
  exits: Value<typeof exitsArb>;
  notes: Value<typeof noteDetailArb>[];
  meta: Value<typeof metaArb>;
  pools: Value<typeof poolsArb>;
}

/** Cosmetic fields drawn from a seed and the competition's pools. */
function cosmetics(seed: number, pools: Value<typeof poolsArb>) {
  const roll = dice(seed);
  const oneIn = (n: number) => roll(n) === 0;
  const name = () => pools.names[roll(pools.names.length)]!;
  const text = () => pools.texts[roll(pools.texts.length)]!;
  const unconfirmed = () => {
    const first = roll(UNCONFIRMABLE.length);
    const second = roll(UNCONFIRMABLE.length);
    return first === second ? [UNCONFIRMABLE[first]!] : [UNCONFIRMABLE[first]!, UNCONFIRMABLE[second]!];
  };
  return { roll, oneIn, name, text, unconfirmed };
}

/** Builds the competition the plan and the details describe, deciding every tie with decideTie. */
function build(p: Plan, d: Details): CompetitionFile {
  const { meta, pools } = d;
  const teamIds = uniqueIds(d.teamIds);
  const tieIds = uniqueIds(d.ties.map((tie) => tie.id));
  const stageIds = uniqueIds(d.stages.map((stage) => stage.id));
  const exitRaw = [d.exits.advance, d.exits.out, ...(d.exits.transfer ? [d.exits.transfer] : [])];
  const exitIds = uniqueIds(exitRaw.map((exit) => exit.id));
  const exits: Exit[] = exitRaw.map((exit, i) => ({
    id: exitIds[i]!,
    name: exit.name,
    kind: i === 0 ? 'advance' : i === 1 ? 'out' : 'transfer',
  }));
  const losersExits = exitIds.slice(1);
  const rules: Rules = {
    awayGoals: meta.awayGoals,
    extraTime: meta.extraTime,
    regulation: meta.regulation,
    hosting: meta.hosting,
  };
  if (meta.awayGoals && meta.extraTime) rules.awayGoalsInExtraTime = meta.awayGoalsInExtraTime;

  // Objects are built whole and optional keys added after: spreads of varying shapes are slow in V8.
  const teams = d.teams.map((team, n) => {
    const { roll, oneIn, name, text, unconfirmed } = cosmetics(team.seed, pools);
    const position = roll(200) + 1;
    const points = roll(1_000_000) / (oneIn(2) ? 100 : 7);
    const built: Team = {
      id: teamIds[n]!,
      name: team.name,
      country: trigram(roll(26 ** 3)),
      ranking: oneIn(6) ? null : meta.seeding.kind === 'points' ? points : position,
      entry: stageIds[p.teamEntry[n]!]!,
      aliases: Array.from({ length: roll(3) }, name),
    };
    if (oneIn(4)) built.fullName = name();
    if (oneIn(4)) built.unconfirmed = unconfirmed();
    if (oneIn(5)) built.note = text();
    return built;
  });

  // Global tie index of each stage's first tie, and where each fed winner goes.
  const offsets: number[] = [];
  p.stages.reduce((offset, ties) => (offsets.push(offset), offset + ties.length), 0);
  const feeds = new Map<number, Destination>();
  p.stages.forEach((ties, s) =>
    ties.forEach((sources, t) =>
      sources.forEach((source, slot) => {
        if ('winnerOf' in source)
          feeds.set(source.winnerOf, { tie: tieIds[offsets[s]! + t]!, slot: slot as 0 | 1 });
      }),
    ),
  );

  const winners: string[] = [];
  let order = 0;
  const stages: Stage[] = p.stages.map((planned, s) => {
    const detail = d.stages[s]!;
    order += detail.orderGap;
    const stageDay = s * 400 + detail.day;
    const ties = planned.map((sources, t): Tie => {
      const g = offsets[s]! + t;
      const tie = d.ties[g]!;
      const { roll, oneIn, name, text, unconfirmed } = cosmetics(tie.seed, pools);
      const side = (source: Source) => ('team' in source ? teamIds[source.team]! : winners[source.winnerOf]!);
      const teams = [side(sources[0]), side(sources[1])] as const;
      const [a, b] = teams;
      const leg = (home: string, away: string, homeGoals: number, awayGoals: number, day: number) => {
        const built: Leg = {
          date: oneIn(5) ? null : isoDay(day),
          home,
          away,
          homeGoals,
          awayGoals,
          venue: oneIn(3) ? null : name(),
          city: oneIn(3) ? null : name(),
        };
        if (oneIn(3)) built.time = `${String(roll(24)).padStart(2, '0')}:${roll(4) * 15 || '00'}`;
        if (oneIn(4)) built.unconfirmed = unconfirmed();
        if (oneIn(6)) built.note = text();
        return built;
      };
      let legs: Leg[] = [];
      let penalties: Record<string, number> | null = null;
      let outcome: TieOutcome;
      if (tie.walkover) {
        const winner = roll(2) === 0 ? a : b;
        outcome = decideTie({ teams, legs, penalties, walkover: { reason: null }, winner }, rules);
      } else {
        const [h1, a1, h2, a2] = tie.goals;
        legs = [leg(a, b, h1, a1, stageDay + roll(21)), leg(b, a, h2, a2, stageDay + 21 + roll(21))];
        // A shoot-out score that cannot end level; decideTie reads it only when the rules need it, and
        // the file records it only then.
        const [kicksA, kicksB] = tie.kicks;
        const shootOut = { [a]: kicksA, [b]: kicksA === kicksB ? kicksB + 1 : kicksB };
        outcome = decideTie({ teams, legs, penalties: shootOut, walkover: null, winner: null }, rules);
        if (outcome.status === 'invalid' && outcome.reason.code === 'extra-time-missing') {
          // Level after 90 minutes under rules with extra time: the second leg went to it, and maybe
          // one side scored in it.
          const extra = roll(3);
          legs[1] = {
            ...legs[1]!,
            homeGoals: h2 + (extra === 1 ? 1 : 0),
            awayGoals: a2 + (extra === 2 ? 1 : 0),
            regularTime: { homeGoals: h2, awayGoals: a2 },
          };
          outcome = decideTie({ teams, legs, penalties: shootOut, walkover: null, winner: null }, rules);
        }
        if (outcome.status === 'decided' && outcome.decidedBy === 'penalties') penalties = shootOut;
      }
      if (outcome.status !== 'decided')
        throw new Error(`arbitrary built an undecided tie: ${JSON.stringify(outcome)}`);
      winners[g] = outcome.winner;
      const built: Tie = {
        id: tieIds[g]!,
        teams,
        legs,
        penalties,
        walkover: tie.walkover ? { reason: oneIn(2) ? null : text() } : null,
        winner: outcome.winner,
        // One tie in ten records no `decidedBy`: a missing claim is not a contradiction.
        decidedBy: oneIn(10) ? null : outcome.decidedBy,
        winnerTo: feeds.get(g) ?? { exit: exitIds[0]! },
        loserTo: { exit: losersExits[roll(losersExits.length)]! },
      };
      if (oneIn(4)) built.unconfirmed = unconfirmed();
      return built;
    });
    const legDates = (n: 0 | 1) =>
      [...new Set(ties.flatMap((tie) => (tie.legs[n]?.date ? [tie.legs[n].date] : [])))].sort();
    const entry = (source: Source): Pot['entries'][number] =>
      'team' in source
        ? { team: teamIds[source.team]!, ranking: teams[source.team]!.ranking }
        : { winnerOf: tieIds[source.winnerOf]! };
    const draw = detail.draw;
    return {
      id: stageIds[s]!,
      name: detail.name,
      order,
      dates: { firstLegs: legDates(0), secondLegs: legDates(1) },
      tieIds: detail.tieIds,
      draw:
        draw === null
          ? null
          : {
              date: isoDay(Math.max(0, stageDay - 1 - draw.day)),
              place: draw.place,
              pots: [
                { name: draw.potNames[0], entries: planned.map((sources) => entry(sources[1])) },
                { name: draw.potNames[1], entries: planned.map((sources) => entry(sources[0])) },
              ],
              rules: draw.rules,
            },
      ties,
    };
  });

  const noteIds = uniqueIds(d.notes.map((note) => note.id));
  const notes: DataNote[] = d.notes.map((note, i) => {
    const pick = <T>(list: readonly T[]): T => list[note.pick % list.length]!;
    return {
      id: noteIds[i]!,
      about:
        note.about === 'tie'
          ? { tie: pick(tieIds) }
          : note.about === 'team'
            ? { team: pick(teamIds) }
            : note.about === 'stage'
              ? { stage: pick(stageIds) }
              : { competition: true },
      source: note.source,
      text: note.text,
      resolution: note.resolution,
    };
  });

  const file: CompetitionFile = {
    formatVersion: 1,
    id: meta.id,
    name: meta.name,
    confederation: meta.confederation,
    season: meta.season,
    dates: { start: isoDay(Math.min(meta.start, meta.end)), end: isoDay(Math.max(meta.start, meta.end)) },
    seeding: {
      ranking: meta.seeding.ranking,
      kind: meta.seeding.kind,
      asOf: meta.seeding.asOf === null ? null : isoDay(meta.seeding.asOf),
    },
    rules,
    exits,
    teams,
    stages,
    notes,
    sources: meta.sources,
  };
  if (meta.$schema !== null) file.$schema = meta.$schema;
  return file;
}

const exactly = (n: number) => ({ minLength: n, maxLength: n });

/** Valid competition files of the given size: parseCompetition accepts each with no issue. */
export const competitions = (size: BracketSize = {}): fc.Arbitrary<CompetitionFile> =>
  skeletonArb(size)
    .map(plan)
    .chain((p) =>
      record({
        teamIds: fc.array(teamIdArb, exactly(p.teamEntry.length)),
        teams: fc.array(teamDetailArb, exactly(p.teamEntry.length)),
        ties: fc.array(tieDetailArb, exactly(p.tieCount)),
        stages: fc.array(stageDetailArb, exactly(p.stages.length)),
        exits: exitsArb,
        notes: fc.array(noteDetailArb, { maxLength: 2 }),
        meta: metaArb,
        pools: poolsArb,
      }).map((details) => build(p, details)),
    );

/** A valid competition file of up to 4 stages of up to 3 ties. */
export const competitionArb: fc.Arbitrary<CompetitionFile> = competitions();

/** The competition a parser should give back for a file: the file without `$schema`. */
export function withoutSchema(file: CompetitionFile): Competition {
  const { $schema: _ignored, ...competition } = file;
  return competition;
}
