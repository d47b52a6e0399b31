// Every data note: where a source and the verified facts disagree, and what we did about it.
import type { Competition, DataNote } from '../../domain/types.ts';
import { useAppStore } from '../../store/context.tsx';
import { selectLabels } from '../../store/selectors.ts';

export function NotesView({ competition }: { competition: Competition }) {
  const labels = selectLabels(competition);
  const selectTie = useAppStore((s) => s.selectTie);
  const scope = (note: DataNote) =>
    'tie' in note.about
      ? `Tie ${note.about.tie}`
      : 'team' in note.about
        ? (labels.get(note.about.team) ?? note.about.team)
        : 'stage' in note.about
          ? (competition.stages.find((s) => s.id === (note.about as { stage: string }).stage)?.name ??
            'Stage')
          : 'Competition';
  return (
    <section className="rounded-lg border border-line bg-surface p-4">
      <h2 className="text-lg font-semibold">Data notes</h2>
      <p className="mb-3 text-sm text-muted">
        Where the source article and the verified facts disagree, the facts win; each difference is listed
        here.
      </p>
      <ul className="flex flex-col divide-y divide-line">
        {competition.notes.map((note) => (
          <li key={note.id} className="py-2 text-sm">
            <p className="text-xs font-semibold tracking-wide text-muted uppercase">
              {'tie' in note.about ? (
                <button
                  type="button"
                  className="uppercase underline"
                  onClick={() => selectTie((note.about as { tie: string }).tie)}
                >
                  {scope(note)}
                </button>
              ) : (
                scope(note)
              )}{' '}
              · {note.source}
            </p>
            <p>{note.text}</p>
            {note.resolution && <p className="text-muted">→ {note.resolution}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
