import { useAppStore } from '../../store/context.tsx';

export function CompetitionPicker() {
  const entries = useAppStore((s) => s.index.entries);
  const competitionId = useAppStore((s) => s.competitionId);
  const showCompetition = useAppStore((s) => s.showCompetition);
  return (
    <label className="flex min-w-0 flex-col gap-1 text-xs font-medium text-muted">
      Competition
      <select
        className="h-10 w-80 max-w-full rounded-md border border-line bg-surface px-2 text-sm text-ink"
        value={competitionId ?? ''}
        onChange={(event) => showCompetition(event.target.value)}
      >
        {entries.map((entry) => (
          <option key={entry.id} value={entry.id}>
            {entry.name}
          </option>
        ))}
      </select>
    </label>
  );
}
