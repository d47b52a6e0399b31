import { describe, expect, it } from 'vitest';
import { findTie, importChecked, lineOf, readSample, teamId } from '../../../tests/openfootball-kit.ts';

const CL_2024 = readSample('champions-league/2024-25/cl.txt');
const CL_2023 = readSample('champions-league/2023-24/cl.txt');
const CLQ_2024 = readSample('champions-league/2024-25/clq.txt');
const CONFQ_2024 = readSample('champions-league/2024-25/confq.txt');
const ELQ_2024 = readSample('champions-league/2024-25/elq.txt');

describe('Football.TXT: UEFA Champions League 2024/25 knockout', () => {
  const { competition, report, format, rules } = importChecked(CL_2024, { fileName: 'cl.txt' });

  it('is recognised as Football.TXT and gets UEFA rules since 2021-22, saying why', () => {
    expect(format).toBe('football-txt');
    expect(rules?.preset).toBe('uefa-2021');
    expect(competition.rules.awayGoals).toBe(false);
    expect(report.find((f) => f.code === 'rules-preset')?.message).toMatch(/2024-25/);
  });

  it('leaves the league phase out, counted in the report', () => {
    expect(competition.stages.map((stage) => [stage.name, stage.round?.kind, stage.ties.length])).toEqual([
      ['Playoffs', 'knockout-play-offs', 8],
      ['Round of 16', 'round-of-16', 8],
      ['Quarterfinals', 'quarter-finals', 4],
      ['Semifinals', 'semi-finals', 2],
      ['Final', 'final', 1],
    ]);
    const leftOut = report.find((f) => f.code === 'rounds-left-out');
    expect(leftOut?.message).toMatch(/^144 league matches/);
    expect(leftOut?.line).toBe(lineOf(CL_2024, 'League, Matchday 1') + 2);
    expect(report.find((f) => f.code === 'winners-linked')?.message).toMatch(/^22 winners linked/);
    expect(report.find((f) => f.code === 'round-codes')?.message).toMatch(/"Playoffs" knockout-play-offs/);
  });

  it('reads the final: Paris Saint-Germain 5-0 Inter, one leg at a neutral venue, the title', () => {
    const final = findTie(competition, 'Paris Saint-Germain FC', 'FC Internazionale Milano');
    const psg = teamId(competition, 'Paris Saint-Germain FC');
    expect(final.legs).toHaveLength(1);
    expect(final.legs[0]).toMatchObject({
      date: '2025-05-31',
      time: '21:00',
      homeGoals: 5,
      awayGoals: 0,
      neutral: true,
    });
    expect(final.winner).toBe(psg);
    expect(final.winnerTo).toEqual({ exit: 'title' });
    expect(competition.exits.find((exit) => exit.id === 'title')?.phase).toBe('title');
  });

  it('reads the Liverpool v PSG shoot-out after extra time, with the 90-minute score', () => {
    const tie = findTie(competition, 'Paris Saint-Germain FC', 'Liverpool FC');
    const [psg, liverpool] = [
      teamId(competition, 'Paris Saint-Germain FC'),
      teamId(competition, 'Liverpool FC'),
    ];
    expect(tie.teams).toEqual([psg, liverpool]);
    expect(tie.legs[1]).toMatchObject({
      date: '2025-03-11',
      home: liverpool,
      homeGoals: 0,
      awayGoals: 1,
      regularTime: { homeGoals: 0, awayGoals: 1 },
    });
    expect(tie.penalties).toEqual({ [liverpool]: 1, [psg]: 4 });
    expect(tie).toMatchObject({ winner: psg, decidedBy: 'penalties' });
    // The winner plays the quarter-final against Aston Villa.
    expect(tie.winnerTo).toMatchObject({
      tie: findTie(competition, 'Paris Saint-Germain FC', 'Aston Villa FC').id,
    });
  });

  it('dates without a year follow the season (February is 2025) and the round of 16 has 8 teams entering', () => {
    const playoff = findTie(competition, 'Stade Brestois 29', 'Paris Saint-Germain FC');
    expect(playoff.legs.map((leg) => leg.date)).toEqual(['2025-02-11', '2025-02-19']);
    const late = report.find((f) => f.code === 'late-entry');
    expect(late?.message).toMatch(/^8 teams enter in the Round of 16/);
    expect(competition.teams.find((team) => team.name === 'Liverpool FC')?.entry).toBe('round-of-16');
    expect(competition.teams.find((team) => team.name === 'AS Monaco FC')?.country).toBe('MCO');
  });
});

describe('Football.TXT: UEFA Champions League 2023/24 (group stage layout)', () => {
  const { competition, report } = importChecked(CL_2023);

  it('reads the knockout rounds after the group stage, CRLF lines included', () => {
    expect(competition.stages.map((stage) => stage.ties.length)).toEqual([8, 4, 2, 1]);
    expect(report.find((f) => f.code === 'rounds-left-out')?.message).toMatch(/^96 group matches/);
  });

  it('reads a quarter-final decided on penalties after extra time (Manchester City v Real Madrid)', () => {
    const tie = findTie(competition, 'Real Madrid CF', 'Manchester City FC');
    const real = teamId(competition, 'Real Madrid CF');
    expect(tie.legs[1]).toMatchObject({
      homeGoals: 1,
      awayGoals: 1,
      regularTime: { homeGoals: 1, awayGoals: 1 },
    });
    expect(tie).toMatchObject({ winner: real, decidedBy: 'penalties' });
    expect(tie.penalties?.[real]).toBe(4);
  });
});

describe('Football.TXT: 2024/25 qualifying', () => {
  it('counts the Champions League qualifying ties per round; play-off winners go to the league phase', () => {
    const { competition } = importChecked(CLQ_2024);
    expect(competition.stages.map((stage) => [stage.round, stage.ties.length])).toEqual([
      [{ kind: 'qualifying-round', number: 1 }, 14],
      [{ kind: 'qualifying-round', number: 2 }, 14],
      [{ kind: 'qualifying-round', number: 3 }, 10],
      [{ kind: 'play-off-round' }, 7],
    ]);
    const playoffs = competition.stages.at(-1)!;
    expect(new Set(playoffs.ties.map((tie) => JSON.stringify(tie.winnerTo)))).toEqual(
      new Set(['{"exit":"league-phase"}']),
    );
    expect(competition.exits.find((exit) => exit.id === 'league-phase')).toMatchObject({
      phase: 'league-phase',
      competitionName: 'UEFA Champions League',
    });
    expect(competition.dates).toEqual({ start: '2024-07-09', end: '2024-08-28' });
  });

  it('reads a tie decided in extra time with both scores (Fenerbahçe v Lille, third round)', () => {
    const { competition } = importChecked(CLQ_2024);
    const tie = findTie(competition, 'Lille OSC', 'Fenerbahçe');
    const lille = teamId(competition, 'Lille OSC');
    expect(tie.legs[1]).toMatchObject({
      homeGoals: 1,
      awayGoals: 1,
      regularTime: { homeGoals: 1, awayGoals: 0 },
    });
    expect(tie).toMatchObject({ winner: lille, decidedBy: 'aggregate' });
  });

  it('reads the two awarded 3-0 legs of the Conference League (Dnipro-1 v Puskás)', () => {
    const { competition } = importChecked(CONFQ_2024);
    const tie = findTie(competition, 'SK Dnipro-1', 'Puskás FC');
    expect(tie.legs.map((leg) => [leg.homeGoals, leg.awayGoals, leg.awarded])).toEqual([
      [0, 3, { reason: null }],
      [3, 0, { reason: null }],
    ]);
    expect(tie.winner).toBe(teamId(competition, 'Puskás FC'));
  });

  it('gives a club the same id in every file of the season', () => {
    const cl = importChecked(CLQ_2024).competition;
    const el = importChecked(ELQ_2024).competition;
    const ids = (c: typeof cl) => new Map(c.teams.map((team) => [team.name, team.id]));
    const [a, b] = [ids(cl), ids(el)];
    const shared = [...a.keys()].filter((name) => b.has(name));
    expect(shared.length).toBeGreaterThan(10);
    for (const name of shared) expect(b.get(name)).toBe(a.get(name));
  });
});
