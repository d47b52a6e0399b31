import { describe, expect, it } from 'vitest';
import { shippedCompetition } from '../../tests/files.ts';
import { competitionToCsv, CSV_COLUMNS, csvField, guardFormula } from './export-csv.ts';
import type { Competition } from '../domain/types.ts';
import { tieViews } from '../store/derived.ts';

const libertadores = shippedCompetition('libertadores-2024-qualifying.json');
const caf = shippedCompetition('caf-cc-2023-24-qualifying.json');

const csvOf = (competition: Competition) => competitionToCsv(competition, tieViews(competition, 'en'));
const lines = (csv: string) => csv.split('\r\n').slice(0, -1);

const HEADER =
  'competition_id,competition,stage_id,stage,tie,leg,date,home_team_id,home_team,home_country,away_team_id,away_team,away_country,home_goals,away_goals,venue,city,tie_aggregate_home,tie_aggregate_away,penalties_home,penalties_away,tie_winner_id,tie_winner,decided_by,walkover_reason,unconfirmed,kickoff,home_goals_90,away_goals_90,awarded,neutral,tie_state,hypothetical';

/** A competition whose team `id` is renamed (as an imported file could name it). */
function renamed(competition: Competition, id: string, name: string): Competition {
  return {
    ...competition,
    teams: competition.teams.map((team) => (team.id === id ? { ...team, name } : team)),
  };
}

describe('competitionToCsv', () => {
  it('has a header row and one row per leg of the 2024 Libertadores (15 ties, 30 legs)', () => {
    const csv = csvOf(libertadores);
    expect(csv.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = lines(csv);
    expect(header).toBe(HEADER);
    expect(header?.split(',')).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(30);
    expect(rows.every((row) => row.split(',').length === CSV_COLUMNS.length)).toBe(true);
  });

  it('writes the first leg of C2 exactly, the aggregate given for the leg’s home and away team', () => {
    const rows = lines(csvOf(libertadores)).filter((row) => row.split(',')[4] === 'C2');
    expect(rows).toEqual([
      'libertadores-2024-qualifying,2024 Copa Libertadores qualifying stages,second-stage,Second stage,C2,1,2024-02-21,nacional-par,Nacional (PAR),PAR,atletico-nacional,Atlético Nacional,COL,1,0,Estadio Defensores del Chaco,Asunción,4,0,,,nacional-par,Nacional (PAR),aggregate,,,,,,,,decided,',
      'libertadores-2024-qualifying,2024 Copa Libertadores qualifying stages,second-stage,Second stage,C2,2,2024-02-28,atletico-nacional,Atlético Nacional,COL,nacional-par,Nacional (PAR),PAR,0,3,Estadio Atanasio Girardot,Medellín,0,4,,,nacional-par,Nacional (PAR),aggregate,,,,,,,,decided,',
    ]);
  });

  it('gives the shoot-out per team of the row (E1: Academia Puerto Cabello 4–2)', () => {
    const e1 = lines(csvOf(libertadores))
      .filter((row) => row.split(',')[4] === 'E1')
      .map((row) => row.split(','));
    // Leg 1 hosted by Academia, leg 2 by Defensor: the columns follow the row's home and away team.
    expect(e1.map((row) => row.slice(17, 24))).toEqual([
      ['3', '3', '4', '2', 'academia-puerto-cabello', 'Academia Puerto Cabello', 'penalties'],
      ['3', '3', '2', '4', 'academia-puerto-cabello', 'Academia Puerto Cabello', 'penalties'],
    ]);
  });

  it('writes a walkover as one row without leg, date, goals or venue', () => {
    const csv = csvOf(caf);
    const rows = lines(csv).slice(1);
    const tieCount = caf.stages.reduce((n, stage) => n + stage.ties.length, 0);
    const legCount = caf.stages.reduce((n, s) => n + s.ties.reduce((m, t) => m + t.legs.length, 0), 0);
    const walkovers = caf.stages.flatMap((s) => s.ties).filter((t) => t.walkover).length;
    expect(walkovers).toBeGreaterThan(0);
    expect(rows).toHaveLength(legCount + walkovers);
    expect(new Set(rows.map((row) => row.split(',')[4])).size).toBe(tieCount);
    const r117 = rows.find((row) => row.split(',')[4] === 'R1-17');
    expect(r117).toBe(
      'caf-cc-2023-24-qualifying,2023–24 CAF Confederation Cup qualifying rounds,first-round,First round,R1-17,,,sekhukhune-united,Sekhukhune United,RSA,young-buffaloes,Young Buffaloes,SWZ,,,,,,,,,sekhukhune-united,Sekhukhune United,walkover,Young Buffaloes withdrew for financial reasons (reported 11 Aug 2023).,,,,,,,decided,',
    );
  });

  it('leaves unknown venues and cities empty and names unconfirmed fields', () => {
    const rows = lines(csvOf(caf)).map((row) => row.split(','));
    const unknownVenue = rows.find((row) => row[5] !== '' && row[15] === '');
    expect(unknownVenue).toBeDefined();
    expect(rows.some((row) => row[25]?.includes('venue'))).toBe(true);
    expect(rows.find((row) => row[4] === 'R1-18')?.[25]).toBe('tie.teams_order;tie.reason');
  });

  it('quotes a name holding a comma, a double quote or a line break (RFC 4180)', () => {
    const competition = renamed(libertadores, 'atletico-nacional', 'Atlético "El Verde", Nacional');
    const c2 = lines(csvOf(competition)).find((row) => row.includes(',C2,1,'));
    expect(c2).toContain(',atletico-nacional,"Atlético ""El Verde"", Nacional",COL,');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvField('plain')).toBe('plain');
    expect(csvField(null)).toBe('');
    expect(csvField(0)).toBe('0');
  });

  it('guards cells a spreadsheet would run as a formula with a leading apostrophe', () => {
    const competition = renamed(libertadores, 'atletico-nacional', '=HYPERLINK("http://example.com","x")');
    const c2 = lines(csvOf(competition)).find((row) => row.includes(',C2,1,'));
    expect(c2).toContain(',atletico-nacional,"\'=HYPERLINK(""http://example.com"",""x"")",COL,');
    expect(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'].map(guardFormula)).toEqual([
      "'=1+1",
      "'+1",
      "'-1",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
    ]);
    expect(guardFormula('Nacional')).toBe('Nacional');
    // Numbers are numbers: never guarded.
    expect(csvField(3)).toBe('3');
  });
});
