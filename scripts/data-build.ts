// Regenerates the shipped competition files (public/data/*.json except schema.json) from the sources
// in data/ (scripts/data-build/sources.ts). Every competition is validated before anything is written;
// a critical issue stops the build and writes nothing.
//
// Usage: npm run data:build   (re-runnable; tests/data-build.test.ts fails when the committed files are stale)
import { formatIssue } from '../src/data/issues.ts';
import { DataBuildError, runDataBuild } from './data-build/build.ts';

try {
  const { written, warnings } = runDataBuild();
  for (const warning of warnings) console.warn(`warning  ${formatIssue(warning)}`);
  for (const path of written) console.log(`wrote ${path}`);
} catch (error) {
  if (!(error instanceof DataBuildError)) throw error;
  console.error(`data:build: ${error.message}\nNothing was written.`);
  process.exitCode = 1;
}
