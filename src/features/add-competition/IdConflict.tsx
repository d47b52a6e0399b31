// An id already in use: a shipped competition is never replaced, so the choice is a new id; one the user
// added before may also be replaced.
import { useEffect, useRef } from 'react';
import { useAppStore } from '../../store/context.tsx';
import { useT } from '../use-translator.ts';
import { dangerButton, primaryButton } from '../../ui/buttons.ts';
import { rich } from '../../ui/rich.tsx';

export interface Conflict {
  id: string;
  conflict: 'shipped' | 'user';
  freeId: string;
}

interface IdConflictProps {
  conflict: Conflict;
  onRename: () => void;
  onReplace: () => void;
}

export function IdConflict({ conflict, onRename, onReplace }: IdConflictProps) {
  const t = useT();
  const { id, freeId } = conflict;
  const shipped = conflict.conflict === 'shipped';
  const name = useAppStore(
    (s) => (shipped ? s.index.entries : s.userEntries).find((entry) => entry.id === id)?.name ?? id,
  );
  const renameRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    renameRef.current?.focus();
  }, []);
  return (
    <div
      role="alert"
      className="flex flex-col gap-2 rounded-md border border-danger bg-danger-soft p-3 text-sm"
    >
      <p>
        {rich(t, shipped ? 'import.conflict.shipped' : 'import.conflict.user', {
          id: <code className="font-mono">{id}</code>,
          name: <bdi>{name}</bdi>,
        })}
      </p>
      <div className="flex flex-wrap gap-2">
        <button
          ref={renameRef}
          type="button"
          // A long id wraps rather than running out of the dialog on a phone.
          className={`${primaryButton} h-auto! min-h-9 py-1 whitespace-normal! [overflow-wrap:anywhere]`}
          onClick={onRename}
        >
          {t('import.conflict.addAs', { id: freeId })}
        </button>
        {!shipped && (
          <button type="button" className={dangerButton} onClick={onReplace}>
            {t('import.conflict.replace')}
          </button>
        )}
      </div>
    </div>
  );
}
