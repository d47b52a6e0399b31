// The list view: one semantic table per stage, every tie with both legs (home team first), the
// aggregate and how it was decided. In step with the stage filter, the team search and the selected tie;
// the best way to read the bracket with a screen reader.
import { describeLeg, describeOutcome, score, summarizeOutcome } from '../../domain/describe.ts';
import type { Competition, Stage, Tie } from '../../domain/types.ts';
import type { Translator } from '../../i18n/translate.ts';
import { useAppStore } from '../../store/context.tsx';
import {
  selectHighlightedTies,
  selectLabels,
  selectOutcomes,
  selectVisibleStages,
} from '../../store/selectors.ts';
import { useT } from '../use-translator.ts';

export function TieTables({ competition }: { competition: Competition }) {
  const stages = useAppStore(selectVisibleStages);
  const t = useT();
  return (
    <div className="flex flex-col gap-6">
      {stages.map((stage) => (
        <StageTable key={stage.id} competition={competition} stage={stage} t={t} />
      ))}
    </div>
  );
}

function StageTable({ competition, stage, t }: { competition: Competition; stage: Stage; t: Translator }) {
  return (
    <section
      aria-labelledby={`list-${stage.id}`}
      className="overflow-x-auto rounded-lg border border-line bg-surface"
    >
      <table className="w-full border-collapse text-left text-sm">
        <caption id={`list-${stage.id}`} className="px-4 pt-3 pb-2 text-left text-base font-semibold">
          {stage.name}
          <span className="ml-2 text-sm font-normal text-muted">
            {t('list.ties', { count: stage.ties.length })}
          </span>
        </caption>
        <thead className="border-y border-line bg-raised text-xs text-muted uppercase">
          <tr>
            {(['list.tie', 'tie.firstLeg', 'tie.secondLeg', 'list.aggregate', 'list.outcome'] as const).map(
              (key) => (
                <th key={key} scope="col" className="px-4 py-2">
                  {t(key)}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {stage.ties.map((tie) => (
            <TieRow key={tie.id} competition={competition} tie={tie} t={t} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

function TieRow({ competition, tie, t }: { competition: Competition; tie: Tie; t: Translator }) {
  const selected = useAppStore((s) => s.tieId === tie.id);
  const highlighted = useAppStore(selectHighlightedTies);
  const selectTie = useAppStore((s) => s.selectTie);
  const labels = selectLabels(competition);
  const name = (id: string) => labels.get(id) ?? id;
  const outcome = selectOutcomes(competition).get(tie.id);
  const summary = outcome ? summarizeOutcome(outcome, tie.penalties) : ({ kind: 'pending' } as const);
  const [a, b] = tie.teams;
  const aggregate =
    outcome?.status === 'decided' && tie.legs.length
      ? score(outcome.aggregate[a] ?? 0, outcome.aggregate[b] ?? 0)
      : '—';
  const [first, second] = tie.legs;
  // The open tie is never dimmed, even off the highlighted path.
  const dimmed = !selected && highlighted !== null && !highlighted.has(tie.id);
  return (
    <tr
      aria-current={selected ? 'true' : undefined}
      className={`border-b border-line last:border-0 aria-[current]:bg-accent-soft ${dimmed ? 'text-faint' : ''}`}
    >
      <th scope="row" className="px-4 py-1 font-normal">
        <button
          type="button"
          data-tie-id={tie.id}
          onClick={() => selectTie(tie.id)}
          className="min-h-11 text-left underline-offset-2 hover:underline"
        >
          <span className="mr-2 font-mono text-xs text-faint">{tie.id}</span>
          {t('tie.v', { a: name(a), b: name(b) })}
        </button>
      </th>
      <td className="px-4 py-2">{first ? describeLeg(first, name) : t('tie.notPlayed')}</td>
      <td className="px-4 py-2">{second ? describeLeg(second, name) : t('tie.notPlayed')}</td>
      <td className="px-4 py-2 tabular-nums">{aggregate}</td>
      <td className="px-4 py-2">{describeOutcome(summary, name, t)}</td>
    </tr>
  );
}
