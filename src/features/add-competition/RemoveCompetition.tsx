// Removes a competition the user added, after a confirmation in place.
import { useEffect, useRef, useState } from 'react';
import type { CompetitionIndexEntry } from '../../domain/types.ts';
import { useAppStore } from '../../store/context.tsx';
import { useT } from '../use-translator.ts';
import { dangerButton, secondaryButton } from '../../ui/buttons.ts';
import { rich } from '../../ui/rich.tsx';

interface RemoveCompetitionProps {
  entry: CompetitionIndexEntry;
  /** Called once it is removed, to put focus somewhere that still exists. */
  onRemoved: () => void;
}

export function RemoveCompetition({ entry, onRemoved }: RemoveCompetitionProps) {
  const t = useT();
  const removeCompetition = useAppStore((s) => s.removeCompetition);
  const [confirming, setConfirming] = useState(false);
  const asked = useRef(false);
  const removeRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asked.current) (confirming ? confirmRef : removeRef).current?.focus();
  }, [confirming]);

  if (!confirming) {
    return (
      <button
        ref={removeRef}
        type="button"
        className={`${secondaryButton} h-10`}
        aria-label={t('remove.label', { name: entry.name })}
        onClick={() => {
          asked.current = true;
          setConfirming(true);
        }}
      >
        {t('remove.button')}
      </button>
    );
  }
  return (
    <div
      role="group"
      aria-label={t('remove.confirmLabel')}
      onKeyDown={(event) => {
        if (event.key === 'Escape') setConfirming(false);
      }}
      className="flex min-h-10 flex-wrap items-center gap-2 rounded-md border border-danger bg-danger-soft px-2 py-1 text-sm"
    >
      <span>{rich(t, 'remove.question', { name: <bdi>{entry.name}</bdi> })}</span>
      <button
        ref={confirmRef}
        type="button"
        className={dangerButton}
        onClick={() => {
          removeCompetition(entry.id);
          onRemoved();
        }}
      >
        {t('remove.confirm')}
      </button>
      <button type="button" className={secondaryButton} onClick={() => setConfirming(false)}>
        {t('remove.keep')}
      </button>
    </div>
  );
}
