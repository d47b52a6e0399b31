// What render-page.tsx gives the build's prerender script (scripts/prerender/) for each page.
import type { CompetitionIndexEntry } from '../domain/types.ts';
import type { Lang } from '../i18n/languages.ts';
import type { pageWords } from '../present/words.ts';

export interface RenderedPage {
  entry: CompetitionIndexEntry;
  lang: Lang;
  /** Its title, description and preview image's text, in its language. */
  words: ReturnType<typeof pageWords>;
  /** The inside of #root. */
  markup: string;
  /** #root's data-page-key. */
  key: string;
  /** The bracket's drawing alone, as in the page (for the preview image). */
  bracket: string;
}
