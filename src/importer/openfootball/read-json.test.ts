import { describe, expect, it } from 'vitest';
import {
  allTies,
  importChecked,
  lineOf,
  readBadFixture,
  readSample,
} from '../../../tests/openfootball-kit.ts';
import { importText } from '../import-text.ts';
import { lineColumn } from './read-json.ts';

const JSON_2024 = readSample('football.json/2024-25/uefa.cl.json');
const TXT_2024 = readSample('champions-league/2024-25/cl.txt');

/** Each tie as its teams and the goals of its legs, in playing order. */
const shape = (competition: ReturnType<typeof importChecked>['competition']) =>
  allTies(competition).map((tie) => ({
    teams: tie.teams,
    legs: tie.legs.map((leg) => [leg.home, leg.homeGoals, leg.awayGoals, leg.date]),
  }));

describe('Football.JSON: UEFA Champions League 2024/25', () => {
  const json = importChecked(JSON_2024, { fileName: 'uefa.cl.json' });
  const txt = importChecked(TXT_2024);

  it('is recognised and gives the same stages and ties as cl.txt', () => {
    expect(json.format).toBe('football-json');
    expect(json.competition.stages.map((s) => [s.id, s.round, s.ties.length])).toEqual(
      txt.competition.stages.map((s) => [s.id, s.round, s.ties.length]),
    );
    // The JSON's final has no score yet ("score": {}); every other leg is the same as in cl.txt.
    const played = (list: ReturnType<typeof shape>) => list.slice(0, -1);
    expect(played(shape(json.competition))).toEqual(played(shape(txt.competition)));
    expect(json.competition.teams.map((t) => [t.id, t.country])).toEqual(
      txt.competition.teams.map((t) => [t.id, t.country]),
    );
  });

  it('reports the level 4-4 shoot-outs of the JSON as errors on their lines, not as results', () => {
    const errors = json.report.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.code, f.line])).toEqual([
      ['invalid-result', 2841],
      ['invalid-result', 2934],
    ]);
    expect(errors[0]?.message).toMatch(
      /Paris Saint-Germain FC v Liverpool FC: a shoot-out cannot end level \(4–4\)/,
    );
    expect(JSON_2024.split('\n')[2841 - 1]).toMatch(/^\s*\{/);
    const tie = allTies(json.competition).find((t) => t.id === 'R16-06');
    expect(tie).toMatchObject({ penalties: null, winner: null });
  });

  it('reads extra time from "et" with the 90 minutes from "ft"', () => {
    const tie = allTies(json.competition).find((t) => t.id === 'R16-02')!;
    expect(tie.legs[1]).toMatchObject({
      homeGoals: 1,
      awayGoals: 0,
      regularTime: { homeGoals: 1, awayGoals: 0 },
    });
  });

  it('reads teams given as { name, code } objects', () => {
    const text = JSON.stringify({
      name: 'UEFA Europa League 2023/24',
      matches: [
        {
          round: 'Final',
          date: '2024-05-22',
          team1: { name: 'Atalanta BC', code: 'ita' },
          team2: 'Bayer 04 Leverkusen (GER)',
          score: { ft: [3, 0] },
        },
      ],
    });
    const { competition } = importChecked(text);
    expect(competition.teams.map((t) => [t.name, t.country])).toEqual([
      ['Atalanta BC', 'ITA'],
      ['Bayer 04 Leverkusen', 'GER'],
    ]);
  });
});

describe('Football.JSON errors', () => {
  it('names the line and column of invalid JSON', () => {
    const result = importText(readBadFixture('invalid-json.json'), { fileName: 'invalid-json.json' });
    expect(result.format).toBe('football-json');
    expect(result.competition).toBeNull();
    expect(result.report).toEqual([
      {
        severity: 'error',
        code: 'invalid-json',
        line: 5,
        message: "The file is not valid JSON at line 5, column 47: Expected ',' or '}' after property value.",
      },
    ]);
  });

  it('lineColumn counts lines and columns from 1', () => {
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumn('ab', 0)).toEqual({ line: 1, column: 1 });
  });
});

describe('Football.JSON, older layout', () => {
  it('reads rounds with their matches, score1/score2 with et and p, and names the line of each match', () => {
    const text = JSON.stringify(
      {
        name: 'UEFA Champions League 2013/14',
        rounds: [
          {
            name: 'Group A',
            matches: [
              {
                date: '2013-09-17',
                team1: { name: 'Real Madrid', code: 'ESP' },
                team2: { name: 'Galatasaray', code: 'TUR' },
                score1: 1,
                score2: 6,
              },
            ],
          },
          {
            name: 'Final',
            matches: [
              {
                date: '2014-05-24',
                team1: { key: 'realmadrid', name: 'Real Madrid', code: 'ESP' },
                team2: { key: 'atletico', name: 'Atlético Madrid', code: 'ESP' },
                score1: 1,
                score2: 1,
                score1et: 4,
                score2et: 1,
              },
              {
                date: '2014-05-31',
                team1: { name: 'Not Played', code: 'ESP' },
                team2: { name: 'Real Madrid', code: 'ESP' },
                score1: 'x',
                score2: 1,
              },
            ],
          },
        ],
      },
      null,
      2,
    );
    const result = importText(text);
    expect(result.format).toBe('football-json');
    const errors = result.report.filter((f) => f.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'unreadable-score', line: lineOf(text, '"Not Played"') - 3 });
    expect(errors[0]?.message).toMatch(
      /the score "ft" of Not Played v Real Madrid is \["x",1\]; expected two goal counts/,
    );
    const final = result.competition!.stages[0]!.ties.find((t) => t.teams.includes('atletico-madrid'))!;
    expect(final.legs[0]).toMatchObject({
      homeGoals: 4,
      awayGoals: 1,
      regularTime: { homeGoals: 1, awayGoals: 1 },
    });
    expect(result.report.find((f) => f.code === 'rounds-left-out')?.message).toMatch(/^1 group matches/);
  });
});
