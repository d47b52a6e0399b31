// The draw of each stage: pots side by side with team, country and ranking, the draw's date, place
// and rules. Where a stage had no pots (CAF), the entry rounds: byes and first-round entrants.
import type { Competition, Pot, Stage, Team } from '../../domain/types.ts';
import { useAppStore } from '../../store/context.tsx';
import { selectLabels, selectSortedStages } from '../../store/selectors.ts';

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

export function DrawView({ competition }: { competition: Competition }) {
  const stages = selectSortedStages(competition);
  const stageId = useAppStore((s) => s.stageId);
  const shown = stages.filter((stage) => stage.draw && (!stageId || stage.id === stageId));
  const ranking = `${competition.seeding.ranking}${competition.seeding.asOf ? ` as of ${dateFormat.format(new Date(`${competition.seeding.asOf}T00:00:00Z`))}` : ''}`;
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm text-muted">
        Seeding: {ranking} (
        {competition.seeding.kind === 'points' ? 'points, higher is better' : 'position, lower is better'}
        ). Choose a team to see its path in the bracket.
      </p>
      {shown.map((stage) =>
        stage.draw && stage.draw.pots.length > 0 ? (
          <StageDraw key={stage.id} competition={competition} stage={stage} />
        ) : (
          <EntryRounds key={stage.id} competition={competition} stage={stage} />
        ),
      )}
      {shown.length === 0 && <p className="text-muted">The stages shown had no draw.</p>}
    </div>
  );
}

function DrawHeader({ stage }: { stage: Stage }) {
  const draw = stage.draw!;
  return (
    <header className="mb-3">
      <h2 className="text-lg font-semibold">{stage.name} draw</h2>
      <p className="text-sm text-muted">
        {dateFormat.format(new Date(`${draw.date}T00:00:00Z`))}
        {draw.place ? ` · ${draw.place}` : ' · place unknown'}
      </p>
      {draw.rules.length > 0 && (
        <ul className="mt-2 list-disc pl-5 text-sm">
          {draw.rules.map((rule) => (
            <li key={rule}>{rule}</li>
          ))}
        </ul>
      )}
    </header>
  );
}

function StageDraw({ competition, stage }: { competition: Competition; stage: Stage }) {
  return (
    <section className="rounded-lg border border-line bg-surface p-4">
      <DrawHeader stage={stage} />
      <div className="grid gap-4 sm:grid-cols-2">
        {stage.draw!.pots.map((pot) => (
          <PotTable key={pot.name} competition={competition} pot={pot} />
        ))}
      </div>
    </section>
  );
}

function PotTable({ competition, pot }: { competition: Competition; pot: Pot }) {
  const teams = new Map(competition.teams.map((team) => [team.id, team]));
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="mb-1 text-left font-semibold">{pot.name}</caption>
      <thead className="text-xs text-muted">
        <tr className="border-b border-line">
          <th scope="col" className="py-1 text-left font-medium">
            Team
          </th>
          <th scope="col" className="py-1 text-left font-medium">
            Country
          </th>
          <th scope="col" className="py-1 text-right font-medium">
            Ranking
          </th>
        </tr>
      </thead>
      <tbody>
        {pot.entries.map((entry) =>
          'team' in entry ? (
            <TeamRow
              key={entry.team}
              competition={competition}
              team={teams.get(entry.team)}
              ranking={entry.ranking}
            />
          ) : (
            <tr key={entry.winnerOf} className="border-b border-line last:border-0">
              <td className="py-1.5 text-muted italic" colSpan={3}>
                Winner of {entry.winnerOf} (not known at the draw)
              </td>
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}

function TeamRow({
  competition,
  team,
  ranking,
}: {
  competition: Competition;
  team: Team | undefined;
  ranking: number | null;
}) {
  const labels = selectLabels(competition);
  const selectTeam = useAppStore((s) => s.selectTeam);
  const showView = useAppStore((s) => s.showView);
  if (!team) return null;
  return (
    <tr className="border-b border-line last:border-0">
      <td className="py-1">
        <button
          type="button"
          className="min-h-9 text-left font-medium text-ink underline-offset-2 hover:text-accent hover:underline"
          onClick={() => {
            selectTeam(team.id);
            showView('bracket');
          }}
        >
          {labels.get(team.id) ?? team.name}
          <span className="sr-only">: show path in the bracket</span>
        </button>
      </td>
      <td className="py-1 text-muted">{team.country}</td>
      <td className="py-1 text-right tabular-nums">
        {ranking ?? <span className="text-faint">unknown</span>}
      </td>
    </tr>
  );
}

function EntryRounds({ competition, stage }: { competition: Competition; stage: Stage }) {
  const stages = selectSortedStages(competition);
  const entrants = competition.teams.filter((team) => team.entry === stage.id);
  const isFirst = stages[0]?.id === stage.id;
  return (
    <section className="rounded-lg border border-line bg-surface p-4">
      <DrawHeader stage={stage} />
      <table className="w-full max-w-xl border-collapse text-sm">
        <caption className="mb-1 text-left font-semibold">
          {isFirst ? `Entered in the ${stage.name.toLowerCase()}` : `Byes to the ${stage.name.toLowerCase()}`}{' '}
          ({entrants.length} teams)
        </caption>
        <thead className="text-xs text-muted">
          <tr className="border-b border-line">
            <th scope="col" className="py-1 text-left font-medium">
              Team
            </th>
            <th scope="col" className="py-1 text-left font-medium">
              Country
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              Ranking
            </th>
          </tr>
        </thead>
        <tbody>
          {entrants.map((team) => (
            <TeamRow key={team.id} competition={competition} team={team} ranking={team.ranking} />
          ))}
        </tbody>
      </table>
    </section>
  );
}
