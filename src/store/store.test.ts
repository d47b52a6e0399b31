import { describe, expect, it } from 'vitest';
import { readShipped } from '../../tests/files.ts';
import { bracketLayout } from './derived.ts';
import {
  selectCompetition,
  selectHighlightedTies,
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
