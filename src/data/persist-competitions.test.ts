import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../tests/memory-storage.ts';
import { fixtureCompetition, readFixtureText, readShipped } from '../../tests/files.ts';
import { createAppStore, freeCompetitionId } from '../store/store.ts';
import { createCompetitionStorage, STORAGE_PREFIX } from './persist-competitions.ts';

const MINI_TEXT = readFixtureText('valid-mini.json');
const mini = fixtureCompetition('valid-mini.json');
const SHIPPED_ID = 'libertadores-2024-qualifying';

describe('competition storage', () => {
  it('saves a competition and restores it through validation', () => {
    const storage = memoryStorage();
    const kept = createCompetitionStorage(storage);
    expect(kept.save(mini)).toBeNull();
    expect([...storage.map.keys()]).toEqual([`${STORAGE_PREFIX}mini-cup`]);
    const [restored, ...rest] = kept.load();
    expect(rest).toEqual([]);
    expect(restored?.entry).toEqual({
      id: 'mini-cup',
      name: 'Mini Cup qualifying',
      file: 'mini-cup.json',
    });
    expect(restored?.result).toEqual({ ok: true, value: mini, issues: [] });
  });

  it('restores a damaged entry as an error of its own, and the others as they were', () => {
    const storage = memoryStorage({
      [`${STORAGE_PREFIX}broken`]: '{"formatVersion": 1',
      [`${STORAGE_PREFIX}moved`]: MINI_TEXT,
      [`${STORAGE_PREFIX}mini-cup`]: MINI_TEXT,
      'another-app:key': 'not ours',
    });
    const byId = new Map(
      createCompetitionStorage(storage)
        .load()
        .map((stored) => [stored.entry.id, stored]),
    );
    expect([...byId.keys()].sort()).toEqual(['broken', 'mini-cup', 'moved']);
    expect(byId.get('broken')).toMatchObject({
      entry: { id: 'broken', name: 'broken' },
      result: { ok: false, issues: [{ code: 'invalid-json', file: 'broken.json' }] },
    });
    expect(byId.get('moved')?.result).toMatchObject({
      ok: false,
      issues: [{ code: 'schema', path: '$.id', expected: '"moved"', found: '"mini-cup"' }],
    });
    expect(byId.get('mini-cup')?.result.ok).toBe(true);
  });

  it('says why a competition could not be saved', () => {
    expect(createCompetitionStorage(memoryStorage({}, true)).save(mini)).toEqual({ kind: 'full' });
    expect(createCompetitionStorage(null).save(mini)).toEqual({ kind: 'unavailable' });
    const refusing = {
      ...memoryStorage(),
      setItem: () => {
        throw new Error('SecurityError: access denied');
      },
    };
    expect(createCompetitionStorage(refusing).save(mini)).toEqual({
      kind: 'failed',
      reason: 'SecurityError: access denied',
    });
    expect(createCompetitionStorage(null).load()).toEqual([]);
  });
});

describe('user competitions in the store', () => {
  async function storeWith(storage = memoryStorage()) {
    const store = createAppStore(readShipped, createCompetitionStorage(storage));
    await store.getState().loadIndex();
    store.getState().showCompetition(SHIPPED_ID);
    return { store, storage };
  }

  it('adds a competition ready at once, shows it, and restores it in a new store', async () => {
    const { store, storage } = await storeWith();
    expect(store.getState().addCompetition(mini, { file: 'valid-mini.json' })).toEqual({
      ok: true,
      id: 'mini-cup',
      saveError: null,
    });
    expect(store.getState()).toMatchObject({
      competitionId: 'mini-cup',
      userEntries: [{ id: 'mini-cup', name: 'Mini Cup qualifying', file: 'valid-mini.json' }],
      competitions: { 'mini-cup': { status: 'ready', competition: mini } },
    });
    const { store: next } = await storeWith(storage);
    expect(next.getState().userEntries.map((entry) => entry.id)).toEqual(['mini-cup']);
    expect(next.getState().competitions['mini-cup']?.competition).toEqual(mini);
    expect(next.getState().index.entries).toHaveLength(8);
  });

  it('never replaces a shipped competition, and offers a free id', async () => {
    const { store } = await storeWith();
    const clash = { ...mini, id: SHIPPED_ID };
    const before = store.getState();
    expect(store.getState().addCompetition(clash, { replace: true })).toEqual({
      ok: false,
      conflict: 'shipped',
      freeId: `${SHIPPED_ID}-2`,
    });
    expect(store.getState()).toBe(before);
  });

  it('replaces a user competition only when asked', async () => {
    const { store } = await storeWith();
    store.getState().addCompetition(mini);
    const renamed = { ...mini, name: 'Mini Cup (fixed)' };
    expect(store.getState().addCompetition(renamed)).toEqual({
      ok: false,
      conflict: 'user',
      freeId: 'mini-cup-2',
    });
    expect(store.getState().addCompetition(renamed, { replace: true }).ok).toBe(true);
    expect(store.getState().userEntries.map((entry) => entry.name)).toEqual(['Mini Cup (fixed)']);
  });

  it('skips a stored competition whose id is now shipped, without deleting it', async () => {
    const storage = memoryStorage({
      [`${STORAGE_PREFIX}${SHIPPED_ID}`]: JSON.stringify({ ...mini, id: SHIPPED_ID }),
    });
    const { store } = await storeWith(storage);
    expect(store.getState().userEntries).toEqual([]);
    expect(storage.map.size).toBe(1);
  });

  it('removes user competitions only, from the store and the storage, and shows the first shipped one', async () => {
    const { store, storage } = await storeWith();
    store.getState().addCompetition(mini);
    store.getState().removeCompetition(SHIPPED_ID);
    expect(store.getState().index.entries).toHaveLength(8);
    store.getState().removeCompetition('mini-cup');
    expect(store.getState().userEntries).toEqual([]);
    expect(store.getState().competitions['mini-cup']).toBeUndefined();
    expect(store.getState().competitionId).toBe(SHIPPED_ID);
    expect(storage.map.size).toBe(0);
  });

  it('makes free ids of at most 80 characters', () => {
    expect(freeCompetitionId('a', new Set(['a', 'a-2']))).toBe('a-3');
    const long = 'x'.repeat(80);
    expect(freeCompetitionId(long, new Set([long]))).toBe(`${'x'.repeat(78)}-2`);
  });
});
