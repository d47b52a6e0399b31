// The registry this project installs from serves only the platform packages of this machine, so
// `npm install` writes optionalDependencies that have no entry in package-lock.json, and `npm ci`
// then refuses the lock file as out of sync. Run after any `npm install`: drops those dangling
// optional edges (they are other platforms' native binaries that npm would skip here anyway).
import { readFileSync, writeFileSync } from 'node:fs';

/** The part of package-lock.json (lockfileVersion 3) this script reads and edits. */
interface LockFile {
  packages: Record<string, { optionalDependencies?: Record<string, string> }>;
}

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8')) as LockFile;
const dropped: string[] = [];
for (const [path, entry] of Object.entries(lock.packages)) {
  const optional = entry.optionalDependencies ?? {};
  for (const name of Object.keys(optional)) {
    const nested = path ? `${path}/node_modules/${name}` : `node_modules/${name}`;
    if (!lock.packages[nested] && !lock.packages[`node_modules/${name}`]) {
      delete optional[name];
      dropped.push(`${path || '(root)'} → ${name}`);
    }
  }
}
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(
  dropped.length
    ? `dropped ${dropped.length} optional edge(s):\n  ${dropped.join('\n  ')}`
    : 'lock file already consistent',
);
