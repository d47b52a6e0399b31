// "Add competition": a modal dialog that reads a JSON file or an article's text, previews what it would
// add with every issue, and adds it only when nothing is critical. The competition shown is never touched
// until the user presses Add, and a shipped competition is never replaced.
import { useEffect, useRef, useState } from 'react';
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
import { createCandidateReader, fileRequest } from './candidate-reader.ts';
import { ARTICLE_FILE, canAdd, type Candidate, type ReadRequest } from './candidate.ts';
import { rich } from '../../ui/rich.tsx';

export function AddCompetitionDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const store = useAppStoreApi();
  const indexSettled = useAppStore((s) => s.index.status === 'ready' || s.index.status === 'error');
  const [candidate, setCandidate] = useState<Candidate | null>(null);
  const [reading, setReading] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [saveError, setSaveError] = useState<{ error: SaveError; name: string } | null>(null);
  const latest = useRef(0);
  const [reader] = useState(createCandidateReader);
  useEffect(() => () => reader.dispose(), [reader]);
  const fileRef = useRef<HTMLInputElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);

  const offer = (next: Candidate) => {
    setCandidate(next);
    setConflict(null);
    setSaveError(null);
  };
  /** Reads in the worker; a later file or article, or Cancel, wins over a read still running. */
  const lastRequest = useRef<ReadRequest | null>(null);
  const read = async (name: string, request: Promise<ReadRequest | Candidate>) => {
    const ticket = (latest.current += 1);
    setReading(name);
    const ready = await request;
    if ('text' in ready) lastRequest.current = ready;
    const next = 'text' in ready ? await reader.read(ready) : ready;
    if (ticket !== latest.current) return;
    setReading(null);
    if (next) offer(next);
  };
  const cancelRead = () => {
    latest.current += 1;
    reader.cancel();
    setReading(null);
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
        <FileDrop inputRef={fileRef} onFile={(file) => void read(file.name, fileRequest(file))} />
        <ArticleInput
          onRead={(text) =>
            void read(ARTICLE_FILE, Promise.resolve({ source: 'article', file: ARTICLE_FILE, text }))
          }
        />
      </div>
      {reading && (
        <div className="flex items-center gap-3 text-sm text-muted">
          <p role="status">{rich(t, 'import.file.reading', { file: <bdi>{reading}</bdi> })}</p>
          <button type="button" className={secondaryButton} onClick={cancelRead}>
            {t('import.stopReading')}
          </button>
        </div>
      )}
      {candidate && (
        <CandidatePreview
          candidate={candidate}
          onRules={(rules) => {
            const last = lastRequest.current;
            if (last) void read(last.file, Promise.resolve({ ...last, rules }));
          }}
        />
      )}
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
