// The bracket on a phone: one stage at a time (buttons or a horizontal swipe), each tie as a card
// that says where its winner goes ("Winner plays the winner of C8 in G1"), so the connectors' meaning
// is kept without a wide drawing. Tapping a tie opens its details as a bottom sheet.
import { useRef } from 'react';
import type { Competition } from '../../domain/types.ts';
import { useAppStore } from '../../store/context.tsx';
import { sortedStages, tieViews } from '../../store/derived.ts';
import { scoreKey } from '../../present/bracket-words.ts';
import { stageName } from '../../present/words.ts';
import { useT } from '../use-translator.ts';
import { useTieFocusWithin } from '../view-handles.tsx';
import { PhoneTieCard } from './PhoneTieCard.tsx';

const SWIPE = 60; // px of horizontal travel that turns the page

export function PhoneBracket({ competition }: { competition: Competition }) {
  const t = useT();
  const stages = sortedStages(competition);
  const stageId = useAppStore((s) => s.stageId);
  const showStage = useAppStore((s) => s.showStage);
  const index = Math.max(
    0,
    stages.findIndex((stage) => stage.id === stageId),
  );
  const stage = stages[index]!;
  const views = tieViews(competition, t.lang);
  const start = useRef<{ x: number; y: number } | null>(null);
  const list = useRef<HTMLUListElement>(null);
  useTieFocusWithin(list);
  // A swipe that starts and ends on one card must not also open it.
  const swiped = useRef(false);
  const go = (delta: number) => {
    const next = stages[index + delta];
    if (next) showStage(next.id);
  };

  return (
    <section
      aria-label={t('bracket.label')}
      // Vertical scrolling and pinch stay the browser's; a horizontal drag is ours.
      data-layout="phone"
      className="flex touch-pan-y touch-pinch-zoom flex-col gap-3 sm:hidden"
      onPointerDown={(event) => {
        start.current = { x: event.clientX, y: event.clientY };
        swiped.current = false;
      }}
      onPointerCancel={() => (start.current = null)}
      onPointerUp={(event) => {
        const from = start.current;
        start.current = null;
        if (!from) return;
        const dx = event.clientX - from.x;
        if (Math.abs(dx) > SWIPE && Math.abs(dx) > 2 * Math.abs(event.clientY - from.y)) {
          swiped.current = true;
          go(dx < 0 ? 1 : -1);
        }
      }}
      onClickCapture={(event) => {
        if (!swiped.current) return;
        swiped.current = false;
        event.preventDefault();
        event.stopPropagation();
      }}
    >
      <nav aria-label={t('phone.stages')} className="flex items-center justify-between gap-2">
        <StepButton label={t('phone.previous')} disabled={index === 0} onClick={() => go(-1)}>
          ‹
        </StepButton>
        <div className="min-w-0 text-center" aria-live="polite">
          <h2 className="font-semibold">{stageName(stage, t)}</h2>
          <p className="text-xs text-muted">
            {t('phone.stageOf', { index: index + 1, count: stages.length })}
          </p>
        </div>
        <StepButton label={t('phone.next')} disabled={index === stages.length - 1} onClick={() => go(1)}>
          ›
        </StepButton>
      </nav>
      {/* The key to the cards: the home side of each leg, and the three score columns. */}
      <p className="flex items-center justify-between gap-2 px-3 text-xs text-muted">
        <span className="inline-flex items-center gap-1">
          <span className="inline-block h-3 w-3 rounded-sm bg-accent-soft" aria-hidden="true" />
          {t('bracket.legendHome')}
        </span>
        <span>{scoreKey(stage, t)}</span>
      </p>
      <ul ref={list} className="flex flex-col gap-2">
        {stage.ties.map((tie) => {
          const view = views(tie.id);
          return view ? (
            <li key={tie.id}>
              <PhoneTieCard view={view} t={t} />
            </li>
          ) : null;
        })}
      </ul>
    </section>
  );
}

function StepButton({
  label,
  disabled,
  onClick,
  children,
}: {
  label: string;
  disabled: boolean;
  onClick: () => void;
  children: string;
}) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      disabled={disabled}
      onClick={onClick}
      className="h-11 w-11 shrink-0 rounded-md border border-line bg-surface text-2xl leading-none text-ink disabled:cursor-not-allowed disabled:opacity-40"
    >
      <span aria-hidden="true">{children}</span>
    </button>
  );
}
