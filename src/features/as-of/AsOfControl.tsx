// The day the competition is shown at: previous and next match day, a slider over the match days
// (arrow keys step it), and back to the competition as recorded. The day is part of the link (asOf=).
import { useId } from 'react';
import type { Competition } from '../../domain/types.ts';
import { useAppStore } from '../../store/context.tsx';
import { competitionMatchDays } from '../../store/derived.ts';
import { useT } from '../use-translator.ts';

const stepButton =
  'h-11 w-11 shrink-0 rounded-md border border-line bg-surface text-lg leading-none text-ink hover:bg-raised disabled:cursor-not-allowed disabled:opacity-40 sm:h-9 sm:w-9';

/** `recorded`: the competition as recorded, whose legs' days are the steps. */
export function AsOfControl({ recorded }: { recorded: Competition }) {
  const asOf = useAppStore((s) => s.asOf);
  const showAsOf = useAppStore((s) => s.showAsOf);
  const t = useT();
  const id = useId();
  const days = competitionMatchDays(recorded);
  if (days.length < 2) return null;
  // The last match day on or before the day shown; as recorded, the last one.
  const found = asOf === null ? days.length - 1 : days.findLastIndex((day) => day <= asOf);
  const index = Math.max(found, 0);
  const before = asOf !== null && found < 0; // a day before the first match day
  const go = (i: number) => showAsOf(days[Math.min(Math.max(i, 0), days.length - 1)] ?? null);
  return (
    <div
      role="group"
      aria-labelledby={id}
      className="flex min-w-0 flex-wrap items-center gap-2 text-sm max-sm:w-full sm:shrink-0 sm:flex-nowrap"
      data-testid="as-of"
    >
      <span id={id} className="text-muted">
        {t('asOf.label')}
      </span>
      <button
        type="button"
        className={stepButton}
        aria-label={t('asOf.previous')}
        disabled={before || index === 0}
        onClick={() => go(index - 1)}
      >
        ‹
      </button>
      <input
        type="range"
        min={0}
        max={days.length - 1}
        step={1}
        value={index}
        aria-label={t('asOf.day')}
        aria-valuetext={asOf ? t.date(asOf) : t('asOf.latest')}
        onChange={(event) => go(Number(event.target.value))}
        className="h-11 min-w-24 flex-1 accent-[var(--accent)] sm:h-9 sm:w-32 sm:flex-none"
      />
      <button
        type="button"
        className={stepButton}
        aria-label={t('asOf.next')}
        disabled={!before && index === days.length - 1}
        onClick={() => go(before ? 0 : index + 1)}
      >
        ›
      </button>
      <output className="shrink-0 font-medium text-ink sm:min-w-24">
        {asOf ? t.date(asOf) : t('asOf.latest')}
      </output>
      {asOf && (
        <button
          type="button"
          className="h-11 shrink-0 rounded-md px-1 text-accent underline underline-offset-2 sm:h-9 sm:px-2"
          onClick={() => showAsOf(null)}
        >
          {t('asOf.latest')}
        </button>
      )}
    </div>
  );
}
