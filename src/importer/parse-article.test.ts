import { describe, expect, it } from 'vitest';
import { readSeedText as seed } from '../../tests/files.ts';
import { parseCompetition } from '../data/parse-competition.ts';
import { decideTie } from '../domain/decide-tie.ts';
import type { Competition, Tie } from '../domain/types.ts';
import { importArticle, type ImportFinding } from './parse-article.ts';

const LIBERTADORES_2024 = seed('libertadores-2024.txt');
const LIBERTADORES_2023 = seed('libertadores-2023.txt');
const CAF_2023_24 = seed('caf-cc-2023-24.txt');

/** The 1-based line of the first line containing `fragment`. */
const lineOf = (text: string, fragment: string) =>
  text.split('\n').findIndex((line) => line.includes(fragment)) + 1;
const findings = (report: ImportFinding[], code: string) => report.filter((finding) => finding.code === code);
const ties = (competition: Competition) => competition.stages.flatMap((stage) => stage.ties);
const tie = (competition: Competition, id: string): Tie => {
  const found = ties(competition).find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no tie ${id}`);
  return found;
};

function imported(text: string): { competition: Competition; report: ImportFinding[] } {
  const { competition, report } = importArticle(text);
  if (!competition) throw new Error(`no competition: ${JSON.stringify(report)}`);
  return { competition, report };
}

function expectValid(competition: Competition) {
  const result = parseCompetition(JSON.parse(JSON.stringify(competition)) as unknown, 'imported.json');
  expect(result.issues.filter((issue) => issue.severity === 'critical')).toEqual([]);
  expect(result.ok).toBe(true);
}

describe('importArticle on the 2024 Copa Libertadores qualifying article', () => {
  const { competition, report } = imported(LIBERTADORES_2024);

  it('reads 15 ties and 30 legs with the official ids the draw names, in the order of the text', () => {
    expect(ties(competition)).toHaveLength(15);
    expect(ties(competition).reduce((n, candidate) => n + candidate.legs.length, 0)).toBe(30);
    expect(
      competition.stages.map((stage) => [
        stage.id,
        stage.tieIds,
        stage.ties.map((candidate) => candidate.id).join(' '),
      ]),
    ).toEqual([
      ['first-stage', 'official', 'E1 E2 E3'],
      ['second-stage', 'official', 'C1 C2 C3 C4 C5 C6 C7 C8'],
      ['third-stage', 'official', 'G1 G2 G3 G4'],
    ]);
    expect(tie(competition, 'C6').teams).toEqual(['academia-puerto-cabello', 'nacional-2']);
  });

  it('reads the rules of the Format section: no away goals, no extra time, the regulation cited', () => {
    expect(competition.rules).toMatchObject({
      awayGoals: false,
      extraTime: false,
      regulation: 'Regulations Article 2.4.3',
    });
    expect(competition.name).toBe('2024 Copa Libertadores qualifying stages');
    expect(competition.dates).toEqual({ start: '2024-02-06', end: '2024-03-14' });
    expect(competition.seeding).toEqual({
      ranking: 'CONMEBOL Clubs ranking',
      kind: 'position',
      asOf: '2023-12-18',
    });
  });

  it('records E1 for Academia Puerto Cabello on penalties and reports the missing shoot-out score', () => {
    expect(tie(competition, 'E1')).toMatchObject({
      teams: ['academia-puerto-cabello', 'defensor-sporting'],
      winner: 'academia-puerto-cabello',
      decidedBy: 'penalties',
      penalties: null,
      winnerTo: { tie: 'C6', slot: 0 },
      unconfirmed: ['winner'],
    });
    expect(findings(report, 'no-shoot-out-score').map((finding) => [finding.severity, finding.line])).toEqual(
      [
        ['info', 57],
        ['info', 81],
        ['info', 141],
        ['info', 147],
      ],
    );
  });

  it('keeps the two clubs printed "Nacional" apart and says so', () => {
    const nacionals = competition.teams.filter((team) => team.name === 'Nacional');
    expect(nacionals.map((team) => [team.id, team.entry, team.ranking])).toEqual([
      ['nacional', 'first-stage', null],
      ['nacional-2', 'second-stage', 5],
    ]);
    const path = (team: string) =>
      ties(competition)
        .filter((candidate) => candidate.teams.includes(team))
        .map((candidate) => candidate.id);
    expect(path('nacional')).toEqual(['E3', 'C2', 'G2']);
    expect(path('nacional-2')).toEqual(['C6', 'G3']);
    const [ambiguous] = findings(report, 'ambiguous-name');
    expect(ambiguous).toMatchObject({ severity: 'warning', line: 108 });
    expect(ambiguous?.message).toMatch(/"Nacional" stands for 2 teams/);
    expect(findings(report, 'pot-name-resolved')[0]?.message).toMatch(/"Nacional \(5\)" is nacional-2/);
  });

  it('links winners to the slots the text gives: two second-stage winners meet in G4 without a conflict', () => {
    expect(tie(competition, 'C4').winnerTo).toEqual({ tie: 'G4', slot: 1 });
    expect(tie(competition, 'C5').winnerTo).toEqual({ tie: 'G4', slot: 0 });
    expect(tie(competition, 'G1')).toMatchObject({
      winnerTo: { exit: 'group-stage' },
      loserTo: { exit: 'copa-sudamericana-group-stage' },
    });
    expect(competition.exits.map((exit) => [exit.id, exit.kind])).toEqual([
      ['group-stage', 'advance'],
      ['eliminated', 'out'],
      ['copa-sudamericana-group-stage', 'transfer'],
    ]);
  });

  it('completes the one-row pot tables from "Pot 1 hosts the second leg" and reports that they were cut', () => {
    const pots = competition.stages[1]?.draw?.pots;
    expect(pots?.[0]?.entries).toContainEqual({ team: 'nacional-2', ranking: 5 });
    expect(pots?.[1]?.entries).toEqual(
      expect.arrayContaining([
        { winnerOf: 'E1' },
        { winnerOf: 'E2' },
        { winnerOf: 'E3' },
        { team: 'godoy-cruz', ranking: 72 },
      ]),
    );
    expect(findings(report, 'pot-table-incomplete').map((finding) => finding.line)).toEqual([18, 25]);
    expect(competition.stages[2]?.draw).toBeNull();
  });

  it('reports no error, only that countries are unknown, and validates', () => {
    expect(findings(report, 'countries-unknown')).toHaveLength(1);
    expect(competition.teams.every((team) => team.country === 'UNK')).toBe(true);
    expect(report.filter((finding) => finding.severity === 'error')).toEqual([]);
    expectValid(competition);
  });

  it('records only winners the rules give, where the legs decide the tie', () => {
    for (const candidate of ties(competition)) {
      const outcome = decideTie(candidate, competition.rules);
      if (outcome.status === 'decided') expect(candidate.winner, candidate.id).toBe(outcome.winner);
      else
        expect([candidate.id, outcome.status, candidate.decidedBy]).toEqual([
          candidate.id,
          'pending',
          'penalties',
        ]);
    }
  });
});

describe('importArticle on the 2023–24 CAF Confederation Cup qualifying article', () => {
  const { competition, report } = imported(CAF_2023_24);

  it('applies the away goals rule of the Format: EF Ouagadougou wins R1-03 on away goals', () => {
    expect(competition.rules).toMatchObject({
      awayGoals: true,
      extraTime: false,
      regulation: 'Regulations III. 13 & 14',
    });
    const r103 = tie(competition, 'R1-03');
    expect(r103).toMatchObject({
      teams: ['casa-sports', 'ef-ouagadougou'],
      winner: 'ef-ouagadougou',
      decidedBy: 'away-goals',
    });
    expect(decideTie(r103, competition.rules)).toMatchObject({
      status: 'decided',
      winner: 'ef-ouagadougou',
      decidedBy: 'away-goals',
    });
    expect(competition.stages.map((stage) => [stage.id, stage.tieIds, stage.ties.length])).toEqual([
      ['first-round', 'local', 16],
      ['second-round', 'local', 16],
    ]);
  });

  it('records a stated shoot-out score for the stated winner', () => {
    expect(tie(competition, 'R1-01')).toMatchObject({
      winner: 'bendel-insurance',
      decidedBy: 'penalties',
      penalties: { 'bendel-insurance': 4, 'aso-chlef': 3 },
    });
  });

  it('reports "Singida United" as a winner of no side of the tie, without renaming it', () => {
    const [wrongName] = findings(report, 'winner-not-in-tie');
    expect(wrongName).toMatchObject({ severity: 'error', line: 75 });
    expect(wrongName?.message).toMatch(/"Singida United".*Singida Fountain Gate v JKU/);
    expect(tie(competition, 'R1-05')).toMatchObject({
      winner: null,
      winnerTo: { tie: 'R2-05', slot: 0 },
      unconfirmed: ['winner'],
    });
    expect(competition.teams.some((team) => /united/i.test(team.name) && /singida/i.test(team.name))).toBe(
      false,
    );
    expect(competition.notes.find((note) => 'tie' in note.about && note.about.tie === 'R1-05')?.text).toMatch(
      /Singida United/,
    );
  });

  it('reports the first-round ties missing from the text and the second-round teams that come from nowhere', () => {
    expect(findings(report, 'ties-missing')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        line: 41,
        message: expect.stringMatching(/40 teams, i\.e\. 20 ties, but gives 16: 4 ties are missing/),
      }),
    ]);
    const [nowhere] = findings(report, 'teams-from-nowhere');
    expect(nowhere?.line).toBe(144);
    expect(nowhere?.message).toMatch(
      /16 teams .* 12 byes .* 4 of them won First round ties missing from the text/,
    );
    for (const name of ['Sekhukhune United', 'Ferroviário de Maputo', 'Kallon', 'Aigle Noir'])
      expect(nowhere?.message).toContain(name);
    expect(findings(report, 'likely-from-missing-ties')[0]?.message).toMatch(
      /Sekhukhune United \(R2-09\) and Ferroviário de Maputo \(R2-11\)/,
    );
  });

  it('reports the empty entry table and reads the shifted schedule row as shifted', () => {
    expect(findings(report, 'empty-table').map((finding) => finding.line)).toEqual([19]);
    expect(findings(report, 'schedule-shifted').map((finding) => finding.line)).toEqual([33]);
    expect(competition.stages[1]?.dates).toEqual({
      firstLegs: ['2023-09-15', '2023-09-17'],
      secondLegs: ['2023-09-29', '2023-10-01'],
    });
  });

  it('validates, with one error finding', () => {
    expect(report.filter((finding) => finding.severity === 'error').map((finding) => finding.code)).toEqual([
      'winner-not-in-tie',
    ]);
    expectValid(competition);
  });
});

describe('importArticle on the 2023 Copa Libertadores qualifying article', () => {
  const { competition, report } = importArticle(LIBERTADORES_2023);

  it('builds no competition and says the article has almost no results', () => {
    expect(competition).toBeNull();
    const [none] = findings(report, 'no-results');
    expect(none).toMatchObject({ severity: 'error', line: 23 });
    expect(none?.message).toMatch(/almost no results: 0 leg lines and 1 outcome line \(line 23\).*15 ties/);
    expect(findings(report, 'orphan-outcome').map((finding) => finding.line)).toEqual([23]);
  });

  it('takes the name from the first sentence when there is no title line', () => {
    expect(findings(report, 'title-from-first-sentence')[0]?.message).toContain(
      '"2023 Copa Libertadores qualifying stages"',
    );
  });
});

const NO_AWAY_GOALS =
  'Each tie was played on a home-and-away two-legged basis. If tied on aggregate, extra time would not be played, and a penalty shoot-out would be used to determine the winner (Regulations Article 7).';
const AWAY_GOALS =
  'Each tie was played on a home-and-away two-legged basis. If the aggregate score was tied, the away goals rule was applied, and if still tied, extra time was not played, and the penalty shoot-out was used (Regulations Article 8).';

const article = (format: string, results: string) =>
  `= Test Cup qualifying round =\n\nThe Test Cup qualifying round was played from 1 March to 15 March 2024.\n\n==Format==\n${format}\n\n${results}\n`;

describe('importArticle on hand-written articles', () => {
  it('reports a stated aggregate the legs do not give', () => {
    const text = article(
      NO_AWAY_GOALS,
      '==First round==\nAlpha 2-0 Beta\n\nBeta 1-0 Alpha\nAlpha won 3–1 on aggregate.',
    );
    const { competition, report } = imported(text);
    expect(findings(report, 'aggregate-contradicts-legs')).toEqual([
      {
        severity: 'error',
        code: 'aggregate-contradicts-legs',
        line: lineOf(text, 'Alpha won 3–1'),
        message: 'R1-01: the outcome line states Alpha 3–1 on aggregate, but the legs give Alpha 2–1 Beta.',
      },
    ]);
    expect(tie(competition, 'R1-01')).toMatchObject({ winner: 'alpha', decidedBy: 'aggregate' });
    expectValid(competition);
  });

  it('reports a penalties winner when the rules give the other team the tie on aggregate, and records no winner', () => {
    const text = article(
      NO_AWAY_GOALS,
      '==First round==\nAlpha 2-0 Beta\n\nBeta 1-0 Alpha\nTied 2–2 on aggregate, Beta won on penalties.',
    );
    const { competition, report } = imported(text);
    const line = lineOf(text, 'Tied 2–2');
    expect(
      report.filter((finding) => finding.severity === 'error').map((finding) => [finding.code, finding.line]),
    ).toEqual([
      ['aggregate-contradicts-legs', line],
      ['winner-contradicts-rules', line],
    ]);
    expect(findings(report, 'winner-contradicts-rules')[0]?.message).toBe(
      'R1-01: the outcome line says Beta won on penalties, but under the rules (aggregate, then penalties) the legs give: Alpha won 2–1 on aggregate. No winner recorded.',
    );
    expect(tie(competition, 'R1-01')).toMatchObject({
      winner: null,
      decidedBy: null,
      penalties: null,
      unconfirmed: ['winner'],
    });
    expectValid(competition);
  });

  it('reports a shoot-out claimed for the team that won on aggregate, keeping the winner but not the method', () => {
    const text = article(
      NO_AWAY_GOALS,
      '==First round==\nAlpha 2-0 Beta\n\nBeta 1-0 Alpha\nAlpha won 4–3 on penalties.',
    );
    const { competition, report } = imported(text);
    expect(findings(report, 'decided-by-contradicts-rules').map((finding) => finding.line)).toEqual([
      lineOf(text, 'Alpha won 4–3'),
    ]);
    expect(tie(competition, 'R1-01')).toMatchObject({ winner: 'alpha', decidedBy: null, penalties: null });
    expectValid(competition);
  });

  it('reports an away goals winner in a competition whose Format has no away goals rule', () => {
    const legs =
      '==First round==\nAlpha 1-1 Beta\n\nBeta 0-0 Alpha\n1–1 on aggregate. Beta won on away goals.';
    const text = article(NO_AWAY_GOALS, legs);
    const without = imported(text);
    expect(without.competition.rules.awayGoals).toBe(false);
    expect(findings(without.report, 'away-goals-not-in-rules')).toEqual([
      expect.objectContaining({ severity: 'error', line: lineOf(text, '1–1 on aggregate') }),
    ]);
    expect(tie(without.competition, 'R1-01')).toMatchObject({ winner: null, decidedBy: null });
    expectValid(without.competition);

    const withRule = imported(article(AWAY_GOALS, legs));
    expect(withRule.competition.rules.awayGoals).toBe(true);
    expect(withRule.report.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(tie(withRule.competition, 'R1-01')).toMatchObject({ winner: 'beta', decidedBy: 'away-goals' });
  });

  it('splits a name whose team was knocked out but plays again, and says so', () => {
    const text = article(
      NO_AWAY_GOALS,
      [
        '==First round==',
        'Alpha 1-0 Beta',
        '',
        'Beta 0-0 Alpha',
        'Alpha won 1–0 on aggregate.',
        '----',
        'Gamma 2-0 Delta',
        '',
        'Delta 0-1 Gamma',
        'Gamma won 3–0 on aggregate.',
        '',
        '==Second round==',
        'Beta 1-0 Gamma',
        '',
        'Gamma 0-0 Beta',
        'Beta won 1–0 on aggregate.',
        '----',
        'Epsilon 0-0 Alpha',
        '',
        'Alpha 2-0 Epsilon',
        'Alpha won 2–0 on aggregate.',
      ].join('\n'),
    );
    const { competition, report } = imported(text);
    expect(tie(competition, 'R2-01').teams).toEqual(['beta-2', 'gamma']);
    expect(competition.teams.find((team) => team.id === 'beta-2')?.entry).toBe('second-round');
    const [ambiguous] = findings(report, 'ambiguous-name');
    expect(ambiguous?.line).toBe(lineOf(text, 'Beta 1-0 Gamma'));
    expect(ambiguous?.message).toMatch(
      /no winner named "Beta" reaches the Second round .*: beta was knocked out before/,
    );
    expect(tie(competition, 'R1-02').winnerTo).toEqual({ tie: 'R2-01', slot: 1 });
    expectValid(competition);
  });
});
