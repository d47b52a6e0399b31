import { describe, expect, it } from 'vitest';
import { shippedCompetition } from '../../tests/files.ts';
import { competitionMatchDays, competitionOnDay, tieViews } from './derived.ts';

describe('competitionOnDay', () => {
  const lib2024 = shippedCompetition('libertadores-2024-qualifying.json');

  it('gives one object per competition and day, so the views of that day are memoized too', () => {
    const day = competitionOnDay(lib2024, '2024-02-10');
    expect(competitionOnDay(lib2024, '2024-02-10')).toBe(day);
    expect(competitionOnDay(lib2024, '2024-02-13')).not.toBe(day);
    expect(tieViews(day.competition, 'en')).toBe(tieViews(day.competition, 'en'));
    expect(competitionMatchDays(lib2024)).toBe(competitionMatchDays(lib2024));
    expect(competitionMatchDays(lib2024)[0]).toBe('2024-02-06');
  });
});
