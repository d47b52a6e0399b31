// The second way in: paste the text of a Wikipedia-style qualifying article and run the importer on it.
import { useState } from 'react';
import { useT } from '../use-translator.ts';
import { secondaryButton } from '../../ui/buttons.ts';

export function ArticleInput({ onRead }: { onRead: (text: string) => void }) {
  const t = useT();
  const [text, setText] = useState('');
  return (
    <section aria-labelledby="add-article-heading" className="flex flex-col gap-2">
      <h3 id="add-article-heading" className="text-sm font-semibold">
        {t('import.article.heading')}
      </h3>
      <label className="flex flex-col gap-1 text-xs font-medium text-muted">
        {t('import.article.label')}
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
        {t('import.article.hint')}
      </p>
      <button
        type="button"
        className={`${secondaryButton} self-start`}
        disabled={text.trim() === ''}
        onClick={() => onRead(text)}
      >
        {t('import.article.read')}
      </button>
    </section>
  );
}
