// Competitions the user added, kept in this browser: each one's JSON text under its own localStorage key.
// At start-up every entry goes through parseCompetitionText like a shipped file, so a damaged entry comes
// back as that competition's error and the others keep working.
import type { Competition, CompetitionIndexEntry } from '../domain/types.ts';
import { parseCompetitionText, type Parsed } from './parse-competition.ts';

export const STORAGE_PREFIX = 'llave:competition:';

/** The part of the Web Storage API used here (localStorage, or a stand-in in tests). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export interface StoredCompetition {
  entry: CompetitionIndexEntry;
  result: Parsed<Competition>;
}

/** Why a competition could not be saved (the page words it in its language). */
export type SaveError =
  | { kind: 'unavailable' } // the browser gives no storage to the page
  | { kind: 'full' }
  | { kind: 'failed'; reason: string };

export interface CompetitionStorage {
  /**
   * Every stored competition, validated again; sorted by name. One that fails is listed under its id,
   * with its issues.
   */
  load: () => StoredCompetition[];
  /** Saves a competition; returns why it could not be saved, or null. */
  save: (competition: Competition) => SaveError | null;
  remove: (id: string) => void;
}

/** localStorage, or null when the browser refuses access to it. */
export function browserStorage(): KeyValueStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function restore(storage: KeyValueStorage, key: string): StoredCompetition {
  const id = key.slice(STORAGE_PREFIX.length);
  const file = `${id}.json`;
  const parsed = parseCompetitionText(storage.getItem(key) ?? '', file);
  const broken = { id, name: id, file };
  if (!parsed.ok) return { entry: broken, result: parsed };
  if (parsed.value.id !== id) {
    const found = JSON.stringify(parsed.value.id);
    return {
      entry: broken,
      result: {
        ok: false,
        issues: [{ code: 'schema', severity: 'critical', file, path: '$.id', expected: `"${id}"`, found }],
      },
    };
  }
  return { entry: { id, name: parsed.value.name, file }, result: parsed };
}

function saveError(error: unknown): SaveError {
  if (error instanceof DOMException && error.name === 'QuotaExceededError') return { kind: 'full' };
  return { kind: 'failed', reason: error instanceof Error ? error.message : String(error) };
}

export function createCompetitionStorage(storage: KeyValueStorage | null): CompetitionStorage {
  return {
    load: () => {
      if (!storage) return [];
      const keys: string[] = [];
      for (let i = 0; i < storage.length; i += 1) {
        const key = storage.key(i);
        if (key?.startsWith(STORAGE_PREFIX) && key.length > STORAGE_PREFIX.length) keys.push(key);
      }
      return keys
        .map((key) => restore(storage, key))
        .sort((a, b) => a.entry.name.localeCompare(b.entry.name));
    },
    save: (competition) => {
      if (!storage) return { kind: 'unavailable' };
      try {
        storage.setItem(`${STORAGE_PREFIX}${competition.id}`, JSON.stringify(competition));
        return null;
      } catch (error) {
        return saveError(error);
      }
    },
    remove: (id) => {
      try {
        storage?.removeItem(`${STORAGE_PREFIX}${id}`);
      } catch {
        // Nothing to undo: an entry that cannot be removed comes back at the next start-up.
      }
    },
  };
}
