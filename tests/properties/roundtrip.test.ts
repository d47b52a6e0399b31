// Random valid competitions: the generator only makes files the loader accepts without any issue, and
// every such file survives JSON.stringify → parseCompetitionText unchanged.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCompetition, parseCompetitionText } from '../../src/data/parse-competition.ts';
import { competitionArb, withoutSchema } from './arbitrary-competition.ts';

describe('random valid competitions', () => {
  it('pass parseCompetition with no issue at all', () => {
    fc.assert(
      fc.property(competitionArb, (file) => {
        const result = parseCompetition(file, 'random.json');
        if (!result.ok || result.issues.length > 0) expect.fail(JSON.stringify(result.issues, null, 2));
      }),
    );
  });

  it('survive JSON.stringify → parseCompetitionText unchanged (only $schema is dropped)', () => {
    fc.assert(
      fc.property(competitionArb, fc.constantFrom(undefined, 2), (file, indent) => {
        const result = parseCompetitionText(JSON.stringify(file, null, indent), 'random.json');
        const expected = { ok: true, value: withoutSchema(file), issues: [] };
        // isDeepStrictEqual is the fast check (prototypes, -0 and all); expect gives the diff.
        if (!isDeepStrictEqual(result, expected)) {
          expect(result).toStrictEqual(expected);
          expect.fail('the parsed competition differs from the file (node:util isDeepStrictEqual)');
        }
      }),
    );
  });
});
