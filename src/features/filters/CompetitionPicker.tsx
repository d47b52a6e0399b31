import { useAppStore } from '../../store/context.tsx';
import { useT } from '../use-translator.ts';

export function CompetitionPicker() {
  const entries = useAppStore((s) => s.index.entries);
  const userEntries = useAppStore((s) => s.userEntries);
  const competitions = useAppStore((s) => s.competitions);
  const competitionId = useAppStore((s) => s.competitionId);
  const showCompetition = useAppStore((s) => s.showCompetition);
  const t = useT();
  return (
    <label className="flex min-w-0 flex-col gap-1 text-xs font-medium text-muted max-sm:flex-1">
      <span className="max-sm:sr-only">{t('filter.competition')}</span>
      <select
        className="h-11 w-80 max-w-full rounded-md sm:h-10 lg:w-96 border border-field-line bg-surface px-2 text-sm text-ink"
        value={competitionId ?? ''}
        onChange={(event) => showCompetition(event.target.value)}
      >
        {entries.map((entry) => (
          <option key={entry.id} value={entry.id}>
            {entry.name}
          </option>
        ))}
        {userEntries.length > 0 && (
          <optgroup label={t('filter.addedByYou')}>
            {userEntries.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {competitions[entry.id]?.status === 'error'
                  ? t('filter.notRestored', { name: entry.name })
                  : entry.name}
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </label>
  );
}
