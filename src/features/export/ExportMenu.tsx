// "Export": a disclosure button with the bracket as SVG or PNG, ties and legs as CSV, the competition
// as a JSON file in Llave's format, and the view's link or embed code to copy. Escape or a click
// elsewhere closes it; the outcome shows for a few seconds in a live region.
import { useEffect, useId, useRef, useState } from 'react';
import type { Competition } from '../../domain/types.ts';
import type { MessageKey } from '../../i18n/en.ts';
import { useAppStore } from '../../store/context.tsx';
import { isAddedHere, selectRecordedCompetition } from '../../store/selectors.ts';
import { tieViews } from '../../store/derived.ts';
import { PHONE, useMediaQuery } from '../use-media-query.ts';
import { pageTitle, stageName } from '../../present/words.ts';
import { useT } from '../use-translator.ts';
import { useViewHandles } from '../view-handles.tsx';
import { downloadBlob, fileSlug } from './download.ts';
import { EXPORT_BUTTON } from './export-button.ts';
import { copyText, embedCode } from './share.ts';

const PNG_SCALE = 2;
const STATUS_SHOWN = 4000; // ms

type Action = 'svg' | 'png' | 'csv' | 'ics' | 'json' | 'link' | 'embed';

/** `needs`: what the item needs to be offered (the Bracket view shown, a link others can open). */
const ITEMS: { action: Action; label: MessageKey; needs: 'bracket' | 'link' | null }[] = [
  { action: 'svg', label: 'export.svg', needs: 'bracket' },
  { action: 'png', label: 'export.png', needs: 'bracket' },
  { action: 'csv', label: 'export.csv', needs: null },
  { action: 'ics', label: 'export.ics', needs: null },
  { action: 'json', label: 'export.json', needs: null },
  { action: 'link', label: 'export.link', needs: 'link' },
  { action: 'embed', label: 'export.embed', needs: 'link' },
];

export function ExportMenu({ competition }: { competition: Competition }) {
  const t = useT();
  const view = useAppStore((s) => s.view);
  const recorded = useAppStore(selectRecordedCompetition);
  const stageId = useAppStore((s) => s.stageId);
  const [open, setOpen] = useState(false);
  // An outcome shows for a few seconds; opening the menu clears it (it shows where the menu opens).
  const [status, setStatusText] = useState('');
  const statusTimer = useRef(0);
  const setStatus = (text: string) => {
    clearTimeout(statusTimer.current);
    setStatusText(text);
    if (text) statusTimer.current = window.setTimeout(() => setStatusText(''), STATUS_SHOWN);
  };
  useEffect(() => () => clearTimeout(statusTimer.current), []);
  const rootRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const menuId = useId();
  const hintId = useId();
  const linkHintId = useId();
  // A competition added in this browser opens nowhere else: its link would show another one.
  const addedHere = useAppStore((s) => isAddedHere(s, competition.id));
  // A phone shows the bracket as a list of cards (PhoneBracket), with no SVG to export.
  const phone = useMediaQuery(PHONE);
  const bracketShown = view === 'bracket' && !phone;
  const stage = stageId ? competition.stages.find((s) => s.id === stageId) : undefined;
  const handles = useViewHandles();

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const close = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };

  const baseName = fileSlug([competition.id, stage?.id].filter(Boolean).join('-'));

  async function run(action: Action) {
    close();
    try {
      if (action === 'link' || action === 'embed') {
        const href = window.location.href;
        try {
          await copyText(action === 'link' ? href : embedCode(href, pageTitle(competition, t)));
        } catch {
          setStatus(t('export.copyFailed'));
          return;
        }
        setStatus(t(action === 'link' ? 'export.copiedLink' : 'export.copiedEmbed'));
        return;
      }
      if (action === 'json') {
        // The same format as the shipped files, with the schema that describes it.
        const schema = new URL(`${import.meta.env.BASE_URL}data/schema.json`, window.location.origin).href;
        // As recorded: a day or a what-if changes what is shown, never the data.
        const json = `${JSON.stringify({ $schema: schema, ...(recorded ?? competition) }, null, 2)}\n`;
        const fileName = `${fileSlug(competition.id)}.json`;
        downloadBlob(new Blob([json], { type: 'application/json' }), fileName);
        setStatus(t('export.saved', { file: fileName }));
        return;
      }
      if (action === 'csv') {
        // The exporters load on first use: most visits never export.
        const { competitionToCsv } = await import('../../present/export-csv.ts');
        const csv = competitionToCsv(competition, tieViews(competition, t.lang));
        const fileName = `${baseName}-ties-and-legs.csv`;
        downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), fileName);
        setStatus(t('export.saved', { file: fileName }));
        return;
      }
      if (action === 'ics') {
        const { competitionToIcs } = await import('../../present/export-ics.ts');
        const { text } = competitionToIcs(competition, tieViews(competition, t.lang), new Date());
        const fileName = `${baseName}-legs-to-play.ics`;
        downloadBlob(new Blob([text], { type: 'text/calendar;charset=utf-8' }), fileName);
        setStatus(t('export.saved', { file: fileName }));
        return;
      }
      const bracket = handles.bracket();
      if (!bracket) {
        setStatus(t('export.noBracket'));
        return;
      }
      const caption = [competition.name, stage && stageName(stage, t), t('export.caption')]
        .filter(Boolean)
        .join(' · ');
      const { text, width, height } = bracket.serialize(caption);
      if (action === 'svg') {
        const fileName = `${baseName}-bracket.svg`;
        downloadBlob(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }), fileName);
        setStatus(t('export.saved', { file: fileName }));
      } else {
        setStatus(t('export.preparing'));
        const { renderSvgToPng } = await import('./png.ts');
        const png = await renderSvgToPng(text, width, height, PNG_SCALE);
        const fileName = `${baseName}-bracket.png`;
        downloadBlob(png, fileName);
        setStatus(t('export.saved', { file: fileName }));
      }
    } catch (error) {
      setStatus(t('export.failed', { reason: error instanceof Error ? error.message : String(error) }));
    }
  }

  return (
    <div
      ref={rootRef}
      className="shrink-0 sm:relative print:hidden"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          close();
        }
      }}
      onBlur={(event) => {
        // Tabbing away closes it. A null relatedTarget is a click (Safari does not focus clicked
        // buttons): the pointerdown listener decides, so a click on an item is never lost.
        const next = event.relatedTarget as Node | null;
        if (open && next && !rootRef.current?.contains(next)) setOpen(false);
      }}
    >
      <button
        ref={toggleRef}
        type="button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => {
          setOpen((was) => !was);
          setStatus('');
        }}
        className={EXPORT_BUTTON}
      >
        {t('export.button')}
        <span aria-hidden="true" className="text-xs text-muted">
          ▾
        </span>
      </button>
      <div
        id={menuId}
        hidden={!open}
        className="absolute right-0 z-40 mt-1 w-72 max-sm:top-full max-sm:left-0 max-sm:w-auto rounded-md border border-line bg-surface p-1 shadow-lg"
      >
        <ul className="flex flex-col">
          {ITEMS.map((item) => {
            const missing =
              item.needs === 'bracket' && !bracketShown
                ? hintId
                : item.needs === 'link' && addedHere
                  ? linkHintId
                  : null;
            return (
              <li
                key={item.action}
                className={item.action === 'link' ? 'mt-1 border-t border-line pt-1' : undefined}
              >
                <button
                  type="button"
                  disabled={missing !== null}
                  aria-describedby={missing ?? undefined}
                  onClick={() => void run(item.action)}
                  className="min-h-11 w-full rounded sm:min-h-9 px-3 py-1.5 text-left text-sm leading-snug text-ink hover:bg-raised disabled:cursor-not-allowed disabled:text-faint disabled:hover:bg-transparent"
                >
                  {t(item.label)}
                </button>
              </li>
            );
          })}
        </ul>
        {!bracketShown && (
          <p id={hintId} className="px-3 pt-1 pb-2 text-xs text-muted">
            {phone ? t('export.hintPhone') : t('export.hint')}
          </p>
        )}
        {addedHere && (
          <p id={linkHintId} className="px-3 pt-1 pb-2 text-xs text-muted">
            {t('export.hintAdded')}
          </p>
        )}
      </div>
      <p
        role="status"
        className="z-40 rounded-md bg-accent px-3 py-2 text-sm text-accent-ink shadow-lg empty:sr-only max-sm:fixed max-sm:inset-x-4 max-sm:bottom-4 sm:absolute sm:top-full sm:right-0 sm:mt-1 sm:whitespace-nowrap"
      >
        {status}
      </p>
    </div>
  );
}
