import { describe, expect, it } from 'vitest';
import { shippedCompetition } from '../../tests/files.ts';
import { loadLanguage } from '../i18n/translate.ts';
import { shownCompetition, tieViews } from '../store/derived.ts';

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
  it("says a tie's winner qualifies, not that it qualified, while it is to be decided", async () => {
    const lib = shippedCompetition('libertadores-2024-qualifying.json');
    expect(tieViews(lib, 'en')('G1')!.outlet).toMatchObject({ caption: 'Qualified', primary: 'Botafogo' });
    const before = shownCompetition(lib, '2024-01-01|').competition;
    expect(tieViews(before, 'en')('G1')!.outlet).toMatchObject({
      caption: 'Qualifies',
      primary: 'To be decided',
    });
    await loadLanguage('es');
    expect(tieViews(before, 'es')('G1')!.outlet.caption).toBe('Se clasifica');
  });
});
