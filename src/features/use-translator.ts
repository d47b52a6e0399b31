import { useEffect } from 'react';
import { translator, type Translator } from '../i18n/translate.ts';
import { useAppStore } from '../store/context.tsx';

/** The translator for the chosen language (stable per language). */
export function useT(): Translator {
  return translator(useAppStore((s) => s.lang));
}

/** Keeps <html lang> in step with the chosen language, for screen readers and hyphenation. */
export function useDocumentLanguage(): void {
  const lang = useAppStore((s) => s.lang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
}
