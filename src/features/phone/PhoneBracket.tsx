// The bracket on a phone: one stage at a time (buttons or a horizontal swipe), each tie as a card
// that says where its winner goes ("Winner plays the winner of C8 in G1"), so the connectors' meaning
// is kept without a wide drawing. Tapping a tie opens its details as a bottom sheet.
import { useRef } from 'react';
import { nextStep } from '../../domain/progression.ts';
import type { Competition, Tie } from '../../domain/types.ts';
import type { Translator } from '../../i18n/translate.ts';
import type { CardModel } from '../../layout/card-model.ts';
import { useAppStore } from '../../store/context.tsx';
import {
  selectCardModels,
  selectHighlightedTies,
  selectLabels,
  selectSortedStages,
} from '../../store/selectors.ts';
import { useT } from '../use-translator.ts';

const SWIPE = 60; // px of horizontal travel that turns the page

export function PhoneBracket({ competition }: { competition: Competition }) {
  const t = useT();
  const stages = selectSortedStages(competition);
  const stageId = useAppStore((s) => s.stageId);
  const showStage = useAppStore((s) => s.showStage);
  const index = Math.max(
    0,
    stages.findIndex((stage) => stage.id === stageId),
  );
  const stage = stages[index]!;
  const cards = selectCardModels(competition, t.lang);
  const start = useRef<{ x: number; y: number } | null>(null);
  const go = (delta: number) => {
    const next = stages[index + delta];
    if (next) showStage(next.id);
  };

  return (
    <section
      aria-label={t('bracket.label')}
      className="flex flex-col gap-3"
      onPointerDown={(event) => (start.current = { x: event.clientX, y: event.clientY })}
      onPointerUp={(event) => {
        const from = start.current;
        start.current = null;
        if (!from) return;
        const dx = event.clientX - from.x;
        if (Math.abs(dx) > SWIPE && Math.abs(dx) > 2 * Math.abs(event.clientY - from.y)) go(dx < 0 ? 1 : -1);
      }}
    >
      <nav aria-label={t('phone.stages')} className="flex items-center justify-between gap-2">
        <StepButton label={t('phone.previous')} disabled={index === 0} onClick={() => go(-1)}>
          ‹
        </StepButton>
        <div className="text-center">
          <h2 className="font-semibold">{stage.name}</h2>
          <p className="text-xs text-muted">
            {t('phone.stageOf', { index: index + 1, count: stages.length })}
          </p>
        </div>
        <StepButton label={t('phone.next')} disabled={index === stages.length - 1} onClick={() => go(1)}>
          ›
        </StepButton>
      </nav>
      <ul className="flex flex-col gap-2">
        {stage.ties.map((tie) => {
          const card = cards.get(tie.id);
          return card ? (
            <li key={tie.id}>
              <PhoneTieCard competition={competition} tie={tie} card={card} t={t} />
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
      disabled={disabled}
      onClick={onClick}
      className="h-11 w-11 rounded-md border border-line bg-surface text-2xl leading-none text-ink disabled:opacity-40"
    >
      {children}
    </button>
  );
}

function PhoneTieCard({
  competition,
  tie,
  card,
  t,
}: {
  competition: Competition;
  tie: Tie;
  card: CardModel;
  t: Translator;
}) {
  const selected = useAppStore((s) => s.tieId === tie.id);
  const highlighted = useAppStore(selectHighlightedTies);
  const selectTie = useAppStore((s) => s.selectTie);
  const labels = selectLabels(competition);
  const exits = new Map(competition.exits.map((exit) => [exit.id, exit.name]));
  const step = nextStep(competition, tie);
  const next =
    step.kind === 'exit'
      ? t('next.exit', { exit: exits.get(step.exit) ?? step.exit })
      : 'winnerOf' in step.opponent
        ? t('next.playsWinnerOf', { other: step.opponent.winnerOf, tie: step.tie })
        : t('next.playsTeam', { team: labels.get(step.opponent.team) ?? step.opponent.team, tie: step.tie });
  const loserExit =
    'exit' in tie.loserTo
      ? competition.exits.find((e) => e.id === (tie.loserTo as { exit: string }).exit)
      : undefined;
  const dimmed = highlighted !== null && !highlighted.has(tie.id);
  return (
    <button
      type="button"
      data-tie-id={tie.id}
      aria-label={card.label}
      aria-pressed={selected}
      onClick={() => selectTie(tie.id)}
      className={`w-full rounded-lg border bg-surface p-3 text-left ${selected ? 'border-accent ring-2 ring-accent' : 'border-line'} ${dimmed ? 'opacity-50' : ''}`}
    >
      <span className="flex items-center justify-between text-xs font-semibold text-muted">
        {tie.id}
        {card.badge && <span className="rounded-full bg-raised px-2 py-0.5">{card.badge.text}</span>}
      </span>
      {card.teams.map((team) => (
        <span key={team.id} className="mt-1 flex items-center gap-2 text-sm">
          <span className="w-9 text-xs font-semibold text-muted">{team.country}</span>
          <span className={`min-w-0 flex-1 truncate ${team.winner ? 'font-bold text-ink' : 'text-muted'}`}>
            {team.label}
            {team.bye && (
              <span className="ml-1 text-[10px] font-semibold text-muted">{t('bracket.bye')}</span>
            )}
          </span>
          {team.goals.map((goals, leg) => (
            <span
              key={leg}
              className={`w-6 rounded text-center tabular-nums ${team.home[leg] ? 'bg-accent-soft text-ink' : 'text-muted'}`}
            >
              {goals ?? ''}
            </span>
          ))}
          <span
            className={`w-6 text-right tabular-nums ${team.winner ? 'font-bold text-ink' : 'text-muted'}`}
          >
            {team.aggregate ?? ''}
          </span>
        </span>
      ))}
      <span className="mt-2 block border-t border-line pt-2 text-xs text-muted">
        → {next}
        {loserExit?.kind === 'transfer' && (
          <>
            <br />↘ {t('next.loser', { exit: loserExit.name })}
          </>
        )}
      </span>
    </button>
  );
}
