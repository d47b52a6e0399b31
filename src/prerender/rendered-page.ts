// What render-page.tsx gives the build's prerender script (scripts/prerender/) for each page.
import type { CompetitionIndexEntry } from '../domain/types.ts';
import type { pageWords } from '../present/words.ts';

export interface RenderedPage {
  entry: CompetitionIndexEntry;
  /** Its title, description and preview image's text, in English. */
  words: ReturnType<typeof pageWords>;
  /** The inside of #root. */
  markup: string;
  /** #root's data-page-key. */
  key: string;
  /** The bracket's drawing alone, as in the page (for the preview image). */
  bracket: string;
}
