// The first way in: choose a file (Llave JSON, Football.TXT or Football.JSON), or drop one on the zone.
import { useState, type RefObject } from 'react';
import { MAX_FILE_BYTES } from '../../data/parse-competition.ts';
import { useT } from '../use-translator.ts';
import { primaryButton } from '../../ui/buttons.ts';

interface FileDropProps {
  inputRef: RefObject<HTMLInputElement | null>;
  onFile: (file: File) => void;
}

export function FileDrop({ inputRef, onFile }: FileDropProps) {
  const t = useT();
  const [over, setOver] = useState(false);
  return (
    <section aria-labelledby="add-file-heading" className="flex flex-col gap-2">
      <h3 id="add-file-heading" className="text-sm font-semibold">
        {t('import.file.heading')}
      </h3>
      <div
        data-testid="drop-zone"
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(event) => {
          event.preventDefault();
          setOver(false);
          const file = event.dataTransfer.files[0];
          if (file) onFile(file);
        }}
        className={`flex min-h-36 flex-1 flex-col items-center justify-center gap-3 rounded-lg border-2 border-dashed p-4 text-center text-sm ${
          over ? 'border-accent bg-accent-soft' : 'border-line bg-raised'
        }`}
      >
        <p className="text-muted">{t('import.file.drop', { size: MAX_FILE_BYTES / 1024 / 1024 })}</p>
        <label
          className={`${primaryButton} cursor-pointer has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-accent`}
        >
          {t('import.file.choose')}
          <input
            ref={inputRef}
            type="file"
            accept=".json,.txt,application/json,text/plain"
            className="sr-only"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = ''; // choosing the same file again reads it again
              if (file) onFile(file);
            }}
          />
        </label>
      </div>
    </section>
  );
}
