import { describe, expect, it } from 'vitest';
import { fold, slug } from './text.ts';

describe('text keys', () => {
  it('folds accents, full-width letters and ligatures to plain lower case', () => {
    expect(fold('Águilas Doradas')).toBe('aguilas doradas');
    expect(slug('Ｃｕｐ ﬁnal — Águilas', 40)).toBe('cup-final-aguilas');
    expect(slug('Ölçü', 2)).toBe('ol');
    expect(slug('— !', 10)).toBe('');
  });
});
