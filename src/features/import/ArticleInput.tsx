// The second way in: paste the text of a Wikipedia-style qualifying article and run the importer on it.
import { useState } from 'react';
import { secondaryButton } from './buttons.ts';

export function ArticleInput({ onRead }: { onRead: (text: string) => void }) {
  const [text, setText] = useState('');
  return (
    <section aria-labelledby="add-article-heading" className="flex flex-col gap-2">
      <h3 id="add-article-heading" className="text-sm font-semibold">
        From an article
      </h3>
      <label className="flex flex-col gap-1 text-xs font-medium text-muted">
        Article text
        <textarea
          value={text}
          onChange={(event) => setText(event.target.value)}
          rows={5}
          spellCheck={false}
          aria-describedby="add-article-hint"
          className="min-h-28 rounded-md border border-line bg-surface p-2 font-mono text-xs text-ink"
        />
      </label>
      <p id="add-article-hint" className="text-xs text-muted">
        Paste the whole text of a qualifying article (title, format, draw, results); the importer reports what
        it could not read.
      </p>
      <button
        type="button"
        className={`${secondaryButton} self-start`}
        disabled={text.trim() === ''}
        onClick={() => onRead(text)}
      >
        Read the article
      </button>
    </section>
  );
}
