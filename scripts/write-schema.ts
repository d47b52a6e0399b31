// Writes public/data/schema.json from the validation schema (a test fails when it is stale).
import { writeFile } from 'node:fs/promises';
import { buildJsonSchema } from '../src/data/json-schema.ts';

await writeFile(
  new URL('../public/data/schema.json', import.meta.url),
  `${JSON.stringify(buildJsonSchema(), null, 2)}\n`,
);
console.log('wrote public/data/schema.json');
