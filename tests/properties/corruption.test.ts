// Random corruptions of valid competition files. Whatever is broken, loading never throws: it refuses
// the file with a named issue at (or above) the broken place, and every issue names the file, the
// JSON path, what was expected and what was found.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIssue, jsonPath, type DataIssue, type IssueCode } from '../../src/data/issues.ts';
import {
  MAX_FILE_BYTES,
  parseCompetition,
  parseCompetitionText,
  type Parsed,
} from '../../src/data/parse-competition.ts';
import type { Competition } from '../../src/domain/types.ts';
import {
  RESERVED_KEYS,
  codePointArb,
  competitions,
  teamIdArb,
  type CompetitionFile,
} from './arbitrary-competition.ts';

const FILE = 'corrupt.json';
/** Valid files to corrupt: up to 3 stages of up to 2 ties keep 10 000 cases per property quick (test:deep). */
const files = competitions({ maxStages: 3, maxTies: 2 });

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];
type JsonObject = { [key: string]: Json };

/** A generated file is plain JSON data. */
const asJson = (file: CompetitionFile): Json => file as unknown as Json;
const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Sets an own property, even `__proto__`, as JSON.parse would. */
function setOwn(target: JsonObject, key: string, value: Json): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A copy of `root` with the value at `path` replaced by `change(value)`; containers on the path are copied. */
function updateAt(root: Json, path: readonly (string | number)[], change: (value: Json) => Json): Json {
  const [key, ...rest] = path;
  if (key === undefined) return change(root);
  if (Array.isArray(root) && typeof key === 'number') {
    const copy = [...root];
    copy[key] = updateAt(root[key]!, rest, change);
    return copy;
  }
  if (isObject(root) && typeof key === 'string') {
    const copy: JsonObject = {};
    for (const [k, v] of Object.entries(root)) setOwn(copy, k, k === key ? updateAt(v, rest, change) : v);
    return copy;
  }
  throw new Error(`no ${String(key)} in ${JSON.stringify(root)}`);
}

/** The object at `path`, with `change` applied to a copy of it. */
const updateObject = (root: Json, path: Path, change: (copy: JsonObject) => void): Json =>
  updateAt(root, path, (value) => {
    if (!isObject(value)) throw new Error(`not an object at ${jsonPath(path)}`);
    const copy: JsonObject = {};
    for (const [k, v] of Object.entries(value)) setOwn(copy, k, v);
    change(copy);
    return copy;
  });

const PENALTIES = '$.stages[].ties[].penalties';

/** A value in the document, with its path and its place in the format (`$.stages[].ties[].winner`). */
interface Site {
  path: Path;
  /** The path with indexes as `[]` and `penalties` keys (team ids) as `*`. */
  pattern: string;
  value: Json;
}

type Visit = (pattern: string, path: readonly (string | number)[], value: Json) => boolean;

/** Patterns by parent pattern and key, so each is one flat string however often it is met. */
const patterns = new Map<string, Map<string, string>>();
function childPattern(parent: string, step: string): string {
  let children = patterns.get(parent);
  if (!children) patterns.set(parent, (children = new Map()));
  let child = children.get(step);
  if (child === undefined) children.set(step, (child = parent + step));
  return child;
}

/** Visits every value depth-first until `visit` returns true; the path is shared, copy it to keep it. */
function walk(root: Json, visit: Visit): void {
  const path: (string | number)[] = [];
  const go = (value: Json, pattern: string): boolean => {
    if (visit(pattern, path, value)) return true;
    if (Array.isArray(value)) {
      const itemPattern = childPattern(pattern, '[]');
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        const stop = go(value[i]!, itemPattern);
        path.pop();
        if (stop) return true;
      }
    } else if (isObject(value)) {
      const isRecord = pattern === PENALTIES;
      for (const key in value) {
        path.push(key);
        const stop = go(value[key]!, childPattern(pattern, isRecord ? '.*' : `.${key}`));
        path.pop();
        if (stop) return true;
      }
    }
    return false;
  };
  go(root, '$');
}

/** The (n mod count)th of the values `keep` accepts, in document order. */
function pickSite(root: Json, n: number, keep: Visit = () => true): Site {
  let count = 0;
  walk(root, (pattern, path, value) => {
    if (keep(pattern, path, value)) count++;
    return false;
  });
  let left = n % count;
  let site: Site | undefined;
  walk(root, (pattern, path, value) => {
    if (!keep(pattern, path, value) || left-- > 0) return false;
    site = { path: [...path], pattern, value };
    return true;
  });
  if (!site) throw new Error('no value to corrupt');
  return site;
}

const pick = <T>(list: readonly T[], n: number): T => {
  const item = list[n % list.length];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
};

/** Whether an issue at `issuePath` points at `target` or at one of its containers. */
const isAtOrAbove = (issuePath: string, target: string): boolean =>
  issuePath === target || target.startsWith(`${issuePath}.`) || target.startsWith(`${issuePath}[`);

function expectWellFormed(issues: readonly DataIssue[]): void {
  for (const issue of issues) {
    const { file, path, expected, found } = issue;
    if (
      !(typeof file === 'string' && file !== '') ||
      !(typeof path === 'string' && path.startsWith('$')) ||
      !(typeof expected === 'string' && expected !== '') ||
      !(typeof found === 'string' && found !== '')
    )
      expect.fail(`malformed issue ${JSON.stringify(issue)}`);
  }
}

/**
 * The result refuses the file with a `code` issue at or above one of `targets` (JSON paths), or also
 * below it when `orWithin` (valibot's `object` takes an array for an object with every key missing).
 */
function expectRefused(
  result: Parsed<Competition>,
  code: IssueCode,
  targets: readonly Path[],
  orWithin = false,
): void {
  expectWellFormed(result.issues);
  const at = targets.map((target) => jsonPath(target));
  const near = (path: string) => at.some((p) => isAtOrAbove(path, p) || (orWithin && isAtOrAbove(p, path)));
  const named = result.issues.some(
    (issue) => issue.code === code && issue.severity === 'critical' && near(issue.path),
  );
  if (result.ok || !named) {
    expect.fail(
      `expected ok: false with a critical ${code} issue at or ${orWithin ? 'in' : 'above'} ${at.join(' or ')}, got ok: ${result.ok}\n` +
        result.issues.map(formatIssue).join('\n'),
    );
  }
}

// ---- (a) Structural corruptions of the parsed document ------------------------------------------------

const OPTIONAL_KEYS = new Set([
  '$schema',
  'fullName',
  'unconfirmed',
  'note',
  'time',
  'regularTime',
  'awarded',
  'neutral',
  'awayGoalsInExtraTime',
  'round',
]);
const NULLABLE = new Set([
  'ranking',
  'date',
  'venue',
  'city',
  'penalties',
  'walkover',
  'winner',
  'decidedBy',
  'draw',
  'place',
  'asOf',
  'reason',
  'resolution',
  'url',
  'time',
]);
/** A leg's goals are null before it is played; the score after 90 minutes never is. */
const NULLABLE_PATTERNS = new Set([
  '$.stages[].ties[].legs[].homeGoals',
  '$.stages[].ties[].legs[].awayGoals',
]);
const slotArb = fc.constantFrom(0 as const, 1 as const);
const POT_RANKING = '$.stages[].draw.pots[].entries[].ranking';

/** Values of another type (or out of range) that the schema refuses at this place. */
function wrongValues({ pattern, value }: Site): Json[] {
  const key = pattern.slice(pattern.lastIndexOf('.') + 1);
  const nullable = (NULLABLE.has(key) || NULLABLE_PATTERNS.has(pattern)) && pattern !== '$.seeding.ranking';
  const orNull: Json[] = nullable ? [] : [null];
  if (typeof value === 'string') return [7, true, [], {}, ...orNull];
  if (typeof value === 'number') {
    const bounded = /(Goals|\.slot|\.\*|formatVersion)$/.test(pattern);
    return [
      String(value),
      true,
      [],
      {},
      ...orNull,
      ...(pattern === POT_RANKING ? [] : [-1]),
      ...(bounded ? [1e9] : []),
    ];
  }
  if (typeof value === 'boolean') return ['true', 1, [], {}, null];
  // Left out: `penalties: {}`, an empty record, passes the schema (the tie is then judged on its kicks).
  if (value === null)
    return pattern === PENALTIES ? [true, 7, []] : [true, [], {}, ...(key === 'ranking' ? [] : [7])];
  if (Array.isArray(value)) return [{}, 'x', 7, null];
  return [[], 'x', 7, ...orNull];
}

/** Ids of every kind in the file, to make one that is none of them. */
function unknownId(file: CompetitionFile, seed: string): string {
  const ids = new Set<string>([
    ...file.teams.map((team) => team.id),
    ...file.stages.map((stage) => stage.id),
    ...file.stages.flatMap((stage) => stage.ties.map((tie) => tie.id)),
    ...file.exits.map((exit) => exit.id),
  ]);
  let id = seed;
  while (ids.has(id)) id += '?';
  return id;
}

/** Reference sites and the issue a dangling reference there must give. */
const REFERENCES: Readonly<Record<string, IssueCode>> = {
  '$.teams[].entry': 'unknown-stage',
  '$.stages[].draw.pots[].entries[].team': 'unknown-team',
  '$.stages[].draw.pots[].entries[].winnerOf': 'missing-tie',
  '$.stages[].ties[].teams[]': 'unknown-team',
  '$.stages[].ties[].legs[].home': 'unknown-team',
  '$.stages[].ties[].legs[].away': 'unknown-team',
  '$.stages[].ties[].penalties.*': 'unknown-team',
  '$.stages[].ties[].winner': 'winner-contradicts-rules',
  '$.stages[].ties[].winnerTo.tie': 'missing-tie',
  '$.stages[].ties[].loserTo.tie': 'missing-tie',
  '$.stages[].ties[].winnerTo.exit': 'unknown-exit',
  '$.stages[].ties[].loserTo.exit': 'unknown-exit',
  '$.notes[].about.team': 'unknown-team',
  '$.notes[].about.tie': 'missing-tie',
  '$.notes[].about.stage': 'unknown-stage',
};

describe('structural corruptions are refused with a named issue at the broken place', () => {
  it('a required key deleted anywhere → schema', () => {
    fc.assert(
      fc.property(files, fc.nat(), (file, n) => {
        const root = asJson(file);
        const { path } = pickSite(
          root,
          n,
          (pattern, path) =>
            typeof path.at(-1) === 'string' &&
            !OPTIONAL_KEYS.has(path.at(-1) as string) &&
            !pattern.endsWith('.*'),
        );
        const corrupt = updateObject(root, path.slice(0, -1), (copy) => delete copy[path.at(-1) as string]);
        expectRefused(parseCompetition(corrupt, FILE), 'schema', [path]);
      }),
    );
  });

  it('a value replaced by one of another type or out of range → schema', () => {
    fc.assert(
      fc.property(files, fc.nat(), fc.nat(), (file, n, m) => {
        const root = asJson(file);
        const site = pickSite(root, n);
        const wrong = pick(wrongValues(site), m);
        const corrupt = updateAt(root, site.path, () => wrong);
        // An array or an object where an object belongs is reported by the keys it lacks, inside it.
        const objectPlace = isObject(site.value) || site.value === null;
        const container = typeof wrong === 'object' && wrong !== null;
        expectRefused(parseCompetition(corrupt, FILE), 'schema', [site.path], objectPlace && container);
      }),
    );
  });

  it('a team, tie, stage or exit reference pointed at an unknown id → unknown-team, missing-tie, …', () => {
    fc.assert(
      fc.property(files, fc.nat(), teamIdArb, (file, n, seed) => {
        const root = asJson(file);
        const site = pickSite(root, n, (pattern) => Object.hasOwn(REFERENCES, pattern));
        const unknown = unknownId(file, seed);
        const code = REFERENCES[site.pattern]!;
        if (site.pattern.endsWith('.*')) {
          // A shoot-out score keyed by a team that is not in the tie.
          const key = site.path.at(-1) as string;
          const target = [...site.path.slice(0, -1), unknown];
          const corrupt = updateObject(root, site.path.slice(0, -1), (copy) => {
            delete copy[key];
            setOwn(copy, unknown, site.value);
          });
          expectRefused(parseCompetition(corrupt, FILE), code, [target]);
        } else {
          const corrupt = updateAt(root, site.path, () => unknown);
          expectRefused(parseCompetition(corrupt, FILE), code, [site.path]);
        }
      }),
    );
  });

  it('an id given to a later team, stage, tie, exit or note, or a team or tie copied → duplicate-id', () => {
    fc.assert(
      fc.property(files, fc.nat(), fc.nat(), fc.nat(), fc.boolean(), (file, k, i, j, insertCopy) => {
        const root = asJson(file);
        if (insertCopy) {
          // A copy of a team or a tie inserted after it in its list.
          const item = pick(pick([idGroups(file)[0]!, idGroups(file)[2]!], k), i);
          const list = item.slice(0, -1);
          const index = item.at(-1) as number;
          const length = (getAt(root, list) as Json[]).length;
          const at = index + 1 + (j % (length - index));
          const copy = getAt(root, item);
          const corrupt = updateAt(root, list, (items) => (items as Json[]).toSpliced(at, 0, copy));
          expectRefused(parseCompetition(corrupt, FILE), 'duplicate-id', [[...list, at, 'id']]);
        } else {
          // A later item takes the id of an earlier one of its kind.
          const items = pick(
            idGroups(file).filter((group) => group.length >= 2),
            k,
          );
          const a = i % (items.length - 1);
          const b = a + 1 + (j % (items.length - 1 - a));
          const id = getAt(root, [...items[a]!, 'id']);
          const corrupt = updateObject(root, items[b]!, (item) => setOwn(item, 'id', id));
          expectRefused(parseCompetition(corrupt, FILE), 'duplicate-id', [[...items[b]!, 'id']]);
        }
      }),
    );
  });

  it('a team of one tie put into another tie of the same stage → team-in-two-ties', () => {
    fc.assert(
      fc.property(
        competitions({ maxStages: 3, maxTies: 2, minFirstTies: 2 }),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        slotArb,
        slotArb,
        (file, s, t, k, fromSlot, intoSlot) => {
          const stages = file.stages.flatMap((stage, index) => (stage.ties.length >= 2 ? [index] : []));
          const stage = pick(stages, s);
          const count = file.stages[stage]!.ties.length;
          const from = t % count;
          const into = (from + 1 + (k % (count - 1))) % count;
          const team = file.stages[stage]!.ties[from]!.teams[fromSlot]!;
          const target: Path = ['stages', stage, 'ties', into, 'teams', intoSlot];
          const corrupt = updateAt(asJson(file), target, () => team);
          // Reported where the team shows up the second time in the stage: in either tie.
          expectRefused(parseCompetition(corrupt, FILE), 'team-in-two-ties', [
            target,
            ['stages', stage, 'ties', from, 'teams', fromSlot],
          ]);
        },
      ),
    );
  });

  it('a recorded winner flipped to the other team → winner-contradicts-rules (feed-mismatch for a walkover)', () => {
    fc.assert(
      fc.property(files, fc.nat(), (file, n) => {
        // A walkover's winner is only a claim; flipped, it contradicts the slot it was fed into, if any.
        const ties = file.stages.flatMap((stage, s) =>
          stage.ties.flatMap((tie, t) =>
            !tie.walkover || 'tie' in tie.winnerTo ? [{ tie, at: ['stages', s, 'ties', t] }] : [],
          ),
        );
        fc.pre(ties.length > 0);
        const { tie, at } = pick(ties, n);
        const other = tie.teams[0] === tie.winner ? tie.teams[1] : tie.teams[0];
        const corrupt = updateAt(asJson(file), [...at, 'winner'], () => other);
        const result = parseCompetition(corrupt, FILE);
        if (tie.walkover) expectRefused(result, 'feed-mismatch', [[...at, 'winnerTo']]);
        else expectRefused(result, 'winner-contradicts-rules', [[...at, 'winner']]);
      }),
    );
  });
});

/** Places whose ids must be unique among their kind, in document order: teams, stages, ties, exits, notes. */
function idGroups(file: CompetitionFile): Path[][] {
  return [
    file.teams.map((_, i): Path => ['teams', i]),
    file.stages.map((_, s): Path => ['stages', s]),
    file.stages.flatMap((stage, s) => stage.ties.map((_, t): Path => ['stages', s, 'ties', t])),
    file.exits.map((_, i): Path => ['exits', i]),
    file.notes.map((_, i): Path => ['notes', i]),
  ];
}

function getAt(root: Json, path: Path): Json {
  return path.reduce<Json>((value, key) => {
    const next = Array.isArray(value)
      ? value[key as number]
      : isObject(value)
        ? value[key as string]
        : undefined;
    if (next === undefined) throw new Error(`nothing at ${jsonPath(path)}`);
    return next;
  }, root);
}

// ---- (b) Textual corruptions of the file's text ---------------------------------------------------------

/** The result refuses the text with exactly one issue, `code` at `$`. */
function expectOnly(result: Parsed<Competition>, code: IssueCode): void {
  expectWellFormed(result.issues);
  const [issue, ...more] = result.issues;
  if (result.ok || more.length > 0 || issue?.code !== code || issue.path !== '$' || issue.file !== FILE)
    expect.fail(
      `expected only ${code} at $, got ok: ${result.ok}\n${result.issues.map(formatIssue).join('\n')}`,
    );
}

/** What loading a text must give, judged independently of the loader: never a throw, and invalid JSON named. */
function expectTextResult(text: string, result: Parsed<Competition>): void {
  if (text.trim() === '') return expectOnly(result, 'empty-file');
  try {
    JSON.parse(text);
  } catch {
    return expectOnly(result, 'invalid-json');
  }
  // Still JSON: a mutation inside a string or between tokens may keep the file valid, or break an id
  // (unknown-team, …), a value (schema) or a result (winner-contradicts-rules). A refusal must say why.
  expectWellFormed(result.issues);
  const critical = result.issues.some((issue) => issue.severity === 'critical');
  const textual = result.issues.some((issue) => issue.code === 'invalid-json' || issue.code === 'empty-file');
  if (result.ok === critical || textual)
    expect.fail(
      `unexpected result for JSON text: ok: ${result.ok}\n${result.issues.map(formatIssue).join('\n')}`,
    );
}

const textOf = (file: CompetitionFile, pretty: boolean) => JSON.stringify(file, null, pretty ? 2 : undefined);

/** Characters that matter to JSON, and any other. */
const charArb = fc.oneof(
  fc.constantFrom(
    '{',
    '}',
    '[',
    ']',
    '"',
    ',',
    ':',
    '\\',
    '0',
    '-',
    '.',
    'e',
    'n',
    't',
    'f',
    ' ',
    '\n',
    '\u0000',
  ),
  codePointArb,
  fc.string({
    unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)),
    minLength: 1,
    maxLength: 1,
  }),
);

const WHITESPACE = [' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\ufeff', '\u2028', '\u2029', '\u3000'];

describe('textual corruptions never throw and name invalid text', () => {
  it('truncated at any index → empty-file or invalid-json', () => {
    fc.assert(
      fc.property(files, fc.boolean(), fc.nat(), (file, pretty, n) => {
        const text = textOf(file, pretty);
        const cut = text.slice(0, n % text.length);
        // A strict prefix of a JSON object is never JSON: no need to ask JSON.parse.
        expectOnly(parseCompetitionText(cut, FILE), cut === '' ? 'empty-file' : 'invalid-json');
      }),
    );
  });

  it('a character inserted or deleted anywhere → invalid-json, another named issue, or a valid file', () => {
    fc.assert(
      fc.property(
        files,
        fc.boolean(),
        fc.nat(),
        fc.option(charArb, { nil: null }),
        (file, pretty, n, char) => {
          const text = textOf(file, pretty);
          const at = n % text.length;
          const mutated =
            char === null
              ? text.slice(0, at) + text.slice(at + 1)
              : text.slice(0, at) + char + text.slice(at);
          expectTextResult(mutated, parseCompetitionText(mutated, FILE));
        },
      ),
    );
  });

  it('an empty or whitespace-only text → empty-file', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...WHITESPACE), maxLength: 40 }), (text) => {
        expectTextResult(text, parseCompetitionText(text, FILE));
      }),
    );
  });

  it('any text or any JSON value → a result, never a throw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: codePointArb }), fc.json()), (text) => {
        const result = parseCompetitionText(text, FILE);
        expect(result.ok).toBe(false);
        expectTextResult(text, result);
        // Any JSON that is not a competition fails the schema before the integrity checks.
        const codes = new Set(result.issues.map((issue) => issue.code));
        if (codes.has('schema')) expect([...codes]).toEqual(['schema']);
        else expect([...codes]).toEqual([expect.stringMatching(/^(invalid-json|empty-file)$/)]);
      }),
    );
  });
});

// ---- (c) Size limits -------------------------------------------------------------------------------------

/** A valid competition of walkovers with this many ties per stage: cheap to build at any size. */
function bigCompetition(tiesPerStage: readonly number[]): CompetitionFile {
  const teams: Competition['teams'][number][] = [];
  const stages = tiesPerStage.map((count, s) => ({
    id: `S${s + 1}`,
    name: `Stage ${s + 1}`,
    order: s + 1,
    dates: { firstLegs: [], secondLegs: [] },
    tieIds: 'local' as const,
    draw: null,
    ties: Array.from({ length: count }, (_, t) => {
      const pair = [0, 1].map((k) => {
        const id = `s${s + 1}-${t}-${k}`;
        teams.push({ id, name: id, country: 'PAR', ranking: null, entry: `S${s + 1}`, aliases: [] });
        return id;
      });
      return {
        id: `S${s + 1}-${t}`,
        teams: [pair[0]!, pair[1]!] as const,
        legs: [],
        penalties: null,
        walkover: { reason: null },
        winner: pair[0]!,
        decidedBy: 'walkover' as const,
        winnerTo: { exit: 'group-stage' },
        loserTo: { exit: 'eliminated' },
      };
    }),
  }));
  return {
    formatVersion: 1,
    id: 'big',
    name: 'Big',
    confederation: 'Test',
    season: '2025',
    dates: { start: '2025-01-01', end: '2025-12-31' },
    seeding: { ranking: 'Test', kind: 'position', asOf: null },
    rules: { awayGoals: false, extraTime: false, regulation: '', hosting: [] },
    exits: [
      { id: 'group-stage', name: 'Group stage', kind: 'advance' },
      { id: 'eliminated', name: 'Eliminated', kind: 'out' },
    ],
    teams,
    stages,
    notes: [],
    sources: [],
  };
}

describe('size limits', () => {
  const small = JSON.stringify(bigCompetition([2]));

  it('refuses a text over 5 MB before parsing it, and accepts one of exactly 5 MB', () => {
    const padded = (bytes: number) => small + ' '.repeat(bytes - small.length);
    expect(parseCompetitionText(padded(MAX_FILE_BYTES), FILE)).toMatchObject({ ok: true, issues: [] });
    const result = parseCompetitionText(padded(MAX_FILE_BYTES + 1), FILE);
    expect(result).toStrictEqual({
      ok: false,
      issues: [
        expect.objectContaining({ code: 'file-too-large', severity: 'critical', file: FILE, path: '$' }),
      ],
    });
    expectWellFormed(result.issues);
  });

  it('counts the size in UTF-8 bytes, not UTF-16 code units', () => {
    const withHosting = (count: number) =>
      JSON.stringify({
        ...bigCompetition([2]),
        rules: {
          awayGoals: false,
          extraTime: false,
          regulation: '',
          hosting: Array(count).fill('€'.repeat(2000)),
        },
      });
    // 1000 × 2000 "€" (3 bytes each): 2 million code units, 6 MB.
    const heavy = withHosting(1000);
    expect(heavy.length).toBeLessThan(MAX_FILE_BYTES);
    expect(parseCompetitionText(heavy, FILE)).toStrictEqual({
      ok: false,
      issues: [expect.objectContaining({ code: 'file-too-large', path: '$', found: '5.7 MB' })],
    });
    // Padded to exactly 5 MB of UTF-8 it loads; one byte more and it is refused.
    const light = withHosting(800);
    const exact = light + ' '.repeat(MAX_FILE_BYTES - Buffer.byteLength(light));
    expect(parseCompetitionText(exact, FILE)).toMatchObject({ ok: true, issues: [] });
    expect(parseCompetitionText(`${exact} `, FILE).issues).toEqual([
      expect.objectContaining({ code: 'file-too-large' }),
    ]);
  });

  it('refuses a stage of 10 001 ties with a schema issue, and accepts 10 000', () => {
    expect(parseCompetition(bigCompetition([10_000]), FILE)).toMatchObject({ ok: true, issues: [] });
    const result = parseCompetition(bigCompetition([10_001]), FILE);
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([expect.objectContaining({ code: 'schema', path: '$.stages[0].ties' })]);
    expectWellFormed(result.issues);
  });

  it('refuses more than 10 000 ties across stages with too-many-ties, and accepts 10 000', () => {
    expect(parseCompetition(bigCompetition([4_000, 3_000, 3_000]), FILE)).toMatchObject({
      ok: true,
      issues: [],
    });
    const result = parseCompetition(bigCompetition([5_000, 5_001]), FILE);
    expect(result).toStrictEqual({
      ok: false,
      issues: [
        {
          code: 'too-many-ties',
          severity: 'critical',
          file: FILE,
          path: '$.stages',
          expected: 'at most 10000 ties in all stages',
          found: '10001',
        },
      ],
    });
  });
});

// ---- Regressions: what these properties found --------------------------------------------------------

describe('found by these properties', () => {
  const base = () => JSON.parse(JSON.stringify(bigCompetition([2]))) as JsonObject & CompetitionFile;

  it.each([
    [{ team: 'nobody' }, 'unknown-team', '$.notes[0].about.team'],
    [{ tie: 'Z9' }, 'missing-tie', '$.notes[0].about.tie'],
    [{ stage: 'S9' }, 'unknown-stage', '$.notes[0].about.stage'],
  ] as const)('a note about %j → %s', (about, code, path) => {
    const file = { ...base(), notes: [{ id: 'n1', about, source: 's', text: 't', resolution: null }] };
    expect(parseCompetition(file, FILE)).toMatchObject({ ok: false, issues: [{ code, path }] });
  });

  it('two exits or two notes with one id → duplicate-id', () => {
    const file = base();
    const exits = [...file.exits, { id: 'eliminated', name: 'Out again', kind: 'out' as const }];
    const note = { id: 'n1', about: { competition: true } as const, source: '', text: '', resolution: null };
    expect(parseCompetition({ ...file, exits, notes: [note, note] }, FILE)).toMatchObject({
      ok: false,
      issues: [
        { code: 'duplicate-id', path: '$.exits[2].id' },
        { code: 'duplicate-id', path: '$.notes[1].id' },
      ],
    });
  });

  it.each(RESERVED_KEYS)('a team id %j, which `penalties` cannot hold as a key → schema at the id', (id) => {
    const file = base();
    const renamed = JSON.parse(JSON.stringify(file).replaceAll('"s1-0-1"', JSON.stringify(id))) as unknown;
    expectRefused(parseCompetition(renamed, FILE), 'schema', [['teams', 1, 'id']]);
  });
});
