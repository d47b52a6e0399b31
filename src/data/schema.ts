// The wire format of a competition file, as a valibot schema. public/data/schema.json is generated
// from it (`npm run schema`), so the published JSON Schema and the validation never drift apart.
import * as v from 'valibot';

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(80));
const text = v.pipe(v.string(), v.maxLength(2000));
const name = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const isoDate = v.pipe(v.string(), v.isoDate());
const goals = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(99));
const unconfirmed = v.exactOptional(v.array(v.string()));

export const TeamSchema = v.object({
  id,
  name,
  fullName: v.exactOptional(name),
  country: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'a three-letter country code such as PAR')),
  ranking: v.nullable(v.pipe(v.number(), v.minValue(0))),
  entry: id,
  aliases: v.array(name),
  unconfirmed,
  note: v.exactOptional(text),
});

const stageRound = v.union([
  v.object({
    kind: v.picklist(['stage', 'round', 'qualifying-round']),
    number: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20)),
  }),
  v.object({
    kind: v.picklist([
      'play-off-round',
      'knockout-play-offs',
      'round-of-16',
      'quarter-finals',
      'semi-finals',
      'final',
    ]),
  }),
]);

export const LegSchema = v.object({
  date: v.nullable(isoDate),
  time: v.exactOptional(
    v.nullable(v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time such as 20:45'))),
  ),
  home: id,
  away: id,
  homeGoals: v.nullable(goals),
  awayGoals: v.nullable(goals),
  regularTime: v.exactOptional(v.object({ homeGoals: goals, awayGoals: goals })),
  awarded: v.exactOptional(v.object({ reason: v.nullable(text) })),
  neutral: v.exactOptional(v.boolean()),
  venue: v.nullable(name),
  city: v.nullable(name),
  unconfirmed,
  note: v.exactOptional(text),
});

const DestinationSchema = v.union([v.object({ tie: id, slot: v.picklist([0, 1]) }), v.object({ exit: id })]);

export const TieSchema = v.object({
  id,
  teams: v.tuple([id, id]),
  legs: v.pipe(v.array(LegSchema), v.maxLength(2)),
  penalties: v.nullable(
    v.pipe(
      v.unknown(),
      // valibot's record alone would read an array as an empty record.
      v.check((input) => !Array.isArray(input), 'an object of kicks scored by team id, not an array'),
      v.record(id, v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(50))),
    ),
  ),
  walkover: v.nullable(v.object({ reason: v.nullable(text) })),
  winner: v.nullable(id),
  decidedBy: v.nullable(v.picklist(['aggregate', 'away-goals', 'penalties', 'walkover'])),
  winnerTo: DestinationSchema,
  loserTo: DestinationSchema,
  unconfirmed,
});

const PotEntrySchema = v.union([
  v.object({ team: id, ranking: v.nullable(v.number()) }),
  v.object({ winnerOf: id }),
]);

export const StageSchema = v.object({
  id,
  name,
  round: v.exactOptional(stageRound),
  order: v.pipe(v.number(), v.integer(), v.minValue(1)),
  dates: v.object({ firstLegs: v.array(isoDate), secondLegs: v.array(isoDate) }),
  tieIds: v.picklist(['official', 'local']),
  draw: v.nullable(
    v.object({
      date: isoDate,
      place: v.nullable(name),
      pots: v.array(v.object({ name, entries: v.array(PotEntrySchema) })),
      rules: v.array(text),
    }),
  ),
  ties: v.pipe(v.array(TieSchema), v.maxLength(10_000)),
});

export const CompetitionSchema = v.object({
  $schema: v.exactOptional(v.string()),
  formatVersion: v.literal(1),
  id,
  name,
  confederation: name,
  season: name,
  dates: v.object({ start: isoDate, end: isoDate }),
  seeding: v.object({
    ranking: name,
    kind: v.picklist(['position', 'points']),
    asOf: v.nullable(isoDate),
  }),
  rules: v.object({
    awayGoals: v.boolean(),
    extraTime: v.boolean(),
    awayGoalsInExtraTime: v.exactOptional(v.boolean()),
    regulation: text,
    hosting: v.array(text),
  }),
  exits: v.array(
    v.object({
      id,
      name,
      kind: v.picklist(['advance', 'transfer', 'out']),
      phase: v.exactOptional(v.picklist(['group-stage', 'league-phase', 'round', 'title', 'eliminated'])),
      round: v.exactOptional(stageRound),
      competitionName: v.exactOptional(name),
      to: v.exactOptional(v.object({ competition: id, stage: v.nullable(id) })),
    }),
  ),
  teams: v.pipe(v.array(TeamSchema), v.minLength(2)),
  stages: v.pipe(v.array(StageSchema), v.minLength(1)),
  notes: v.array(
    v.object({
      id,
      about: v.union([
        v.object({ tie: id }),
        v.object({ team: id }),
        v.object({ stage: id }),
        v.object({ competition: v.literal(true) }),
      ]),
      source: text,
      text,
      resolution: v.nullable(text),
    }),
  ),
  sources: v.array(v.object({ title: text, url: v.nullable(v.pipe(v.string(), v.url())) })),
});

export const CompetitionIndexSchema = v.object({
  competitions: v.array(v.object({ id, name, file: v.pipe(v.string(), v.regex(/^[\w.-]+\.json$/)) })),
});

/** teams.json: every club of the shipped competitions once, for the search across competitions. */
export const TeamIndexSchema = v.object({
  teams: v.array(
    v.object({
      name,
      fullName: v.exactOptional(name),
      country: TeamSchema.entries.country,
      aliases: v.array(name),
      in: v.pipe(v.array(v.object({ competition: id, team: id })), v.minLength(1)),
    }),
  ),
});
