import { useAppStore } from '../../store/context.tsx';
import type { ViewMode } from '../../store/store.ts';

const VIEWS: { id: ViewMode; name: string }[] = [
  { id: 'bracket', name: 'Bracket' },
  { id: 'draw', name: 'Draw' },
  { id: 'list', name: 'List' },
  { id: 'notes', name: 'Notes' },
];

export function ViewSwitch() {
  const view = useAppStore((s) => s.view);
  const showView = useAppStore((s) => s.showView);
  return (
    <div className="flex rounded-md border border-line bg-surface p-0.5" role="group" aria-label="View">
      {VIEWS.map((option) => (
        <button
          key={option.id}
          type="button"
          aria-pressed={view === option.id}
          onClick={() => showView(option.id)}
          className="h-9 rounded px-3 text-sm text-ink hover:bg-raised aria-pressed:bg-accent aria-pressed:text-accent-ink"
        >
          {option.name}
        </button>
      ))}
    </div>
  );
}
