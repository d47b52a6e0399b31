import { useEffect } from 'react';
import { translator, type Translator } from '../i18n/translate.ts';
import { pageTitle } from '../present/words.ts';
import { useAppStore } from '../store/context.tsx';
import { selectRecordedCompetition } from '../store/selectors.ts';

/** The translator for the chosen language (stable per language). */
export function useT(): Translator {
  return translator(useAppStore((s) => s.lang));
}

/** The document's title: the shown competition's page's, as the build writes it (present/words.ts). */
export function useDocumentTitle(): void {
  const competition = useAppStore(selectRecordedCompetition);
  const t = useT();
  useEffect(() => {
    document.title = competition ? pageTitle(competition, t) : `Llave · ${t('app.tagline')}`;
  }, [competition, t]);
}

/** Keeps <html lang> in step with the chosen language, for screen readers and hyphenation. */
export function useDocumentLanguage(): void {
  const lang = useAppStore((s) => s.lang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
}
