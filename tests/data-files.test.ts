import { describe, expect, it } from 'vitest';
import { buildJsonSchema } from '../src/data/json-schema.ts';
import { tieAtPath } from '../src/data/issues.ts';
import { parseCompetition, parseCompetitionText } from '../src/data/parse-competition.ts';
import { decideTie } from '../src/domain/decide-tie.ts';
import { teamPath } from '../src/domain/progression.ts';
import {
  SHIPPED_FILES,
  type ShippedFile,
  findTie,
  readFixtureText as fixture,
  readShippedText,
  shippedCompetition,
} from './files.ts';

describe('shipped competition files', () => {
  it.each(SHIPPED_FILES)('%s validates with no critical issue', (file) => {
    const result = parseCompetitionText(readShippedText(file), file);
    expect(result.issues.filter((issue) => issue.severity === 'critical')).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it.each(SHIPPED_FILES)('%s: every recomputed winner equals the recorded one', (file) => {
    const competition = shippedCompetition(file);
    const ties = competition.stages.flatMap((stage) => stage.ties);
    for (const tie of ties) {
      const outcome = decideTie(tie, competition.rules);
      expect(outcome, tie.id).toMatchObject({
        status: 'decided',
        winner: tie.winner,
        decidedBy: tie.decidedBy,
      });
    }
  });

  it('holds every tie and leg of the three competitions', () => {
    const count = (file: ShippedFile) => {
      const ties = shippedCompetition(file).stages.flatMap((stage) => stage.ties);
      return [ties.length, ties.reduce((n, tie) => n + tie.legs.length, 0)];
    };
    expect(count('libertadores-2024-qualifying.json')).toEqual([15, 30]);
    expect(count('libertadores-2023-qualifying.json')).toEqual([15, 30]);
    expect(count('caf-cc-2023-24-qualifying.json')).toEqual([36, 64]);
  });

  it('keeps the two "Nacional" clubs of 2024 apart, each in its own ties', () => {
    const competition = shippedCompetition('libertadores-2024-qualifying.json');
    const nacionals = competition.teams.filter((team) => team.name === 'Nacional');
    expect(nacionals.map((team) => [team.id, team.country])).toEqual(
      expect.arrayContaining([
        ['nacional-par', 'PAR'],
        ['nacional-uru', 'URU'],
      ]),
    );
    expect(teamPath(competition, 'nacional-par')).toEqual(['E3', 'C2', 'G2']);
    expect(teamPath(competition, 'nacional-uru')).toEqual(['C6', 'G3']);
    expect(findTie(competition, 'C2').teams).toContain('atletico-nacional');
  });

  it('records the four CAF walkovers the seed article omits, with a data note for each', () => {
    const competition = shippedCompetition('caf-cc-2023-24-qualifying.json');
    const walkovers = competition.stages.flatMap((stage) => stage.ties).filter((tie) => tie.walkover);
    expect(walkovers.map((tie) => [tie.id, tie.winner])).toEqual([
      ['R1-17', 'sekhukhune-united'],
      ['R1-18', 'ferroviario-maputo'],
      ['R1-19', 'kallon'],
      ['R1-20', 'aigle-noir'],
    ]);
    const notedTies = competition.notes.flatMap((note) => ('tie' in note.about ? [note.about.tie] : []));
    expect(notedTies).toEqual(expect.arrayContaining(['R1-05', 'R1-17', 'R1-18', 'R1-19', 'R1-20']));
    expect(competition.notes.find((note) => 'tie' in note.about && note.about.tie === 'R1-05')?.text).toMatch(
      /Singida United/,
    );
  });
});

const issuesOf = (name: string) => parseCompetitionText(fixture(name), name);

describe('broken files', () => {
  it('accepts the valid fixture without issues', () => {
    expect(issuesOf('valid-mini.json')).toMatchObject({ ok: true, issues: [] });
  });

  it('reports bad JSON with the file and the parser message', () => {
    const result = issuesOf('broken-json.json');
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'invalid-json',
        file: 'broken-json.json',
        path: '$',
        expected: 'valid JSON',
      }),
    ]);
  });

  it('reports wrong types at their JSON path with what was expected and found', () => {
    const { ok, issues } = issuesOf('wrong-types.json');
    expect(ok).toBe(false);
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'schema', path: '$.teams[1].ranking', found: '"4th"' }),
        expect.objectContaining({
          code: 'schema',
          path: '$.stages[0].ties[0].legs[0].homeGoals',
          expected: 'number',
          found: '"0"',
        }),
      ]),
    );
  });

  it('reports penalties given as an array, not read as "no kicks"', () => {
    const json = JSON.parse(fixture('valid-mini.json')) as {
      stages: { ties: { penalties: unknown }[] }[];
    };
    json.stages[0]!.ties[0]!.penalties = [];
    expect(parseCompetition(json, 'mini.json')).toEqual({
      ok: false,
      issues: [
        expect.objectContaining({
          code: 'schema',
          path: '$.stages[0].ties[0].penalties',
          expected: 'an object of kicks scored by team id, not an array',
          found: '[]',
        }),
      ],
    });
  });

  it('reports dangling ids: a tie fed into a missing tie and an unknown team', () => {
    const { ok, issues } = issuesOf('dangling-ids.json');
    expect(ok).toBe(false);
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: 'missing-tie',
          path: '$.stages[0].ties[1].winnerTo.tie',
          found: '"F9"',
        }),
        expect.objectContaining({
          code: 'unknown-team',
          path: '$.stages[1].ties[0].teams[1]',
          found: '"charly"',
        }),
      ]),
    );
  });

  it('reports a recorded winner that contradicts the rules', () => {
    const { ok, issues } = issuesOf('contradicting-winner.json');
    expect(ok).toBe(false);
    expect(issues).toContainEqual(
      expect.objectContaining({
        code: 'winner-contradicts-rules',
        severity: 'critical',
        path: '$.stages[1].ties[0].winner',
        expected: 'charlie (aggregate under the rules)',
        found: '"bravo"',
      }),
    );
  });

  it('reports a team drawn into two ties of one stage', () => {
    const { issues } = issuesOf('team-in-two-ties.json');
    expect(issues).toContainEqual(
      expect.objectContaining({
        code: 'team-in-two-ties',
        path: '$.stages[0].ties[1].teams[1]',
        found: '"bravo also in A1"',
      }),
    );
  });

  it('reports an empty file', () => {
    expect(parseCompetitionText('  \n', 'empty.json').issues).toEqual([
      expect.objectContaining({ code: 'empty-file', file: 'empty.json' }),
    ]);
  });
});

describe('issue locations', () => {
  it('names the tie an issue path points into, and none outside the ties', () => {
    const competition = shippedCompetition('libertadores-2024-qualifying.json');
    expect(tieAtPath('$.stages[1].ties[1].legs[1].date', competition)).toBe('C2');
    expect(tieAtPath('$.stages[2].ties[3]', competition)).toBe('G4');
    expect(tieAtPath('$.teams[3].id', competition)).toBeNull();
    expect(tieAtPath('$.stages[1].draw.pots[0]', competition)).toBeNull();
    expect(tieAtPath('$.stages[7].ties[0].winner', competition)).toBeNull();
  });
});

describe('published JSON Schema', () => {
  it('public/data/schema.json is generated from the validation schema (run `npm run schema`)', () => {
    const published: unknown = JSON.parse(readShippedText('schema.json'));
    expect(published).toEqual(buildJsonSchema());
  });
});
