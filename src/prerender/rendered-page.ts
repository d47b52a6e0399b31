// What render-page.tsx gives the build's prerender script (scripts/prerender/) for each page.
import type { Competition, CompetitionIndexEntry } from '../domain/types.ts';

export interface RenderedPage {
  entry: CompetitionIndexEntry;
  competition: Competition;
  /** The inside of #root. */
  markup: string;
  /** #root's data-page-key. */
  key: string;
  /** The bracket's drawing alone, as in the page (for the preview image). */
  bracket: string;
}
