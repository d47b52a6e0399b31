// @vitest-environment node
// The shipped files are what `npm run data:build` makes of data/ (a sheet or builder changed without
// a rebuild fails here), and the build refuses, writing nothing, what the app would refuse.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  buildDataFiles,
  DataBuildError,
  OUT_DIR,
  REPO_ROOT,
  runDataBuild,
} from '../scripts/data-build/build.ts';
import { SOURCES, type CompetitionSource } from '../scripts/data-build/sources.ts';

const built = buildDataFiles();

describe('npm run data:build', () => {
  it.each(built.files.map((file) => [file.path, file.text]))(
    'builds %s exactly as committed',
    (path, text) => {
      const committed = readFileSync(join(REPO_ROOT, path), 'utf8');
      expect(committed, `${path} is stale: run npm run data:build and commit the result`).toBe(text);
    },
  );

  it('builds every competition file of public/data, and warns of nothing', () => {
    const shipped = readdirSync(join(REPO_ROOT, OUT_DIR)).filter(
      (name) => name.endsWith('.json') && name !== 'schema.json',
    );
    expect(built.files.map((file) => file.path).sort()).toEqual(
      shipped.map((name) => `${OUT_DIR}/${name}`).sort(),
    );
    expect(built.warnings).toEqual([]);
  });
});

describe('npm run data:build refuses', () => {
  const [libertadores2024, libertadores2023] = SOURCES;
  if (!libertadores2024 || !libertadores2023) throw new Error('the shipped sources are missing');
  let out: string | undefined;
  const emptyDir = () => (out = mkdtempSync(join(tmpdir(), 'llave-data-build-')));
  afterEach(() => {
    if (out) rmSync(out, { recursive: true, force: true });
    out = undefined;
  });

  /** The 2024 sheet with C2 recorded for the team that lost it on aggregate (1–0, 3–0). */
  const contradicting: CompetitionSource = {
    ...libertadores2024,
    build: (text, input) => {
      const competition = libertadores2024.build(text, input);
      return {
        ...competition,
        stages: competition.stages.map((stage) => ({
          ...stage,
          ties: stage.ties.map((tie) => (tie.id === 'C2' ? { ...tie, winner: 'atletico-nacional' } : tie)),
        })),
      };
    },
  };

  it('a winner that contradicts the rules, naming the competition, the path, expected and found', () => {
    const dir = emptyDir();
    // A valid competition before it: files are written only once every one has passed.
    expect(() => runDataBuild([libertadores2023, contradicting], dir)).toThrow(DataBuildError);
    expect(() => runDataBuild([libertadores2023, contradicting], dir)).toThrow(
      'competition libertadores-2024-qualifying (libertadores-2024-qualifying.json, built from ' +
        'data/facts/libertadores-2024.yaml) does not validate:\n' +
        '  critical libertadores-2024-qualifying.json $.stages[1].ties[1].winner: expected nacional-par ' +
        '(aggregate under the rules), found "atletico-nacional" [winner-contradicts-rules]',
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('an input that is not a fact sheet, naming the file and each missing field', () => {
    const dir = emptyDir();
    const notASheet = { ...libertadores2024, input: 'tests/fixtures/valid-mini.json' };
    expect(() => runDataBuild([notASheet], dir)).toThrow(
      /^tests\/fixtures\/valid-mini\.json: not a fact sheet the build can read:\n {2}\$\.competition: expected a value, found nothing\n/,
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('two sources of one competition', () => {
    const dir = emptyDir();
    expect(() => runDataBuild([libertadores2024, libertadores2024], dir)).toThrow(
      'two sources build the competition id libertadores-2024-qualifying',
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('nothing, and writes every file, when all pass', () => {
    const dir = emptyDir();
    const { written } = runDataBuild([libertadores2023], dir);
    expect(written).toEqual([
      join(dir, OUT_DIR, 'libertadores-2023-qualifying.json'),
      join(dir, OUT_DIR, 'index.json'),
      join(dir, OUT_DIR, 'teams.json'),
    ]);
  });
});
