// A short notice when a link asked for something that does not exist and the nearest valid view is shown.
import type { MessageKey } from '../../i18n/en.ts';
import { useAppStore } from '../../store/context.tsx';
import type { Fallback } from '../../store/view-url.ts';
import { useT } from '../use-translator.ts';

const MESSAGE: Record<Fallback['field'], MessageKey> = {
  competition: 'notice.competition',
  stage: 'notice.stage',
  asOf: 'notice.asOf',
  whatIf: 'notice.whatIf',
  tie: 'notice.tie',
  team: 'notice.team',
  view: 'notice.view',
};

export function FallbackNotice() {
  const fallbacks = useAppStore((s) => s.fallbacks);
  const setFallbacks = useAppStore((s) => s.setFallbacks);
  const t = useT();
  if (fallbacks.length === 0) return null;
  return (
    <div
      role="status"
      className="flex items-start justify-between gap-3 rounded-md border border-line bg-pens-soft px-3 py-2 text-sm text-ink"
    >
      <div>
        <p>{t('notice.outdated')}</p>
        <ul>
          {fallbacks.map((f) => (
            <li key={`${f.field}:${f.value}`}>{t(MESSAGE[f.field], { value: f.value })}</li>
          ))}
        </ul>
      </div>
      <button
        type="button"
        onClick={() => setFallbacks([])}
        className="h-11 shrink-0 rounded px-3 sm:h-10 text-ink hover:bg-raised"
      >
        {t('notice.dismiss')}
      </button>
    </div>
  );
}
