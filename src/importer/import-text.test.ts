import { describe, expect, it } from 'vitest';
import { readFixtureText, readSeedText, readShippedText } from '../../tests/files.ts';
import { readSample } from '../../tests/openfootball-kit.ts';
import { detectFormat, importText } from './import-text.ts';

describe('detectFormat', () => {
  it('tells the four formats apart from the text, and the file name where the text is JSON', () => {
    expect(detectFormat(readShippedText('libertadores-2024-qualifying.json'))).toBe('llave-json');
    expect(detectFormat(readFixtureText('broken-json.json'), 'broken-json.json')).toBe('llave-json');
    expect(detectFormat(readSample('football.json/2024-25/uefa.cl.json'))).toBe('football-json');
    expect(detectFormat(readSample('champions-league/2024-25/clq.txt'))).toBe('football-txt');
    expect(detectFormat(readSample('champions-league/2023-24/cl.txt'))).toBe('football-txt');
    for (const seed of ['libertadores-2024.txt', 'libertadores-2023.txt', 'caf-cc-2023-24.txt'])
      expect(detectFormat(readSeedText(seed))).toBe('article');
  });
});

describe('importText', () => {
  it('leaves Llave JSON to parseCompetitionText: no competition, no report, no rules', () => {
    expect(importText(readShippedText('caf-cc-2023-24-qualifying.json'))).toEqual({
      format: 'llave-json',
      competition: null,
      report: [],
      rules: null,
    });
  });

  it('imports an article as importArticle does, with no preset', () => {
    const result = importText(readSeedText('caf-cc-2023-24.txt'), { id: 'caf' });
    expect(result.format).toBe('article');
    expect(result.rules).toBeNull();
    expect(result.competition?.id).toBe('caf');
  });

  it('takes the id and reports the rules of an openfootball file', () => {
    const result = importText(readSample('champions-league/2024-25/elq.txt'), { id: 'uel-q', rules: 'auto' });
    expect(result.competition?.id).toBe('uel-q');
    expect(result.rules?.preset).toBe('uefa-2021');
    expect(result.report.every((finding) => finding.severity !== 'error')).toBe(true);
  });
});
