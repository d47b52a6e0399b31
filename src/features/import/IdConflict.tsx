// An id already in use: a shipped competition is never replaced, so the choice is a new id; one the user
// added before may also be replaced.
import { useEffect, useRef } from 'react';
import { useAppStore } from '../../store/context.tsx';
import { dangerButton, primaryButton } from './buttons.ts';

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
      {shipped ? (
        <p>
          The id <code className="font-mono">{id}</code> belongs to “<bdi>{name}</bdi>”, shipped with Llave,
          which cannot be replaced.
        </p>
      ) : (
        <p>
          You already added a competition with the id <code className="font-mono">{id}</code>: “
          <bdi>{name}</bdi>”.
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <button ref={renameRef} type="button" className={primaryButton} onClick={onRename}>
          Add as {freeId}
        </button>
        {!shipped && (
          <button type="button" className={dangerButton} onClick={onReplace}>
            Replace it
          </button>
        )}
      </div>
    </div>
  );
}
