// Prints what the first load ships, gzip -9, against the budgets (JS ≤ 85 KiB, CSS ≤ 12 KiB): the
// page's own script (index.html's entry: the theme, then the wait for a prerendered page's first
// frame), then the app and React (src/mount-app.tsx and what it imports, boot.ts's chunk among
// them). Run after `vite build`: npm run bundle-size.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** A chunk of Vite's build manifest (dist/.vite/manifest.json), keyed by its source. */
interface ManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
}

const dist = new URL('../dist/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('.vite/manifest.json', dist), 'utf8')) as Record<
  string,
  ManifestChunk
>;
const kib = (file: string) => gzipSync(readFileSync(new URL(file, dist)), { level: 9 }).length / 1024;

/** A chunk's file, CSS and everything it imports statically, skipping what `seen` already holds. */
function closure(key: string, seen: Set<string>): string[] {
  const chunk = manifest[key];
  if (!chunk || seen.has(chunk.file)) return [];
  seen.add(chunk.file);
  return [chunk.file, ...(chunk.css ?? []), ...(chunk.imports ?? []).flatMap((k) => closure(k, seen))];
}

const seen = new Set<string>();
let js = 0;
let css = 0;
for (const [label, key] of [
  ['The page script, before the first frame', 'index.html'],
  ['The app and React, after it', 'src/mount-app.tsx'],
] as const) {
  console.log(label);
  for (const file of closure(key, seen)) {
    const size = kib(file);
    if (file.endsWith('.css')) css += size;
    else js += size;
    console.log(`${size.toFixed(1).padStart(7)} KiB  ${file}`);
  }
  console.log(`  so far: JS ${js.toFixed(1)} KiB gzip, CSS ${css.toFixed(1)} KiB gzip`);
}
// The budgets are for the whole first load (both steps).
const verdict = (size: number, budget: number) =>
  `${size.toFixed(1)} KiB against ${budget}${size > budget ? ': OVER' : ''}`;
console.log(`First load: JS ${verdict(js, 85)}, CSS ${verdict(css, 12)}`);
