// Every data note: where a source and the verified facts disagree, and what we did about it.
import type { Competition, DataNote } from '../../domain/types.ts';
import { useAppStore } from '../../store/context.tsx';
import { teamLabels } from '../../store/derived.ts';
import { stageName } from '../../present/words.ts';
import { useT } from '../use-translator.ts';

export function NotesView({ competition }: { competition: Competition }) {
  const labels = teamLabels(competition);
  const selectTie = useAppStore((s) => s.selectTie);
  const t = useT();
  const scope = ({ about }: DataNote) => {
    if ('tie' in about) {
      return (
        <button
          type="button"
          className="min-h-11 min-w-11 uppercase underline"
          onClick={() => selectTie(about.tie)}
        >
          {t('notes.tie', { tie: about.tie })}
        </button>
      );
    }
    if ('team' in about) return labels.get(about.team) ?? about.team;
    if ('stage' in about) {
      const stage = competition.stages.find((s) => s.id === about.stage);
      return stage ? stageName(stage, t) : about.stage;
    }
    return t('notes.competition');
  };
  return (
    <section className="rounded-lg border border-line bg-surface p-4">
      <h2 className="text-lg font-semibold">{t('notes.title')}</h2>
      <p className="mb-3 text-sm text-muted">{t('notes.intro')}</p>
      {competition.notes.length === 0 && <p className="text-sm">{t('notes.none')}</p>}
      <ul className="flex flex-col divide-y divide-line">
        {competition.notes.map((note) => (
          <li key={note.id} className="py-2 text-sm">
            <p className="text-xs font-semibold tracking-wide text-muted uppercase">
              {scope(note)} · {note.source}
            </p>
            <p>{note.text}</p>
            {note.resolution && <p className="text-muted">→ {note.resolution}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
