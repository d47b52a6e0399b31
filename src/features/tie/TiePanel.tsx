// Details of the selected tie: both legs with date, venue and city, the aggregate, how it was decided,
// where the winner and loser went, and the data notes. Focus moves into the panel when it opens and
// back to the tie when it closes (Escape or the close button).
import { useEffect, useId, useRef, type ReactNode } from 'react';
import type { Competition, DataNote } from '../../domain/types.ts';
import type { TieRef } from '../../domain/progression.ts';
import type { LegView, Rich, TieView } from '../../present/tie-view.ts';
import { useAppStore } from '../../store/context.tsx';
import { tieViews } from '../../store/derived.ts';
import { selectSelectedTie } from '../../store/selectors.ts';
import { useT } from '../use-translator.ts';
import { useViewHandles } from '../view-handles.tsx';
import { useWhatIf } from '../what-if/use-what-if.ts';

export function TiePanel({ competition, warmUp }: { competition: Competition; warmUp?: TieRef }) {
  const selected = useAppStore(selectSelectedTie);
  const ref = warmUp ?? selected;
  const selectTie = useAppStore((s) => s.selectTie);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const t = useT();
  const tieId = ref?.tie.id ?? null;
  const handles = useViewHandles();

  // Focus moves in once the panel has been painted: focusing forces a layout, which would delay the
  // first frame that shows the panel.
  useEffect(() => {
    if (!tieId || warmUp) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => headingRef.current?.focus({ preventScroll: true }));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [tieId, warmUp]);

  const view = ref && tieViews(competition, t.lang)(ref.tie.id);
  if (!view) return null;
  const close = () => {
    selectTie(null);
    requestAnimationFrame(() => handles.focusTie(view.tie.id));
  };

  return (
    <aside
      role="dialog"
      aria-modal="false"
      aria-labelledby="tie-panel-title"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          close();
        }
      }}
      className="flex max-h-full flex-col gap-4 overflow-y-auto overscroll-contain border max-lg:max-h-[75dvh] border-line bg-surface p-4 shadow-lg max-lg:rounded-t-2xl max-lg:border-field-line max-lg:shadow-2xl lg:rounded-lg"
    >
      {/* The title and the close button stay in view while the details scroll. */}
      <div className="sticky -top-4 z-10 -mx-4 -mt-4 -mb-2 flex items-start justify-between gap-2 bg-surface px-4 pt-4 pb-2">
        <div>
          <p className="text-xs font-semibold tracking-wide text-muted uppercase">
            {view.heading}
            {view.localKey && <span className="ml-1 normal-case">{t('tie.localKey')}</span>}
          </p>
          <h2
            id="tie-panel-title"
            ref={headingRef}
            tabIndex={-1}
            className="mt-1 text-lg leading-snug font-semibold"
          >
            {view.title}
          </h2>
        </div>
        <button
          type="button"
          onClick={close}
          aria-label={t('tie.close')}
          className="h-11 w-11 shrink-0 rounded-md text-xl text-muted hover:bg-raised"
        >
          ×
        </button>
      </div>

      <p className="rounded-md bg-accent-soft px-3 py-2 font-medium text-ink" data-testid="tie-outcome">
        {view.hypothetical && (
          <span className="mr-2 text-xs font-semibold uppercase">{t('badge.whatIf')}</span>
        )}
        {view.sentence}
      </p>

      {view.needs.length > 0 && (
        <ul className="flex flex-col gap-1 text-sm" data-testid="tie-needs">
          {view.needs.map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
      )}

      {view.walkover && <p className="text-sm">{view.walkover}</p>}

      {view.legs.length > 0 && (
        <ol className="flex flex-col gap-2" aria-label={t('tie.legs')}>
          {view.legs.map((leg, i) => (
            <LegItem key={i} leg={leg}>
              <LegWhatIf view={view} index={i as 0 | 1} />
            </LegItem>
          ))}
        </ol>
      )}

      <ShootOutPick view={view} />

      {(view.facts.length > 0 || view.feeders.length > 0) && (
        <dl className="grid grid-cols-[fit-content(45%)_1fr] gap-x-4 gap-y-1 text-sm">
          {view.facts.map((fact) => (
            <Row key={fact.label} label={fact.label}>
              {fact.value}
            </Row>
          ))}
          {view.feeders.map((feeder) => (
            <Row key={feeder.label} label={feeder.label}>
              <TieLink id={feeder.tie} />
            </Row>
          ))}
        </dl>
      )}

      {view.destinations.length > 0 && (
        <ul className="flex flex-col gap-1 text-sm">
          {view.destinations.map((parts, i) => (
            <li key={i}>
              <RichText parts={parts} />
            </li>
          ))}
        </ul>
      )}

      {view.notes.length > 0 && <Notes notes={view.notes} />}
      {view.unconfirmed && <p className="text-xs text-muted">{view.unconfirmed}</p>}
    </aside>
  );
}

function LegItem({ leg, children }: { leg: LegView; children: ReactNode }) {
  const t = useT();
  return (
    <li
      className={`rounded-md border p-3 ${leg.hypothetical ? 'border-dashed border-muted' : 'border-line'}`}
    >
      <p className="text-xs text-muted">
        {leg.title} · {leg.date}
        {leg.time && <> · {leg.time}</>}
        {leg.hypothetical && (
          <span className="ml-1 font-semibold uppercase">· {t('whatIf.hypothetical')}</span>
        )}
      </p>
      <p className="text-base font-semibold" data-testid="leg-score">
        {leg.score}
        {leg.extraTime && <span className="ml-2 text-sm font-normal text-muted">{leg.extraTime}</span>}
      </p>
      {leg.awarded && <p className="text-sm">{leg.awarded}</p>}
      <p className="text-xs text-muted">{leg.place}</p>
      {leg.note && <p className="mt-1 text-xs text-muted">{leg.note}</p>}
      {children}
    </li>
  );
}

const smallButton =
  'h-11 rounded-md border border-line bg-surface px-3 text-sm text-ink hover:bg-raised sm:h-8';

/** A score to try for a leg not played (both teams known), or the removal of one tried. */
function LegWhatIf({ view, index }: { view: TieView; index: 0 | 1 }) {
  const { add, remove } = useWhatIf();
  const t = useT();
  const leg = view.tie.legs[index];
  const formId = useId();
  if (!leg || view.state === 'pending' || view.tie.walkover) return null;
  if (view.legs[index]?.hypothetical) {
    return (
      <button type="button" className={`${smallButton} mt-2`} onClick={() => remove(view.tie.id, index)}>
        {t('whatIf.remove')}
      </button>
    );
  }
  if (view.legs[index]?.played) return null;
  const name = (id: string) => view.sides.find((side) => side.id === id)?.label ?? id;
  return (
    <form
      className="mt-2 flex flex-wrap items-center gap-2 text-sm"
      aria-label={t('whatIf.try')}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        add({
          tieId: view.tie.id,
          leg: index,
          homeGoals: Number(data.get('home')),
          awayGoals: Number(data.get('away')),
        });
      }}
    >
      <span className="w-full text-xs font-medium text-muted">{t('whatIf.try')}</span>
      {(['home', 'away'] as const).map((side) => (
        <input
          key={side}
          id={`${formId}-${side}`}
          name={side}
          type="number"
          min={0}
          max={99}
          required
          defaultValue={0}
          aria-label={t('whatIf.goals', { team: name(side === 'home' ? leg.home : leg.away) })}
          className="h-11 w-16 rounded-md border border-field-line bg-surface px-2 text-ink sm:h-8"
        />
      ))}
      <button type="submit" className={smallButton}>
        {t('whatIf.apply')}
      </button>
    </form>
  );
}

/** Who wins a shoot-out the rules call for and the data does not have. */
function ShootOutPick({ view }: { view: TieView }) {
  const { pick } = useWhatIf();
  const t = useT();
  if (view.outcome.status !== 'pending' || view.outcome.awaiting !== 'shoot-out') return null;
  return (
    <div className="flex flex-wrap gap-2">
      {view.sides.map((side) => (
        <button
          key={side.id}
          type="button"
          className={smallButton}
          onClick={() => pick({ tieId: view.tie.id, winner: side.id })}
        >
          {t('whatIf.pick', { team: side.label })}
        </button>
      ))}
    </div>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="text-muted">{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function TieLink({ id }: { id: string }) {
  const selectTie = useAppStore((s) => s.selectTie);
  return (
    <button
      type="button"
      className="font-semibold text-accent underline underline-offset-2 max-lg:inline-flex max-lg:min-h-11 max-lg:min-w-11 max-lg:items-center max-lg:justify-center"
      onClick={() => selectTie(id)}
    >
      {id}
    </button>
  );
}

function RichText({ parts }: { parts: Rich }) {
  return parts.map((part, i) =>
    typeof part === 'string' ? (
      part
    ) : 'tie' in part ? (
      <TieLink key={i} id={part.tie} />
    ) : (
      <PathLink key={i} {...part} />
    ),
  );
}

/** A team's path in another competition: shows it there, highlighted. */
function PathLink({ competition, team, text }: { competition: string; team: string; text: string }) {
  const showCompetition = useAppStore((s) => s.showCompetition);
  return (
    <button
      type="button"
      className="font-semibold text-accent underline underline-offset-2 max-lg:inline-flex max-lg:min-h-11 max-lg:items-center"
      onClick={() => showCompetition(competition, team)}
    >
      {text}
    </button>
  );
}

export function Notes({ notes }: { notes: readonly DataNote[] }) {
  const t = useT();
  return (
    <section aria-label={t('notes.title')} className="rounded-md border border-line bg-raised p-3 text-sm">
      <h3 className="mb-1 font-semibold">{t('notes.title')}</h3>
      <ul className="flex flex-col gap-2">
        {notes.map((note) => (
          <li key={note.id}>
            <p>
              <span className="text-muted">{note.source}: </span>
              {note.text}
            </p>
            {note.resolution && <p className="text-muted">→ {note.resolution}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
