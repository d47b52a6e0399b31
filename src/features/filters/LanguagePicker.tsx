import { isLang } from '../../i18n/languages.ts';
import { LANGUAGES } from '../../i18n/translate.ts';
import { useAppStore } from '../../store/context.tsx';
import { useT } from '../use-translator.ts';

export function LanguagePicker() {
  const lang = useAppStore((s) => s.lang);
  const setLang = useAppStore((s) => s.setLang);
  const t = useT();
  return (
    <label className="flex flex-col gap-1 text-xs font-medium text-muted">
      <span className="max-sm:sr-only">{t('filter.language')}</span>
      <select
        value={lang}
        onChange={(event) => {
          if (isLang(event.target.value)) setLang(event.target.value);
        }}
        className="h-11 rounded-md border border-field-line bg-surface px-2 text-sm text-ink sm:h-10"
      >
        {LANGUAGES.map((language) => (
          <option key={language.id} value={language.id} lang={language.id}>
            {language.name}
          </option>
        ))}
      </select>
    </label>
  );
}
