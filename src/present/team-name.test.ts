import { describe, expect, it } from 'vitest';
import { shippedCompetition } from '../../tests/files.ts';
import { competitionAsOf } from '../domain/as-of.ts';
import { translator } from '../i18n/translate.ts';
import { tieViews } from '../store/derived.ts';
import { teamName } from './words.ts';

describe('teamName', () => {
  const labels = new Map([['nacional-par', 'Nacional (PAR)']]);
  const t = translator('en');

  it('gives a team its label and a team not known yet the tie it comes from', () => {
    expect(teamName('nacional-par', labels, t)).toBe('Nacional (PAR)');
    expect(teamName('winner-of:E1', labels, t)).toBe('Winner of E1');
    expect(teamName('loser-of:G1', labels, t)).toBe('Loser of G1');
  });

  it('lets a tie of a competition as of a day read its unknown team', () => {
    const asOf = competitionAsOf(shippedCompetition('libertadores-2024-qualifying.json'), '2024-02-10');
    const view = tieViews(asOf.competition, 'en')('C6')!;
    expect(view.title).toBe('Winner of E1 v Nacional (URU)');
    expect(view.sentence).toBe('To be played');
  });
});
