import { describe, expect, it } from 'vitest';
import { shippedCompetition } from '../../tests/files.ts';
import { translator } from '../i18n/translate.ts';
import { presentBracket } from './bracket-words.ts';

describe('presentBracket', () => {
  it('heads the outlet column with where the last stage shown sends its winners', () => {
    const words = presentBracket(shippedCompetition('libertadores-2024-qualifying.json'), translator('en'));
    // One stage shown: its winners play in the next one; all shown: they leave for the group stage.
    expect([...words.outlets]).toEqual([
      ['first-stage', 'Second stage'],
      ['second-stage', 'Third stage'],
      ['third-stage', 'Copa Libertadores group stage'],
    ]);
  });

  it('heads it with the title after a final, and with the next round before it', () => {
    const { outlets } = presentBracket(shippedCompetition('ucl-2023-24-knockout.json'), translator('en'));
    expect([...outlets.values()]).toEqual([
      'Quarter-finals',
      'Semi-finals',
      'Final',
      'UEFA Champions League title',
    ]);
  });
});
