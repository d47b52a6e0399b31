// A shipped competition's page, in one language, as the build writes it (scripts/prerender/): the
// store loaded from the data files, the bracket drawn by its own handle into a DOM (the build's
// jsdom), then the whole app rendered to HTML around that drawing. The browser takes the page over
// (mount-app.tsx).
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { prerender } from 'react-dom/static';
import { App } from '../App.tsx';
import type { ReadText } from '../data/load.ts';
import { createBracketController } from '../features/bracket/bracket-controller.ts';
import { StaticBracket } from '../features/bracket/BracketView.tsx';
import { StoreProvider } from '../store/context.tsx';
import { selectCompetitionState, selectPageKey } from '../store/selectors.ts';
import { createAppStore } from '../store/store.ts';
import type { CompetitionIndexEntry } from '../domain/types.ts';
import type { Lang } from '../i18n/languages.ts';
import { LANGUAGES, loadLanguage, translator } from '../i18n/translate.ts';
import { pageWords } from '../present/words.ts';
import type { RenderedPage } from './rendered-page.ts';

/**
 * Every shipped competition's page in every language, in the index's order (the first is the default
 * one), English first.
 */
export async function renderPages(readText: ReadText): Promise<RenderedPage[]> {
  const index = createAppStore(readText, null);
  await index.getState().loadIndex();
  const state = index.getState().index;
  if (state.status !== 'ready') throw new Error(`data/index.json: ${JSON.stringify(state.issues)}`);
  const pages: RenderedPage[] = [];
  for (const entry of state.entries)
    for (const { id: lang } of LANGUAGES) pages.push(await renderPage(readText, entry, lang));
  return pages;
}

async function renderPage(
  readText: ReadText,
  entry: CompetitionIndexEntry,
  lang: Lang,
): Promise<RenderedPage> {
  const store = createAppStore(readText, null);
  await store.getState().loadIndex();
  await loadLanguage(lang);
  store.getState().setLang(lang);
  await new Promise((resolve) => setTimeout(resolve)); // setLang's switch, once the strings are in
  if (store.getState().lang !== lang) throw new Error(`the ${lang} strings did not load`);
  store.getState().showCompetition(entry.id);
  await store.getState().loadCompetition(entry.id);
  const loaded = selectCompetitionState(store.getState());
  if (!loaded.competition) {
    throw new Error(`data/${entry.file}: ${loaded.issues.map((i) => `${i.path}: ${i.expected}`).join('; ')}`);
  }
  const host = document.createElement('div');
  const controller = createBracketController(store, host);
  const bracket = controller.staticMarkup();
  controller.destroy();
  const page = (
    <StrictMode>
      <StaticBracket value={bracket}>
        <StoreProvider store={store}>
          <App />
        </StoreProvider>
      </StaticBracket>
    </StrictMode>
  );
  // The views App loads lazily are loaded first (prerender waits for them), so that the page is
  // then rendered in one piece: renderToString writes no script to reveal parts that came late.
  await prerender(page);
  const markup = renderToString(page);
  return {
    entry,
    lang,
    words: pageWords(loaded.competition, translator(lang)),
    markup,
    key: selectPageKey(store.getState()),
    bracket,
  };
}
