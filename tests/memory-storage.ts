// An in-memory stand-in for localStorage in tests; `full` makes every write fail like a full storage.
import type { KeyValueStorage } from '../src/data/persist-competitions.ts';

export function memoryStorage(initial: Record<string, string> = {}, full = false) {
  const map = new Map(Object.entries(initial));
  const storage: KeyValueStorage & { map: Map<string, string> } = {
    map,
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => {
      if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      map.set(key, value);
    },
    removeItem: (key) => void map.delete(key),
  };
  return storage;
}
