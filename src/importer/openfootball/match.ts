// The common list both openfootball readers produce: one record per match as the file prints it,
// before any reading of ties, rules or brackets (that is build.ts's work).

/** Goals of team1 and team2. */
export type Pair = readonly [number, number];

export interface FootballScore {
  /** After 90 minutes. */
  ft: Pair | null;
  /** After extra time (goals of the 90 minutes included), when the match went to extra time. */
  et: Pair | null;
  /** Kicks scored in the shoot-out. */
  p: Pair | null;
  ht: Pair | null;
}

export interface FootballMatch {
  /** 1-based line of the file the match is on (for Football.JSON, the line of its `{`). */
  line: number;
  /** The round heading as printed: "Finals, Round of 16", "Playoffs, Matchday 2". */
  round: string;
  /** ISO date, or null when the file gives none. */
  date: string | null;
  /** Kick-off "HH:MM", or null. */
  time: string | null;
  team1: string;
  team2: string;
  /** Country codes as printed in "(ENG)", upper-cased; null when none. */
  country1: string | null;
  country2: string | null;
  score: FootballScore;
  awarded: boolean;
  /** The aggregate the file states after the match ("[agg 3-0]"), team1's goals first. */
  statedAggregate?: Pair;
  /** Said to be at a neutral ground by the file (Football.JSON may say so); usually not known. */
  neutral?: boolean;
  venue: string | null;
  city: string | null;
}

export interface MatchList {
  /** The `= Title` line, or Football.JSON's `name`. */
  title: string | null;
  titleLine: number | null;
  matches: FootballMatch[];
}

export const NO_SCORE: FootballScore = { ft: null, et: null, p: null, ht: null };
