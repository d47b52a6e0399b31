import { describe, expect, it } from 'vitest';
import { readShipped } from '../../tests/files.ts';
import { bracketLayout, tieViews } from './derived.ts';
import {
  selectCompetition,
  selectHighlightedTies,
  selectRecordedCompetition,
  selectSelectedTie,
  selectVisibleStages,
} from './selectors.ts';
import { createAppStore } from './store.ts';

async function readyStore() {
  const store = createAppStore(readShipped);
  await store.getState().loadIndex();
  return store;
}

describe('app store', () => {
  it('loads the index, then one competition on demand', async () => {
    const requested: string[] = [];
    const store = createAppStore((file) => (requested.push(file), readShipped(file)));
    await store.getState().loadIndex();
    expect(store.getState().index.entries.map((e) => e.id)).toEqual([
      'libertadores-2024-qualifying',
      'libertadores-2023-qualifying',
      'caf-cc-2023-24-qualifying',
      'ucl-2024-25-qualifying',
      'uel-2024-25-qualifying',
      'uecl-2024-25-qualifying',
      'ucl-2024-25-knockout',
      'ucl-2023-24-knockout',
    ]);
    store.getState().showCompetition('caf-cc-2023-24-qualifying');
    await store.getState().loadCompetition('caf-cc-2023-24-qualifying');
    expect(requested).toEqual(['index.json', 'caf-cc-2023-24-qualifying.json']);
    expect(store.getState().competitions['caf-cc-2023-24-qualifying']?.status).toBe('ready');
    expect(selectCompetition(store.getState())?.teams).toHaveLength(52);
  });

  it('keeps the other competitions working when one file is broken', async () => {
    const store = createAppStore((file) =>
      file === 'libertadores-2023-qualifying.json'
        ? Promise.resolve('{"formatVersion": 1')
        : readShipped(file),
    );
    await store.getState().loadIndex();
    await store.getState().loadCompetition('libertadores-2023-qualifying');
    await store.getState().loadCompetition('libertadores-2024-qualifying');
    const { competitions } = store.getState();
    expect(competitions['libertadores-2023-qualifying']).toMatchObject({
      status: 'error',
      issues: [{ code: 'invalid-json', file: 'libertadores-2023-qualifying.json' }],
    });
    expect(competitions['libertadores-2024-qualifying']?.status).toBe('ready');
  });

  it('reports a file that cannot be fetched as a load-failed issue', async () => {
    const store = createAppStore((file) =>
      file === 'index.json' ? readShipped(file) : Promise.reject(new Error('HTTP 404')),
    );
    await store.getState().loadIndex();
    await store.getState().loadCompetition('libertadores-2024-qualifying');
    expect(store.getState().competitions['libertadores-2024-qualifying']?.issues).toEqual([
      expect.objectContaining({ code: 'load-failed', found: 'HTTP 404' }),
    ]);
  });

  it('filters stages and resets the stage, tie and team when the competition changes', async () => {
    const store = await readyStore();
    const { showCompetition, loadCompetition, showStage, selectTie, selectTeam } = store.getState();
    showCompetition('libertadores-2024-qualifying');
    await loadCompetition('libertadores-2024-qualifying');
    expect(selectVisibleStages(store.getState()).map((s) => s.id)).toEqual([
      'first-stage',
      'second-stage',
      'third-stage',
    ]);
    showStage('second-stage');
    expect(selectVisibleStages(store.getState()).map((s) => s.id)).toEqual(['second-stage']);
    selectTie('C2');
    selectTeam('nacional-par');
    expect(selectSelectedTie(store.getState())?.tie.teams).toEqual(['nacional-par', 'atletico-nacional']);
    expect([...(selectHighlightedTies(store.getState()) ?? [])]).toEqual(['E3', 'C2', 'G2']);
    showCompetition('caf-cc-2023-24-qualifying');
    expect(store.getState()).toMatchObject({ stageId: null, tieId: null, teamId: null });
    expect(selectHighlightedTies(store.getState())).toBeNull();
  });

  it('shows the competition as of a day and with a what-if, the recorded one untouched', async () => {
    const store = await readyStore();
    const { showCompetition, loadCompetition, showAsOf, setWhatIf } = store.getState();
    showCompetition('libertadores-2024-qualifying');
    await loadCompetition('libertadores-2024-qualifying');
    const recorded = selectRecordedCompetition(store.getState())!;
    const tie = (id: string) =>
      selectCompetition(store.getState())!
        .stages.flatMap((stage) => stage.ties)
        .find((t) => t.id === id)!;
    expect(selectCompetition(store.getState())).toBe(recorded);
    showAsOf('2024-02-21');
    expect(tie('C2').winner).toBeNull();
    expect(tie('C2').legs[1]?.homeGoals).toBeNull();
    expect(tie('G2').teams[0]).toBe('winner-of:C2');
    expect(selectCompetition(store.getState())).toBe(selectCompetition(store.getState())); // memoized
    expect(tieViews(selectCompetition(store.getState())!, 'en')('G2')?.feeders[0]).toEqual({
      label: 'Winner of C2 will be Nacional (PAR) or Atlético Nacional',
      tie: 'C2',
    });
    setWhatIf('C2.2:2-0');
    expect(tie('C2').winner).toBe('atletico-nacional');
    expect(tie('G2').teams[0]).toBe('atletico-nacional');
    expect(tieViews(selectCompetition(store.getState())!, 'en')('G2')?.hypothetical).toBe(true);
    expect(tieViews(selectCompetition(store.getState())!, 'en')('C7')?.hypothetical).toBe(false);
    showCompetition('libertadores-2024-qualifying'); // a competition opens as recorded
    expect(store.getState()).toMatchObject({ asOf: null, whatIf: '' });
    expect(selectCompetition(store.getState())).toBe(recorded);
    expect(recorded.stages.flatMap((stage) => stage.ties).find((t) => t.id === 'C2')?.winner).toBe(
      'nacional-par',
    );
  });

  it('lays out the stages shown once per stage filter', async () => {
    const store = await readyStore();
    await store.getState().loadCompetition('libertadores-2024-qualifying');
    store.getState().showCompetition('libertadores-2024-qualifying');
    const layout = () =>
      bracketLayout(selectCompetition(store.getState())!, selectVisibleStages(store.getState()));
    const all = layout();
    expect(all.cards).toHaveLength(15);
    expect(layout()).toBe(all);
    store.getState().showStage('third-stage');
    expect(layout().cards.map((c) => c.tieId)).toEqual(['G1', 'G2', 'G3', 'G4']);
    store.getState().showStage(null);
    expect(layout()).toBe(all);
  });
});
