import { lazy, Suspense, useRef, useState } from 'react';
import { useAppStore } from '../../store/context.tsx';
import { useT } from '../use-translator.ts';
import { secondaryButton } from '../../ui/buttons.ts';

// The dialog (and the article importer behind it) loads when first opened: most visits never add one.
const RemoveCompetition = lazy(() =>
  import('./RemoveCompetition.tsx').then((module) => ({ default: module.RemoveCompetition })),
);
const AddCompetitionDialog = lazy(() =>
  import('./AddCompetitionDialog.tsx').then((module) => ({ default: module.AddCompetitionDialog })),
);

/** The header controls: the "Add competition" button, and "Remove" while a user competition is shown. */
export function AddCompetition() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const shown = useAppStore((s) => s.userEntries.find((entry) => entry.id === s.competitionId) ?? null);
  return (
    <div className="flex flex-wrap items-end gap-2">
      <button
        ref={buttonRef}
        type="button"
        className={`${secondaryButton} h-10`}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {t('import.open')}
      </button>
      {shown && (
        <Suspense fallback={null}>
          <RemoveCompetition key={shown.id} entry={shown} onRemoved={() => buttonRef.current?.focus()} />
        </Suspense>
      )}
      {open && (
        <Suspense fallback={null}>
          <AddCompetitionDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
