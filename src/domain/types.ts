// The domain nouns of Llave. These types mirror the published JSON format (public/data/schema.json,
// generated from src/data/schema.ts); see README "Data format".

export type TeamId = string;
export type TieId = string;
export type StageId = string;

/** Fields of a record that could not be verified against a second source. */
export type Unconfirmed = readonly string[];

export interface Team {
  id: TeamId;
  /** As printed by the sources. Two clubs may share a name; see `teamLabel`. */
  name: string;
  fullName?: string;
  /** FIFA trigram (ZAN for Zanzibar). */
  country: string;
  /** Position (CONMEBOL, lower is better) or points (CAF, higher is better); see `Competition.seeding`. */
  ranking: number | null;
  /** Stage at which the team entered: a team entering after the first stage had a bye. */
  entry: StageId;
  aliases: readonly string[];
  unconfirmed?: Unconfirmed;
  note?: string;
}

export interface Leg {
  date: string | null;
  /** Kick-off, local time at the venue ("20:45"), when known. */
  time?: string | null;
  /** The team named first; at a neutral venue (`neutral`), not a host. */
  home: TeamId;
  away: TeamId;
  /** Goals at the end of the leg, extra time included; null for both: not played yet (or not known). */
  homeGoals: number | null;
  awayGoals: number | null;
  /** The score after 90 minutes, given when the leg went to extra time ("a.e.t."). */
  regularTime?: { homeGoals: number; awayGoals: number };
  /** A result awarded by the organiser (typically 3–0), not played on the pitch. */
  awarded?: { reason: string | null };
  /** Played at a neutral ground (a one-match final): neither side was at home. */
  neutral?: boolean;
  venue: string | null;
  city: string | null;
  unconfirmed?: Unconfirmed;
  note?: string;
}

export type DecidedBy = 'aggregate' | 'away-goals' | 'penalties' | 'walkover';

/** Where a team goes after a tie: the slot (0 or 1, an index into `teams`) of a later tie, or an exit. */
export type Destination = { tie: TieId; slot: 0 | 1 } | { exit: string };

export interface Tie {
  /** Official code (E1, C2, G3) or, where the organiser publishes none (CAF), a local key (R1-01). */
  id: TieId;
  /** Both teams; for a played tie, teams[0] hosted the first leg. */
  teams: readonly [TeamId, TeamId];
  /**
   * In playing order: two for a two-legged tie, one for a single match (a final, a one-off round);
   * a leg not played yet has null goals. Empty for a walkover.
   */
  legs: readonly Leg[];
  /** Kicks scored in the shoot-out, by team id. */
  penalties: Readonly<Record<TeamId, number>> | null;
  walkover: { reason: string | null } | null;
  /** Recorded winner: a claim that validation checks against the rules. */
  winner: TeamId | null;
  decidedBy: DecidedBy | null;
  winnerTo: Destination;
  loserTo: Destination;
  unconfirmed?: Unconfirmed;
}

export interface Pot {
  name: string;
  /** A team, or a placeholder for the winner of an earlier tie not known at the draw. */
  entries: readonly ({ team: TeamId; ranking: number | null } | { winnerOf: TieId })[];
}

export interface Draw {
  date: string;
  place: string | null;
  /** Empty when the draw had no pots (CAF: the entry round decided by ranking). */
  pots: readonly Pot[];
  rules: readonly string[];
}

/**
 * What a stage is called, when it is one the app can name in every language; its `name` is the
 * source's wording, shown where the app has no words of its own.
 */
export type StageRound =
  | { kind: 'stage' | 'round' | 'qualifying-round'; number: number }
  | {
      kind:
        'play-off-round' | 'knockout-play-offs' | 'round-of-16' | 'quarter-finals' | 'semi-finals' | 'final';
    };

export interface Stage {
  id: StageId;
  name: string;
  round?: StageRound;
  order: number;
  dates: { firstLegs: readonly string[]; secondLegs: readonly string[] };
  /** Whether tie ids are the organiser's codes or keys we made. */
  tieIds: 'official' | 'local';
  draw: Draw | null;
  ties: readonly Tie[];
}

export interface Rules {
  /** Away goals break a level aggregate before penalties. */
  awayGoals: boolean;
  /** Extra time before penalties when still level. */
  extraTime: boolean;
  /**
   * Away goals scored in extra time count double too (UEFA up to 2020-21); otherwise a tie level
   * after extra time goes to penalties. Absent: false.
   */
  awayGoalsInExtraTime?: boolean;
  regulation: string;
  /** Sentences for the draw and hosting rules as published. */
  hosting: readonly string[];
}

export interface Exit {
  id: string;
  /** As the source words it; shown where the app has no words of its own (see `phase`). */
  name: string;
  /** 'advance' for a place won, 'transfer' to another competition, 'out' for eliminated. */
  kind: 'advance' | 'transfer' | 'out';
  /** What the exit leads to, for the app's own words: "the Copa Sudamericana group stage". */
  phase?: ExitPhase;
  /** With phase 'round': which round of the other competition ("third qualifying round"). */
  round?: StageRound;
  /** The competition it leads to, as named (a proper noun, never translated): "Copa Sudamericana". */
  competitionName?: string;
  /** The competition (and its stage) in Llave that the exit leads to, when there is one. */
  to?: { competition: string; stage: StageId | null };
}

export type ExitPhase = 'group-stage' | 'league-phase' | 'round' | 'title' | 'eliminated';

export interface DataNote {
  id: string;
  /** What the note is about: a tie, a team, a stage, or the competition. */
  about: { tie: TieId } | { team: TeamId } | { stage: StageId } | { competition: true };
  /** Where the disagreement or gap was found (e.g. "seed article"). */
  source: string;
  text: string;
  resolution: string | null;
}

export interface Competition {
  formatVersion: 1;
  id: string;
  name: string;
  confederation: string;
  season: string;
  dates: { start: string; end: string };
  seeding: { ranking: string; kind: 'position' | 'points'; asOf: string | null };
  rules: Rules;
  exits: readonly Exit[];
  teams: readonly Team[];
  stages: readonly Stage[];
  notes: readonly DataNote[];
  sources: readonly { title: string; url: string | null }[];
}

export interface CompetitionIndexEntry {
  id: string;
  name: string;
  file: string;
}
