import { describe, expect, it } from 'vitest';
import { findTie, importChecked, lineOf, readBadFixture, teamId } from '../../../tests/openfootball-kit.ts';
import { importText } from '../import-text.ts';

const errorsOf = (file: string) => {
  const text = readBadFixture(file);
  const result = importText(text, { fileName: file });
  return { text, result, errors: result.report.filter((finding) => finding.severity === 'error') };
};

describe('openfootball import errors name the line and what was expected', () => {
  it('an unreadable score', () => {
    const { text, errors } = errorsOf('unreadable-score.txt');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'unreadable-score', line: lineOf(text, '2-x') });
    expect(errors[0]?.message).toMatch(
      /^Line 5: the score "2-x \(1-0\)" of Sevilla FC v Manchester United FC is not readable; expected a score such as "2-1 \(1-0\)"/,
    );
  });

  it('three matches of the same two teams in one round', () => {
    const { errors } = errorsOf('three-matches.txt');
    expect(errors.map((f) => [f.code, f.line])).toEqual([['three-matches', 9]]);
    expect(errors[0]?.message).toMatch(
      /a third match of Sevilla FC and Manchester United FC in the Quarterfinals \(the others on lines 5 and 7\)/,
    );
  });

  it('a team in two ties of one round', () => {
    const { errors } = errorsOf('team-in-two-ties.txt');
    expect(errors.map((f) => [f.code, f.line])).toEqual([['team-in-two-ties', 9]]);
    expect(errors[0]?.message).toMatch(
      /AS Roma is in two ties of the Semifinals: AS Roma v Juventus FC here and another tie on line 6/,
    );
  });

  it('a winner who vanishes while the other winners of the round play on', () => {
    const { result, errors } = errorsOf('winner-vanishes.txt');
    expect(errors.map((f) => [f.code, f.line])).toEqual([['winner-vanishes', 9]]);
    expect(errors[0]?.message).toMatch(
      /Feyenoord won SF-02 .* but plays in no later round, while 1 other winner of that round does\. Expected Feyenoord in the Final\./,
    );
    expect(result.report.find((f) => f.code === 'late-entry')?.message).toMatch(/FC Porto/);
  });

  it('a file with no knockout round', () => {
    const { result, errors } = errorsOf('groups-only.txt');
    expect(result.competition).toBeNull();
    expect(errors).toEqual([
      {
        severity: 'error',
        code: 'no-knockout-round',
        line: 5,
        message:
          'The file has no knockout round: all 3 matches are group or league matches. No competition built.',
      },
    ]);
  });

  it('a level tie with no shoot-out where the rules need one', () => {
    const { result, errors } = errorsOf('level-without-shoot-out.txt');
    expect(result.rules?.preset).toBe('uefa-away-goals');
    expect(errors.map((f) => [f.code, f.line])).toEqual([['shoot-out-missing', 7]]);
    expect(result.competition?.stages[0]?.ties[0]).toMatchObject({ winner: null, decidedBy: null });
  });

  it('a result the chosen rules cannot explain, and the rules override', () => {
    // A leg to extra time is not in CONMEBOL's rules: the scores are not kept, and the report says so.
    const text = readBadFixture('level-without-shoot-out.txt');
    const result = importChecked(text, { rules: 'conmebol-2022' });
    expect(result.rules).toEqual({
      preset: 'conmebol-2022',
      reason: 'conmebol-2022, as asked (rules option)',
    });
    const error = result.report.find((f) => f.severity === 'error');
    expect(error).toMatchObject({ code: 'invalid-result', line: 7 });
    expect(error?.message).toMatch(/cannot be decided under the rules applied/);
  });

  it('a shoot-out recorded where the aggregate decides is a warning on its line', () => {
    const text =
      '= UEFA Europa League 2023/24\n\n» Final\n  Wed May/22 2024\n    21.00  Atalanta BC (ITA) v Bayer 04 Leverkusen (GER)  4-3 pen. 3-0\n';
    const { report } = importChecked(text);
    expect(report.find((f) => f.code === 'unneeded-shoot-out')).toMatchObject({
      severity: 'warning',
      line: 5,
    });
  });
});

describe('openfootball layouts', () => {
  const text = readBadFixture('older-layout.txt');
  const { competition, report } = importChecked(text);

  it('reads bracketed dates, scores between the teams, bare headings with legs, times and venues', () => {
    expect(competition.stages.map((s) => [s.name, s.round?.kind, s.ties.length])).toEqual([
      ['Semi-finals', 'semi-finals', 2],
      ['Final', 'final', 1],
    ]);
    const tie = findTie(competition, 'Tottenham Hotspur', 'AFC Ajax');
    expect(tie.legs[0]).toMatchObject({
      date: '2019-04-30',
      time: '21:00',
      homeGoals: 0,
      awayGoals: 1,
      venue: 'Tottenham Hotspur Stadium',
      city: 'London',
    });
    expect(report.find((f) => f.code === 'rounds-left-out')?.message).toMatch(/^1 group matches/);
  });

  it('decides 2018/19 on away goals (UEFA up to 2020-21)', () => {
    const tie = findTie(competition, 'Tottenham Hotspur', 'AFC Ajax');
    expect(tie).toMatchObject({ winner: teamId(competition, 'Tottenham Hotspur'), decidedBy: 'away-goals' });
    expect(competition.rules).toMatchObject({ awayGoals: true, awayGoalsInExtraTime: true });
    expect(findTie(competition, 'Liverpool FC', 'FC Barcelona').winner).toBe(
      teamId(competition, 'Liverpool FC'),
    );
  });

  it('a match with no score is not played; CONMEBOL 2022+ rules for the Libertadores', () => {
    const result = importChecked(readBadFixture('not-played.txt'));
    expect(result.rules?.preset).toBe('conmebol-2022');
    const final = result.competition.stages[0]!.ties[0]!;
    expect(final.legs[0]).toMatchObject({
      date: '2024-11-30',
      homeGoals: null,
      awayGoals: null,
      neutral: true,
    });
    expect(final.winner).toBeNull();
    expect(result.competition.teams.map((t) => t.country)).toEqual(['BRA', 'BRA']);
  });

  it('"X, Matchday 1" and "X, Matchday 2" are one round; venues (on the line or their own) and comments are read', () => {
    const lines = [
      '= UEFA Champions League 2024/25',
      '» Playoffs, Matchday 1',
      '  Tue Feb/11 2025',
      '    18.45  Stade Brestois 29 (FRA) v Paris Saint-Germain FC (FRA)  0-3 (0-2)   @ Stade Francis-Le Blé, Brest',
      '# a comment',
      '» Playoffs, Matchday 2',
      '  Wed Feb/19',
      '    21.00  Paris Saint-Germain FC (FRA) v Stade Brestois 29 (FRA)  7-0 (2-0)  # 7-0!',
      '             @ Parc des Princes, Paris',
    ];
    const { competition } = importChecked(lines.join('\n'));
    expect(competition.stages).toHaveLength(1);
    const tie = competition.stages[0]!.ties[0]!;
    expect(tie.legs.map((leg) => [leg.homeGoals, leg.awayGoals, leg.venue])).toEqual([
      [0, 3, 'Stade Francis-Le Blé'],
      [7, 0, 'Parc des Princes'],
    ]);
    expect(tie.legs[1]?.city).toBe('Paris');
  });
});

describe('openfootball stage headings and a group stage between knockout rounds', () => {
  const text = readBadFixture('stages-layout.txt');
  const { competition, report } = importChecked(text);
  const botafogo = teamId(competition, 'Botafogo FR');

  it('reads "== Qualifying" rounds as qualifying rounds and leaves the group stage out', () => {
    expect(competition.stages.map((s) => [s.name, s.round, s.ties.length])).toEqual([
      ['Round 3', { kind: 'qualifying-round', number: 3 }, 1],
      ['Quarterfinals', { kind: 'quarter-finals' }, 2],
      ['Semifinals', { kind: 'semi-finals' }, 1],
      ['Final', { kind: 'final' }, 1],
    ]);
    expect(report.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('sends the last qualifying winners to the group stage, not to a later knockout tie they play', () => {
    const round3 = findTie(competition, 'Botafogo FR', 'RB Bragantino');
    expect(round3.winner).toBe(botafogo);
    expect(round3.winnerTo).toEqual({ exit: 'group-stage' });
    expect(competition.exits.find((exit) => exit.id === 'group-stage')).toMatchObject({
      phase: 'group-stage',
      competitionName: 'Copa Libertadores',
    });
  });

  it('reads a bracketed shoot-out after the second team, goal lines in brackets, and an unplayed final', () => {
    const tie = findTie(competition, 'Botafogo FR', 'São Paulo FC');
    expect(tie).toMatchObject({ winner: botafogo, decidedBy: 'penalties' });
    expect(tie.penalties).toEqual({ [teamId(competition, 'São Paulo FC')]: 4, [botafogo]: 5 });
    const final = findTie(competition, 'CA Mineiro', 'Botafogo FR');
    expect(final.legs[0]).toMatchObject({ homeGoals: null, awayGoals: null, neutral: true });
    expect(competition.teams.find((t) => t.name === 'CA Mineiro')?.entry).toBe('final');
  });

  it('reads "a.e.t. (1-1, )" with the half time left out', () => {
    const lines = [
      '= UEFA Champions League 2013/14',
      'Final',
      '[Sat May/24]',
      '  20.45    Real Madrid     4-1 a.e.t. (1-1, )  Atlético Madrid     @ Estádio da Luz, Lisbon',
      "             [Ramos 90+3' Bale 110'; Godín 36']",
    ];
    const { competition: final } = importChecked(lines.join('\n'));
    const leg = final.stages[0]!.ties[0]!.legs[0]!;
    expect(leg).toMatchObject({
      date: '2014-05-24',
      homeGoals: 4,
      awayGoals: 1,
      regularTime: { homeGoals: 1, awayGoals: 1 },
      city: 'Lisbon',
    });
    expect(final.teams.map((t) => t.name)).toEqual(['Real Madrid', 'Atlético Madrid']);
  });
});

describe('openfootball single-match knockout rounds (a World Cup layout)', () => {
  const lines = [
    '= World Cup 2022       # in Qatar',
    '▪ Quarter-finals         |  Fri Dec 9 - Sat Dec 10',
    '▪ Final                  |  Sun Dec 18',
    '▪ Semi-finals',
    'Tue Dec 13 ',
    '    22:00   Argentina         3-0 (2-0)   Croatia  @ Lusail Iconic Stadium, Lusail',
    "              (Lionel Messi 34'(pen.) Julián Álvarez 39', 69')",
    'Wed Dec 14 ',
    '    22:00   France          2-0 (1-0)   Morocco  @ Al Bayt Stadium, Al Khor',
    '▪ Match for third place',
    'Sat Dec 17 ',
    '   18:00     Croatia           2-1 (2-1)   Morocco',
    '▪ Final',
    'Sun Dec 18 ',
    '   18:00     Argentina          4-2 pen. 3-3 a.e.t (2-2, 2-0)   France @ Lusail Iconic Stadium, Lusail',
  ];
  const { competition, report, rules } = importChecked(lines.join('\n'));

  it('reads single-match rounds, leaves the match for third place out, and guesses the rules, saying so', () => {
    expect(competition.stages.map((s) => [s.name, s.ties.length, s.ties[0]?.legs.length])).toEqual([
      ['Semi-finals', 2, 1],
      ['Final', 1, 1],
    ]);
    expect(report.find((f) => f.code === 'rounds-left-out')?.message).toMatch(/^1 classification matches/);
    expect(report.find((f) => f.code === 'rules-guessed')?.severity).toBe('warning');
    expect(rules?.preset).toBe('uefa-2021');
    expect(report.find((f) => f.code === 'country-unknown')?.message).toMatch(
      /^4 teams have no country code/,
    );
  });

  it('reads the final after extra time and penalties', () => {
    const final = findTie(competition, 'Argentina', 'France');
    expect(final.legs[0]).toMatchObject({
      date: '2022-12-18',
      time: '18:00',
      homeGoals: 3,
      awayGoals: 3,
      regularTime: { homeGoals: 2, awayGoals: 2 },
      neutral: true,
    });
    expect(final).toMatchObject({ winner: teamId(competition, 'Argentina'), decidedBy: 'penalties' });
  });
});

describe('openfootball dates that cannot be placed in a year', () => {
  it('warns once with the lines, then refuses a bracket with no dates at all', () => {
    const text = [
      'Final',
      '[May/27]',
      '  FC Internazionale Milano  3-1 (1-0)  Real Madrid  @ Prater, Wien',
    ].join('\n');
    const { report, competition } = importText(text);
    expect(competition).toBeNull();
    expect(report.find((f) => f.code === 'date-without-year')).toMatchObject({
      severity: 'warning',
      line: 2,
    });
    expect(report.find((f) => f.code === 'dates-missing')?.severity).toBe('error');
  });
});

describe('openfootball single-match rounds among two-legged ones', () => {
  it('reads them as single matches and warns that return legs may be missing', () => {
    const text = [
      '= UEFA Champions League 2019/20',
      '» Round of 16',
      '  Tue Feb/18 2020',
      '    21.00  Atalanta BC (ITA)  v Valencia CF (ESP)  4-1 (3-0)',
      '  Tue Mar/10',
      '    21.00  Valencia CF (ESP)  v Atalanta BC (ITA)  3-4 (1-2)',
      '» Quarter-finals',
      '  Wed Aug/12',
      '    21.00  Atalanta BC (ITA)  v Paris Saint-Germain FC (FRA)  1-2 (1-0)',
    ].join('\n');
    const { competition, report } = importChecked(text);
    expect(report.find((f) => f.code === 'single-match-round-among-two-legged')).toMatchObject({
      severity: 'warning',
      line: 9,
    });
    expect(competition.stages[1]?.ties[0]?.winner).toBe(teamId(competition, 'Paris Saint-Germain FC'));
  });
});

describe('openfootball stated aggregates', () => {
  it('checks "[agg 3-0]" (in either order, as the files write both) against the legs, warning on its line', () => {
    const text = [
      '= Copa Libertadores 2024',
      'Semifinals - 1st Leg',
      'Oct 22   Atlético Mineiro (Bra) v River Plate (Arg)        3-0',
      'Oct 23   Botafogo (Bra)         v Peñarol (Uru)            5-0',
      'Semifinals - 2nd Leg',
      'Oct 29   River Plate (Arg)      v Atlético Mineiro (Bra)   0-0  [agg 3-0]',
      'Oct 30   Peñarol (Uru)          v Botafogo (Bra)           3-1  [agg 3-5]',
    ].join('\n');
    const { competition, report } = importChecked(text);
    expect(competition.stages[0]?.ties).toHaveLength(2);
    expect(report.filter((f) => f.code === 'aggregate-mismatch').map((f) => [f.severity, f.line])).toEqual([
      ['warning', 7],
    ]);
    expect(report.find((f) => f.code === 'aggregate-mismatch')?.message).toMatch(
      /states an aggregate of 3-5, but the legs add up to 6-3/,
    );
    expect(competition.teams.map((t) => t.country)).toEqual(['BRA', 'ARG', 'BRA', 'URU']);
  });
});
