// One tie on a phone: a card with both legs, the aggregate and where the winner goes ("Winner plays
// the winner of C8 in G1"). The card is drawn for the eye and hidden from assistive technology; a
// transparent button laid over it carries the whole card in its name, so the control has no visible
// text of its own that its name could contradict, and every tap on the card lands on it.
import type { Translator } from '../../i18n/translate.ts';
import type { BadgeView, TieView } from '../../present/tie-view.ts';
import { useAppStore } from '../../store/context.tsx';
import { selectHighlightedTies } from '../../store/selectors.ts';

const BADGE: Record<BadgeView['tone'], string> = {
  penalties: 'bg-pens-soft text-pens',
  'away-goals': 'bg-away-soft text-away',
  muted: 'border border-line bg-raised text-muted',
  invalid: 'bg-danger-soft text-danger',
};

export function PhoneTieCard({ view, t }: { view: TieView; t: Translator }) {
  const { tie, next } = view;
  const selected = useAppStore((s) => s.tieId === tie.id);
  const highlighted = useAppStore(selectHighlightedTies);
  const selectTie = useAppStore((s) => s.selectTie);
  // Off the highlighted path the card recedes without losing contrast (no opacity on text).
  const dimmed = highlighted !== null && !highlighted.has(tie.id);
  const strong = dimmed ? 'text-faint' : 'font-bold text-ink';
  const weak = dimmed ? 'text-faint' : 'text-muted';
  const frame = selected
    ? 'border-accent ring-2 ring-accent'
    : highlighted?.has(tie.id)
      ? 'border-accent'
      : view.hypothetical
        ? 'border-dashed border-muted'
        : 'border-line';
  return (
    <div className="relative">
      <div
        aria-hidden="true"
        data-testid="phone-tie-card"
        className={`rounded-lg border p-3 ${dimmed ? 'bg-canvas' : 'bg-surface'} ${frame}`}
      >
        <span className={`flex min-h-5 items-center justify-between gap-2 text-xs font-semibold ${weak}`}>
          {tie.id}
          {view.badge && (
            <span className={`rounded-full px-2 py-0.5 ${dimmed ? 'text-faint' : BADGE[view.badge.tone]}`}>
              {view.badge.text}
            </span>
          )}
        </span>
        {view.sides.map((team) => (
          <span key={team.id} className="mt-1 flex items-start gap-2 text-sm">
            <span className={`w-9 shrink-0 pt-0.5 text-xs font-semibold ${weak}`}>{team.country}</span>
            <span className={`min-w-0 flex-1 leading-snug break-words ${team.winner ? strong : weak}`}>
              {team.label}
              {team.bye && <span className="ml-1 text-[11px] font-semibold">{t('bracket.bye')}</span>}
            </span>
            {team.goals.map((goals, leg) => (
              <span
                key={leg}
                className={`w-6 shrink-0 rounded text-center tabular-nums ${
                  team.home[leg] && !dimmed ? 'bg-accent-soft text-ink' : weak
                }`}
              >
                {goals ?? ''}
              </span>
            ))}
            <span className={`w-6 shrink-0 text-right tabular-nums ${team.winner ? strong : weak}`}>
              {team.aggregate ?? ''}
            </span>
          </span>
        ))}
        <span className={`mt-2 block border-t border-line pt-2 text-xs ${weak}`} data-testid="phone-next">
          → {next.winner}
          {next.loser && (
            <>
              <br />↘ {next.loser}
            </>
          )}
        </span>
      </div>
      <button
        type="button"
        data-tie-id={tie.id}
        data-tie-state={view.state}
        aria-label={[view.label, next.winner, next.loser].filter(Boolean).join('. ')}
        aria-pressed={selected}
        onClick={() => selectTie(tie.id)}
        className="absolute inset-0 h-full w-full cursor-pointer rounded-lg"
      />
    </div>
  );
}
