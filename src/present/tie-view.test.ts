import { describe, expect, it } from 'vitest';
import { shippedCompetition } from '../../tests/files.ts';
import { tieViews } from '../store/derived.ts';

describe('presentTie across a season', () => {
  it('sends a Champions League qualifying loser to its Europa League round, as a link to its path there', () => {
    const view = tieViews(shippedCompetition('ucl-2024-25-qualifying.json'), 'en')('Q2-01')!;
    expect(view.destinations).toEqual([
      ['FK Bodø/Glimt went on to', ' ', { tie: 'Q3-10' }],
      [
        'FK RFS moved to the ',
        {
          competition: 'uel-2024-25-qualifying',
          team: 'fk-rfs',
          text: 'UEFA Europa League (Third qualifying round)',
        },
      ],
    ]);
    // It is there: the same club plays in the Europa League's third qualifying round.
    const europa = shippedCompetition('uel-2024-25-qualifying.json');
    const round3 = europa.stages.find((stage) => stage.id === 'round-3')!;
    expect(round3.ties.some((tie) => tie.teams.includes('fk-rfs'))).toBe(true);
  });
});
