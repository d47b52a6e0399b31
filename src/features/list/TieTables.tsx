// The list view: one semantic table per stage, every tie with both legs (home team first), the
// aggregate and how it was decided. In step with the stage filter, the team search and the selected tie;
// the best way to read the bracket with a screen reader.
import { useRef } from 'react';
import { isSingleMatchStage } from '../../domain/progression.ts';
import type { Competition, Stage } from '../../domain/types.ts';
import type { Translator } from '../../i18n/translate.ts';
import type { LegView, TieView } from '../../present/tie-view.ts';
import { score, stageName } from '../../present/words.ts';
import { useAppStore } from '../../store/context.tsx';
import { tieViews } from '../../store/derived.ts';
import { selectHighlightedTies, selectVisibleStages } from '../../store/selectors.ts';
import { counted, unbrokenScores } from '../../ui/rich.tsx';
import { useT } from '../use-translator.ts';
import { useTieFocusWithin } from '../view-handles.tsx';

export function TieTables({ competition }: { competition: Competition }) {
  const stages = useAppStore(selectVisibleStages);
  const t = useT();
  const root = useRef<HTMLDivElement>(null);
  useTieFocusWithin(root);
  return (
    <div ref={root} className="flex flex-col gap-6">
      {stages.map((stage) => (
        <StageTable key={stage.id} competition={competition} stage={stage} t={t} />
      ))}
    </div>
  );
}

function StageTable({ competition, stage, t }: { competition: Competition; stage: Stage; t: Translator }) {
  // A stage of single matches (a final) has one score column: the match's.
  const single = isSingleMatchStage(stage);
  const columns = single
    ? (['list.tie', 'tie.match', 'list.outcome'] as const)
    : (['list.tie', 'tie.firstLeg', 'tie.secondLeg', 'list.aggregate', 'list.outcome'] as const);
  return (
    <section
      aria-labelledby={`list-${stage.id}`}
      className="overflow-x-auto rounded-lg border border-line bg-surface"
    >
      {/* On a phone the table keeps readable columns and scrolls sideways in its section. */}
      <table className="w-full border-collapse text-left text-sm max-sm:min-w-[40rem]">
        <caption id={`list-${stage.id}`} className="px-4 pt-3 pb-2 text-left text-base font-semibold">
          {stageName(stage, t)}
          <span className="ml-2 text-sm font-normal text-muted">
            {counted(t, 'list.ties', stage.ties.length)}
          </span>
        </caption>
        <thead className="border-y border-line bg-raised text-xs text-muted uppercase">
          <tr>
            {columns.map((key) => (
              <th key={key} scope="col" className="px-4 py-2">
                {t(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {stage.ties.map((tie) => {
            const view = tieViews(competition, t.lang)(tie.id);
            return view && <TieRow key={tie.id} view={view} single={single} t={t} />;
          })}
        </tbody>
      </table>
    </section>
  );
}

function LegCell({ leg, t }: { leg: LegView; t: Translator }) {
  return (
    <>
      {unbrokenScores(leg.summary)}
      {leg.hypothetical && (
        <span className="ml-1 text-xs font-semibold uppercase">({t('whatIf.hypothetical')})</span>
      )}
    </>
  );
}

function TieRow({ view, single, t }: { view: TieView; single: boolean; t: Translator }) {
  const { tie, outcome } = view;
  const selected = useAppStore((s) => s.tieId === tie.id);
  const highlighted = useAppStore(selectHighlightedTies);
  const selectTie = useAppStore((s) => s.selectTie);
  const [a, b] = view.sides;
  const aggregate =
    outcome.status === 'decided' && tie.legs.length ? score(a.aggregate ?? 0, b.aggregate ?? 0) : '—';
  const [first, second] = view.legs;
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
          data-tie-state={view.state}
          onClick={() => selectTie(tie.id)}
          className="min-h-11 text-left underline-offset-2 hover:underline"
        >
          <span className="mr-2 font-mono text-xs text-faint">{tie.id}</span>
          {view.title}
        </button>
      </th>
      <td className="px-4 py-2">{first ? <LegCell leg={first} t={t} /> : t('tie.notPlayed')}</td>
      {!single && (
        <>
          <td className="px-4 py-2">
            {second ? <LegCell leg={second} t={t} /> : first ? '—' : t('tie.notPlayed')}
          </td>
          <td className="px-4 py-2 whitespace-nowrap tabular-nums">{aggregate}</td>
        </>
      )}
      <td className="px-4 py-2">
        {view.hypothetical && (
          <span className="mr-1 text-xs font-semibold uppercase">{t('badge.whatIf')}</span>
        )}
        {unbrokenScores(view.sentence)}
        {/* As the screen-reader sentence: a decided tie's sentence says it already. */}
        {view.state !== 'decided' && (
          <span className="ml-1 text-xs text-muted">({t(`state.${view.state}`)})</span>
        )}
      </td>
    </tr>
  );
}
