// The draw of each stage: pots side by side with team, country and ranking, the draw's date, place
// and rules. Where a stage had no pots (CAF), the entry rounds: byes and first-round entrants.
// Choosing a team shows its path in the bracket.
import type { Competition, Pot, Stage, Team } from '../../domain/types.ts';
import type { Translator } from '../../i18n/translate.ts';
import { useAppStore } from '../../store/context.tsx';
import { sortedStages, teamLabels } from '../../store/derived.ts';
import { stageName } from '../../present/words.ts';
import { useT } from '../use-translator.ts';

export function DrawView({ competition }: { competition: Competition }) {
  const stages = sortedStages(competition);
  const stageId = useAppStore((s) => s.stageId);
  const t = useT();
  const shown = stages.filter((stage) => stage.draw && (!stageId || stage.id === stageId));
  const { seeding } = competition;
  const ranking = seeding.asOf
    ? t('draw.asOf', { ranking: seeding.ranking, date: t.date(seeding.asOf, 'long') })
    : seeding.ranking;
  const kind = t(seeding.kind === 'points' ? 'draw.kindPoints' : 'draw.kindPosition');
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm text-muted">{t('draw.seeding', { ranking, kind })}</p>
      {shown.map((stage) =>
        stage.draw && stage.draw.pots.length > 0 ? (
          <StageDraw key={stage.id} competition={competition} stage={stage} t={t} />
        ) : (
          <EntryRounds key={stage.id} competition={competition} stage={stage} t={t} />
        ),
      )}
      {shown.length === 0 && <p className="text-muted">{t('draw.none')}</p>}
    </div>
  );
}

function DrawHeader({ stage, t }: { stage: Stage; t: Translator }) {
  const draw = stage.draw!;
  return (
    <header className="mb-3">
      <h2 className="text-lg font-semibold">{t('draw.title', { stage: stageName(stage, t) })}</h2>
      <p className="text-sm text-muted">
        {t.date(draw.date, 'long')} · {draw.place ?? t('draw.placeUnknown')}
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

function StageDraw({ competition, stage, t }: { competition: Competition; stage: Stage; t: Translator }) {
  return (
    <section className="rounded-lg border border-line bg-surface p-4">
      <DrawHeader stage={stage} t={t} />
      <div className="grid gap-4 sm:grid-cols-2">
        {stage.draw!.pots.map((pot) => (
          <PotTable key={pot.name} competition={competition} pot={pot} t={t} />
        ))}
      </div>
    </section>
  );
}

function TeamTableHead({ t }: { t: Translator }) {
  return (
    <thead className="text-xs text-muted">
      <tr className="border-b border-line">
        <th scope="col" className="py-1 text-left font-medium">
          {t('draw.team')}
        </th>
        <th scope="col" className="py-1 text-left font-medium">
          {t('draw.country')}
        </th>
        <th scope="col" className="py-1 text-right font-medium">
          {t('draw.ranking')}
        </th>
      </tr>
    </thead>
  );
}

function PotTable({ competition, pot, t }: { competition: Competition; pot: Pot; t: Translator }) {
  const teams = new Map(competition.teams.map((team) => [team.id, team]));
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="mb-1 text-left font-semibold">{pot.name}</caption>
      <TeamTableHead t={t} />
      <tbody>
        {pot.entries.map((entry) =>
          'team' in entry ? (
            <TeamRow
              key={entry.team}
              competition={competition}
              team={teams.get(entry.team)}
              ranking={entry.ranking}
              t={t}
            />
          ) : (
            <tr key={entry.winnerOf} className="border-b border-line last:border-0">
              <td className="py-2 text-muted italic" colSpan={3}>
                {t('draw.winnerOf', { tie: entry.winnerOf })}
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
  t,
}: {
  competition: Competition;
  team: Team | undefined;
  ranking: number | null;
  t: Translator;
}) {
  const labels = teamLabels(competition);
  const selectTeam = useAppStore((s) => s.selectTeam);
  const showView = useAppStore((s) => s.showView);
  if (!team) return null;
  return (
    <tr className="border-b border-line last:border-0">
      <td className="py-0.5">
        <button
          type="button"
          className="min-h-11 min-w-11 text-left font-medium text-ink underline-offset-2 hover:text-accent hover:underline"
          onClick={() => {
            selectTeam(team.id);
            showView('bracket');
          }}
        >
          {labels.get(team.id) ?? team.name}
          <span className="sr-only">: {t('draw.showPath')}</span>
        </button>
      </td>
      <td className="py-0.5 text-muted">{team.country}</td>
      <td className="py-0.5 text-right tabular-nums">
        {ranking === null ? <span className="text-muted">{t('draw.unknown')}</span> : t.number(ranking)}
      </td>
    </tr>
  );
}

function EntryRounds({ competition, stage, t }: { competition: Competition; stage: Stage; t: Translator }) {
  const stages = sortedStages(competition);
  const entrants = competition.teams.filter((team) => team.entry === stage.id);
  const isFirst = stages[0]?.id === stage.id;
  return (
    <section className="rounded-lg border border-line bg-surface p-4">
      <DrawHeader stage={stage} t={t} />
      <table className="w-full max-w-xl border-collapse text-sm">
        <caption className="mb-1 text-left font-semibold">
          {t(isFirst ? 'draw.entered' : 'draw.byes', { stage: stageName(stage, t), count: entrants.length })}
        </caption>
        <TeamTableHead t={t} />
        <tbody>
          {entrants.map((team) => (
            <TeamRow key={team.id} competition={competition} team={team} ranking={team.ranking} t={t} />
          ))}
        </tbody>
      </table>
    </section>
  );
}
