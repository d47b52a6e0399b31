// The fact sheets of data/facts (conventions in data/facts/README.md), as far as the build reads them.
// A sheet is read like any file from outside: parsed and checked against this schema, each problem
// named by its path in the sheet. Fields the build does not read are let through unchecked.
import * as v from 'valibot';
import { parse } from 'yaml';
import { jsonPath, showValue } from '../../src/data/issues.ts';

const text = v.string();
/** null or absent: not known (sheets write both). */
const maybe = <T extends v.GenericSchema>(schema: T) => v.nullish(schema);
const oneOrMore = <T extends v.GenericSchema>(schema: T) => maybe(v.union([schema, v.array(schema)]));
const isoDate = v.pipe(v.string(), v.isoDate());

const LegSchema = v.looseObject({
  date: maybe(isoDate),
  home: text,
  away: text,
  home_goals: v.number(),
  away_goals: v.number(),
  venue: maybe(text),
  city: maybe(text),
  unconfirmed: oneOrMore(text),
  notes: maybe(text),
});

const TieSchema = v.looseObject({
  /** The organiser's code, or null where it publishes none (CAF): then `key` is ours. */
  id: maybe(text),
  key: maybe(text),
  teams: v.tuple([text, text]),
  legs: v.array(LegSchema),
  decided_by: maybe(v.picklist(['aggregate', 'away_goals', 'penalties', 'walkover'])),
  penalties: maybe(v.record(text, v.number())),
  winner: maybe(text),
  /** The next tie's id or key, or `group-stage`. */
  advances_to: text,
  loser_to: maybe(text),
  unconfirmed: oneOrMore(text),
  notes: maybe(text),
});

const PotEntrySchema = v.union([
  v.object({ placeholder: text }),
  v.object({ team: text, ranking: maybe(v.number()) }),
]);

const StageSchema = v.looseObject({
  id: text,
  name: text,
  dates: v.looseObject({ first_legs: v.array(isoDate), second_legs: v.array(isoDate) }),
  draw: maybe(
    v.looseObject({
      date: isoDate,
      pots: maybe(v.record(text, v.array(PotEntrySchema))),
      pots_source: maybe(text),
      unconfirmed: oneOrMore(text),
    }),
  ),
  ties: v.array(TieSchema),
});

const TeamSchema = v.looseObject({
  id: text,
  name: text,
  full_name: maybe(text),
  country: text,
  /** A ranking place (CONMEBOL) … */
  ranking: maybe(v.number()),
  /** … or ranking points (CAF). */
  ranking_points: maybe(v.number()),
  entry: text,
  aliases: oneOrMore(text),
  unconfirmed: oneOrMore(text),
  notes: maybe(text),
  former_names: oneOrMore(text),
  not_to_confuse_with: oneOrMore(text),
});

const CompetitionSchema = v.looseObject({
  id: text,
  name: text,
  confederation: text,
  season: text,
  dates: v.looseObject({ start: isoDate, end: isoDate }),
  draw: maybe(v.looseObject({ venue: maybe(text), city: maybe(text), country: maybe(text) })),
  seeding: v.looseObject({ ranking: text, as_of: maybe(isoDate), basis: maybe(text) }),
  rules: v.looseObject({
    tie_break: oneOrMore(text),
    away_goals: maybe(v.boolean()),
    extra_time: maybe(v.boolean()),
    regulation_ref: text,
    /** The hosting rule of each stage, by stage id. */
    hosting: maybe(v.record(text, text)),
    draw_restrictions: maybe(text),
  }),
});

const FactSheetSchema = v.looseObject({
  competition: CompetitionSchema,
  teams: v.array(TeamSchema),
  disambiguation: maybe(v.array(v.looseObject({ name: text, conclusion: text }))),
  stages: v.array(StageSchema),
  /** Where a source and the verified facts disagree: each entry becomes data notes. */
  inconsistencies: maybe(v.array(v.looseObject({ where: text, what: text, resolution: maybe(text) }))),
  sources: v.array(
    v.looseObject({ url: maybe(text), site: maybe(text), page: maybe(text), used_for: maybe(text) }),
  ),
});

export type FactSheet = v.InferOutput<typeof FactSheetSchema>;
export type SheetCompetition = FactSheet['competition'];
export type SheetTeam = FactSheet['teams'][number];
export type SheetStage = FactSheet['stages'][number];
export type SheetTie = SheetStage['ties'][number];
export type SheetLeg = SheetTie['legs'][number];
export type SheetInconsistency = NonNullable<FactSheet['inconsistencies']>[number];

/** A tie's id: the organiser's code, else the sheet's local key. */
export function tieId(tie: SheetTie): string {
  const id = tie.id ?? tie.key;
  if (!id) throw new Error(`a tie of ${tie.teams.join(' v ')} has neither id nor key`);
  return id;
}

/** Reads a fact sheet's YAML; throws an error naming every problem by its path in the sheet. */
export function readFactSheet(yaml: string): FactSheet {
  const result = v.safeParse(FactSheetSchema, parse(yaml) as unknown);
  if (result.success) return result.output;
  const problems = result.issues.map((issue) => {
    const path = jsonPath(issue.path?.map((item) => item.key as string | number) ?? []);
    // A missing key is reported at the key, with the key's name as what was expected.
    const expected = issue.input === undefined ? 'a value' : (issue.expected ?? issue.message);
    return `  ${path}: expected ${expected}, found ${showValue(issue.input)}`;
  });
  throw new Error(`not a fact sheet the build can read:\n${problems.join('\n')}`);
}
