// Ties and legs as CSV for data people: one row per leg (a walkover is one row without a leg), RFC 4180
// quoting, CRLF line ends, a header row. Unknown values are empty cells, never invented. Outcomes are
// recomputed from the legs and the rules (decideTie, through the tie's view), as everywhere in the app:
// a recorded winner is a claim.
import { stagesInOrder } from '../domain/progression.ts';
import type { Competition, Leg, TeamId, TieId } from '../domain/types.ts';
import type { TieView } from './tie-view.ts';

export const CSV_COLUMNS = [
  'competition_id',
  'competition',
  'stage_id',
  'stage',
  'tie',
  'leg',
  'date',
  'home_team_id',
  'home_team',
  'home_country',
  'away_team_id',
  'away_team',
  'away_country',
  'home_goals',
  'away_goals',
  'venue',
  'city',
  // The tie's aggregate for this row's home and away team, once both legs are played.
  'tie_aggregate_home',
  'tie_aggregate_away',
  // Kicks scored in the tie's shoot-out by this row's home and away team.
  'penalties_home',
  'penalties_away',
  'tie_winner_id',
  'tie_winner',
  // aggregate, away-goals, penalties or walkover; empty while undecided or when the legs are invalid.
  'decided_by',
  'walkover_reason',
  // Fields of the row not verified by a second source ("venue;city"; tie-level ones as "tie.reason").
  'unconfirmed',
  // Local kick-off time ("20:45"), when known.
  'kickoff',
  // The score after 90 minutes, for a leg that went to extra time (home_goals/away_goals are after it).
  'home_goals_90',
  'away_goals_90',
  // "yes" for a result awarded by the organiser, not played.
  'awarded',
  // "yes" for a match at a neutral venue (home_team is then the team named first).
  'neutral',
  // decided, in-progress (some legs played), scheduled (both teams known) or pending (a team not known).
  'tie_state',
  // "yes" for a tie a what-if decided or filled: hypothetical, not a real result.
  'hypothetical',
] as const;

type Column = (typeof CSV_COLUMNS)[number];
type Cell = string | number | null | undefined;
type Row = Record<Column, Cell>;

/**
 * A cell that a spreadsheet would read as a formula (=, +, -, @, or a tab or carriage return that some
 * spreadsheets strip before those) gets a leading apostrophe: team names come from imported files.
 */
export function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** RFC 4180: a field holding a comma, a double quote or a line break is quoted, quotes doubled. */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? String(value) : guardFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const csvLine = (cells: readonly Cell[]) => cells.map(csvField).join(',');

/** `views` presents each tie (tieViews): outcome and team labels as every view shows them. */
export function competitionToCsv(
  competition: Competition,
  views: (tieId: TieId) => TieView | undefined,
): string {
  const stages = stagesInOrder(competition);
  const lines = [csvLine(CSV_COLUMNS)];
  for (const stage of stages) {
    for (const tie of stage.ties) {
      const view = views(tie.id);
      if (!view) continue;
      for (const row of tieRows(competition, view))
        lines.push(csvLine(CSV_COLUMNS.map((column) => row[column])));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

function tieRows(competition: Competition, view: TieView): Row[] {
  const { tie, stage, outcome, sides } = view;
  const decided = outcome.status === 'decided' ? outcome : null;
  const complete = decided !== null || (outcome.status === 'pending' && outcome.awaiting === 'shoot-out');
  const aggregate =
    complete && tie.legs.length > 0 && outcome.status !== 'invalid' ? outcome.aggregate : null;
  const side = new Map(sides.map((s) => [s.id, s]));
  const label = (id: TeamId) => side.get(id)?.label ?? id;
  const tieUnconfirmed = (tie.unconfirmed ?? []).map((field) => `tie.${field}`);

  // A walkover has no legs: one row with the tie's teams in drawn order (teams[0] was to host the first leg).
  const legs: (Leg | null)[] = tie.legs.length ? [...tie.legs] : [null];
  return legs.map((leg, index) => {
    const home = leg ? leg.home : tie.teams[0];
    const away = leg ? leg.away : tie.teams[1];
    return {
      competition_id: competition.id,
      competition: competition.name,
      stage_id: stage.id,
      stage: stage.name,
      tie: tie.id,
      leg: leg ? index + 1 : null,
      date: leg?.date,
      home_team_id: home,
      home_team: label(home),
      home_country: side.get(home)?.country,
      away_team_id: away,
      away_team: label(away),
      away_country: side.get(away)?.country,
      home_goals: leg?.homeGoals,
      away_goals: leg?.awayGoals,
      venue: leg?.venue,
      city: leg?.city,
      tie_aggregate_home: aggregate?.[home],
      tie_aggregate_away: aggregate?.[away],
      penalties_home: tie.penalties?.[home],
      penalties_away: tie.penalties?.[away],
      tie_winner_id: decided?.winner,
      tie_winner: decided ? label(decided.winner) : null,
      decided_by: decided?.decidedBy,
      walkover_reason: tie.walkover?.reason,
      unconfirmed: [...(leg?.unconfirmed ?? []), ...tieUnconfirmed].join(';') || null,
      kickoff: leg?.time,
      home_goals_90: leg?.regularTime?.homeGoals,
      away_goals_90: leg?.regularTime?.awayGoals,
      awarded: leg?.awarded ? 'yes' : null,
      neutral: leg?.neutral ? 'yes' : null,
      tie_state: view.state,
      hypothetical: view.hypothetical ? 'yes' : null,
    };
  });
}
