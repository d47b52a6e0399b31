// "Add competition": a modal dialog that reads a JSON file or an article's text, previews what it would
// add with every issue, and adds it only when nothing is critical. The competition shown is never touched
// until the user presses Add, and a shipped competition is never replaced.
import { useRef, useState } from 'react';
import { useAppStore, useAppStoreApi } from '../../store/context.tsx';
import type { SaveError } from '../../data/persist-competitions.ts';
import type { Translator } from '../../i18n/translate.ts';
import type { AddOptions } from '../../store/store.ts';
import { useT } from '../use-translator.ts';
import { ArticleInput } from './ArticleInput.tsx';
import { dangerNote, primaryButton, secondaryButton } from '../../ui/buttons.ts';
import { CandidatePreview } from './CandidatePreview.tsx';
import { FileDrop } from './FileDrop.tsx';
import { IdConflict, type Conflict } from './IdConflict.tsx';
import { Modal } from '../../ui/Modal.tsx';
import { canAdd, readArticleCandidate, readFileCandidate, type Candidate } from './read-candidate.ts';

export function AddCompetitionDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const store = useAppStoreApi();
  const indexSettled = useAppStore((s) => s.index.status === 'ready' || s.index.status === 'error');
  const [candidate, setCandidate] = useState<Candidate | null>(null);
  const [reading, setReading] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [saveError, setSaveError] = useState<{ error: SaveError; name: string } | null>(null);
  const latest = useRef(0);
  const fileRef = useRef<HTMLInputElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);

  const offer = (next: Candidate) => {
    setCandidate(next);
    setConflict(null);
    setSaveError(null);
  };
  const offerFile = async (file: File) => {
    const ticket = (latest.current += 1);
    setReading(file.name);
    const next = await readFileCandidate(file);
    if (ticket !== latest.current) return; // a later file or article won
    setReading(null);
    offer(next);
  };
  const offerArticle = (text: string) => {
    latest.current += 1;
    setReading(null);
    offer(readArticleCandidate(text));
  };

  const add = (choice: { id?: string; replace?: boolean } = {}) => {
    if (!candidate?.competition || !canAdd(candidate)) return;
    const competition = choice.id ? { ...candidate.competition, id: choice.id } : candidate.competition;
    const options: AddOptions = { file: candidate.file, issues: candidate.issues };
    if (choice.replace) options.replace = true;
    const outcome = store.getState().addCompetition(competition, options);
    if (!outcome.ok) {
      setConflict({ id: competition.id, conflict: outcome.conflict, freeId: outcome.freeId });
    } else if (outcome.saveError) {
      setCandidate(null);
      setConflict(null);
      setSaveError({ error: outcome.saveError, name: competition.name });
      requestAnimationFrame(() => closeRef.current?.focus());
    } else {
      onClose();
    }
  };

  const addable = candidate !== null && canAdd(candidate) && indexSettled && conflict === null;
  return (
    <Modal
      titleId="add-competition-title"
      descriptionId="add-competition-description"
      onClose={onClose}
      initialFocus={fileRef}
    >
      <div>
        <h2 id="add-competition-title" className="text-lg font-semibold">
          {t('import.title')}
        </h2>
        <p id="add-competition-description" className="text-sm text-muted">
          {t('import.description')}
        </p>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <FileDrop inputRef={fileRef} onFile={(file) => void offerFile(file)} reading={reading} />
        <ArticleInput onRead={offerArticle} />
      </div>
      {candidate && <CandidatePreview candidate={candidate} />}
      {conflict && (
        <IdConflict
          key={`${conflict.conflict}:${conflict.id}`}
          conflict={conflict}
          onRename={() => add({ id: conflict.freeId })}
          onReplace={() => add({ replace: true })}
        />
      )}
      {saveError && (
        <p role="alert" className={dangerNote}>
          {t('import.notSaved', { reason: explainSaveError(saveError.error, saveError.name, t) })}
        </p>
      )}
      <div className="flex items-center justify-end gap-2">
        {candidate && !indexSettled && <p className="mr-auto text-sm text-muted">{t('import.waiting')}</p>}
        <button ref={closeRef} type="button" className={secondaryButton} onClick={onClose}>
          {t(saveError ? 'import.close' : 'import.cancel')}
        </button>
        {!saveError && (
          <button type="button" className={primaryButton} disabled={!addable} onClick={() => add()}>
            {t('import.add')}
          </button>
        )}
      </div>
    </Modal>
  );
}

function explainSaveError(error: SaveError, name: string, t: Translator): string {
  if (error.kind === 'full') return t('import.saveFull', { name });
  if (error.kind === 'unavailable') return t('import.saveUnavailable', { name });
  return t('import.saveFailed', { name, reason: error.reason });
}
