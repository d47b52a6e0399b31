// The list view: one semantic table per stage, every tie with both legs (home team first), the
// aggregate and how it was decided.
import { describeLeg, describeOutcome, score, summarizeOutcome } from '../../domain/describe.ts';
import type { Competition, Stage, Tie } from '../../domain/types.ts';
import { useAppStore } from '../../store/context.tsx';
import { selectLabels, selectOutcomes, selectVisibleStages } from '../../store/selectors.ts';

export function TieTables({ competition }: { competition: Competition }) {
  const stages = useAppStore(selectVisibleStages);
  return (
    <div className="flex flex-col gap-6">
      {stages.map((stage) => (
        <StageTable key={stage.id} competition={competition} stage={stage} />
      ))}
    </div>
  );
}

function StageTable({ competition, stage }: { competition: Competition; stage: Stage }) {
  return (
    <section
      aria-labelledby={`list-${stage.id}`}
      className="overflow-x-auto rounded-lg border border-line bg-surface"
    >
      <table className="w-full border-collapse text-left text-sm">
        <caption id={`list-${stage.id}`} className="px-4 pt-3 pb-2 text-left text-base font-semibold">
          {stage.name}
          <span className="ml-2 text-sm font-normal text-muted">{stage.ties.length} ties</span>
        </caption>
        <thead className="border-y border-line bg-raised text-xs text-muted uppercase">
          <tr>
            <th scope="col" className="px-4 py-2">
              Tie
            </th>
            <th scope="col" className="px-4 py-2">
              First leg
            </th>
            <th scope="col" className="px-4 py-2">
              Second leg
            </th>
            <th scope="col" className="px-4 py-2">
              Aggregate
            </th>
            <th scope="col" className="px-4 py-2">
              Outcome
            </th>
          </tr>
        </thead>
        <tbody>
          {stage.ties.map((tie) => (
            <TieRow key={tie.id} competition={competition} tie={tie} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

function TieRow({ competition, tie }: { competition: Competition; tie: Tie }) {
  const labels = selectLabels(competition);
  const name = (id: string) => labels.get(id) ?? id;
  const outcome = selectOutcomes(competition).get(tie.id);
  const summary = outcome ? summarizeOutcome(outcome, tie.penalties) : { kind: 'pending' as const };
  const [a, b] = tie.teams;
  const aggregate =
    outcome?.status === 'decided' && tie.legs.length
      ? score(outcome.aggregate[a] ?? 0, outcome.aggregate[b] ?? 0)
      : '—';
  const [first, second] = tie.legs;
  return (
    <tr className="border-b border-line last:border-0">
      <th scope="row" className="px-4 py-2 font-normal">
        <span className="mr-2 font-mono text-xs text-faint">{tie.id}</span>
        {name(a)} v {name(b)}
      </th>
      <td className="px-4 py-2">{first ? describeLeg(first, name) : 'Not played'}</td>
      <td className="px-4 py-2">{second ? describeLeg(second, name) : 'Not played'}</td>
      <td className="px-4 py-2 tabular-nums">{aggregate}</td>
      <td className="px-4 py-2">{describeOutcome(summary, name)}</td>
    </tr>
  );
}
