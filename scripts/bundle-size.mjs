// Prints what the first load ships (the entry script, the chunks it preloads, the stylesheet),
// gzip -9, against the budgets: JS ≤ 85 KiB, CSS ≤ 12 KiB. Run after `vite build`.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url);
const html = readFileSync(new URL('index.html', dist), 'utf8');
const files = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
const kib = (file) => gzipSync(readFileSync(new URL(file, dist)), { level: 9 }).length / 1024;
const total = (ext) => files.filter((f) => f.endsWith(ext)).reduce((sum, f) => sum + kib(f), 0);
for (const file of files) console.log(`${kib(file).toFixed(1).padStart(7)} KiB  ${file}`);
console.log(
  `JS  ${total('.js').toFixed(1)} KiB gzip (budget 85)\nCSS ${total('.css').toFixed(1)} KiB gzip (budget 12)`,
);
