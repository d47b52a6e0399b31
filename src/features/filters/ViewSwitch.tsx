import { useAppStore } from '../../store/context.tsx';
import { VIEW_MODES } from '../../store/view-url.ts';
import { useT } from '../use-translator.ts';

export function ViewSwitch() {
  const view = useAppStore((s) => s.view);
  const showView = useAppStore((s) => s.showView);
  const t = useT();
  return (
    <div
      className="flex shrink-0 rounded-md border border-line bg-surface p-0.5"
      role="group"
      aria-label={t('view.label')}
    >
      {VIEW_MODES.map((mode) => (
        <button
          key={mode}
          type="button"
          aria-pressed={view === mode}
          onClick={() => showView(mode)}
          className="h-11 min-w-11 rounded px-3 max-sm:px-2.5 sm:h-10 text-sm text-ink hover:bg-raised aria-pressed:bg-accent aria-pressed:text-accent-ink"
        >
          {t(`view.${mode}`)}
        </button>
      ))}
    </div>
  );
}
