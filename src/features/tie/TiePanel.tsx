// Details of the selected tie: both legs with date, venue and city, the aggregate, how it was decided,
// where the winner and loser went, and the data notes. Focus moves into the panel when it opens and
// back to the tie when it closes (Escape or the close button).
import { useEffect, useRef, type ReactNode } from 'react';
import { describeLeg, describeOutcome, score, summarizeOutcome } from '../../domain/describe.ts';
import { decideTie } from '../../domain/decide-tie.ts';
import type { Competition, DataNote, Destination, Leg, Tie } from '../../domain/types.ts';
import { useAppStore } from '../../store/context.tsx';
import type { TieRef } from '../../domain/progression.ts';
import { selectFeeders, selectLabels, selectSelectedTie } from '../../store/selectors.ts';
import type { Translator } from '../../i18n/translate.ts';
import { useT } from '../use-translator.ts';

/** Moves focus to the element of a tie in whichever view shows it. */
export function focusTieElement(tieId: string) {
  const target = [...document.querySelectorAll<HTMLElement | SVGElement>('[data-tie-id]')].find(
    (element) => element.getAttribute('data-tie-id') === tieId,
  );
  target?.focus();
}

/**
 * The selected tie's panel. With `warmUp`, that tie's panel drawn for nothing but the browser's and
 * React's first pass over it (see TiePanelSlot): no focus moves to it.
 */
export function TiePanel({ competition, warmUp }: { competition: Competition; warmUp?: TieRef }) {
  const selected = useAppStore(selectSelectedTie);
  const ref = warmUp ?? selected;
  const selectTie = useAppStore((s) => s.selectTie);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const t = useT();
  const tieId = ref?.tie.id ?? null;

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

  if (!ref) return null;
  const { tie, stage } = ref;
  const close = () => {
    selectTie(null);
    requestAnimationFrame(() => focusTieElement(tie.id));
  };
  const labels = selectLabels(competition);
  const name = (id: string) => labels.get(id) ?? id;
  const outcome = decideTie(tie, competition.rules); // one tie: cheaper than every outcome of a big bracket
  const summary = summarizeOutcome(outcome, tie.penalties);
  const [a, b] = tie.teams;
  const notes = competition.notes.filter(
    (note) =>
      ('tie' in note.about && note.about.tie === tie.id) ||
      ('team' in note.about && tie.teams.includes(note.about.team)),
  );
  const feeders = selectFeeders(competition).get(tie.id) ?? [null, null];

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
            {stage.name} · {tie.id}
            {stage.tieIds === 'local' && <span className="ml-1 normal-case">{t('tie.localKey')}</span>}
          </p>
          <h2
            id="tie-panel-title"
            ref={headingRef}
            tabIndex={-1}
            className="mt-1 text-lg leading-snug font-semibold"
          >
            {t('tie.v', { a: name(a), b: name(b) })}
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
        {describeOutcome(summary, name, t)}
      </p>

      {tie.walkover && (
        <p className="text-sm">
          {tie.walkover.reason
            ? t('tie.notPlayedBecause', { reason: tie.walkover.reason })
            : t('tie.notPlayed')}
        </p>
      )}

      {tie.legs.length > 0 && (
        <ol className="flex flex-col gap-2" aria-label={t('tie.legs')}>
          {tie.legs.map((leg, i) => (
            <LegItem key={i} index={i} leg={leg} name={name} t={t} />
          ))}
        </ol>
      )}

      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {outcome.status === 'decided' && tie.legs.length > 0 && (
          <>
            <dt className="text-muted">{t('tie.aggregate')}</dt>
            <dd>
              {name(a)} {score(outcome.aggregate[a] ?? 0, outcome.aggregate[b] ?? 0)} {name(b)}
            </dd>
            {competition.rules.awayGoals && (outcome.aggregate[a] ?? 0) === (outcome.aggregate[b] ?? 0) && (
              <>
                <dt className="text-muted">{t('tie.awayGoals')}</dt>
                <dd>
                  {name(a)} {outcome.awayGoals[a] ?? 0}, {name(b)} {outcome.awayGoals[b] ?? 0}
                </dd>
              </>
            )}
          </>
        )}
        {tie.penalties && (
          <>
            <dt className="text-muted">{t('tie.penalties')}</dt>
            <dd>
              {name(a)} {score(tie.penalties[a] ?? 0, tie.penalties[b] ?? 0)} {name(b)}
            </dd>
          </>
        )}
        {feeders.map((feeder, slot) =>
          feeder ? (
            <Row key={slot} label={t('tie.cameFrom', { team: name(tie.teams[slot]!) })}>
              <TieLink id={feeder} />
            </Row>
          ) : null,
        )}
      </dl>

      {outcome.status === 'decided' && (
        <ul className="flex flex-col gap-1 text-sm">
          <li>
            <Whereabouts competition={competition} team={name(outcome.winner)} to={tie.winnerTo} won t={t} />
          </li>
          <li>
            <Whereabouts
              competition={competition}
              team={name(outcome.loser)}
              to={tie.loserTo}
              won={false}
              t={t}
            />
          </li>
        </ul>
      )}

      {notes.length > 0 && <Notes notes={notes} />}
      <Unconfirmed tie={tie} t={t} />
    </aside>
  );
}

function LegItem({
  index,
  leg,
  name,
  t,
}: {
  index: number;
  leg: Leg;
  name: (id: string) => string;
  t: Translator;
}) {
  const unconfirmed = new Set(leg.unconfirmed ?? []);
  const mark = (field: string) => (unconfirmed.has(field) ? ` ${t('tie.unconfirmed')}` : '');
  const place = [leg.venue ?? t('tie.venueUnknown'), leg.city ?? (leg.venue ? null : t('tie.cityUnknown'))]
    .filter(Boolean)
    .join(', ');
  return (
    <li className="rounded-md border border-line p-3">
      <p className="text-xs text-muted">
        {t(index === 0 ? 'tie.firstLeg' : 'tie.secondLeg')} ·{' '}
        {leg.date ? t.date(leg.date) : t('tie.dateUnknown')}
        {mark('date')}
      </p>
      <p className="text-base font-semibold" data-testid="leg-score">
        {describeLeg(leg, name)}
      </p>
      <p className="text-xs text-muted">
        {place}
        {mark('venue')}
      </p>
      {leg.note && <p className="mt-1 text-xs text-muted">{leg.note}</p>}
    </li>
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

function Whereabouts({
  competition,
  team,
  to,
  won,
  t,
}: {
  competition: Competition;
  team: string;
  to: Destination;
  won: boolean;
  t: Translator;
}) {
  if ('tie' in to) {
    return (
      <>
        {t('tie.wentOn', { team })} <TieLink id={to.tie} />
      </>
    );
  }
  const exit = competition.exits.find((e) => e.id === to.exit);
  if (!exit || exit.kind === 'out') return <>{t('tie.eliminated', { team })}</>;
  return <>{t(won ? 'tie.qualified' : 'tie.moved', { team, exit: exit.name })}</>;
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

function Unconfirmed({ tie, t }: { tie: Tie; t: Translator }) {
  if (!tie.unconfirmed?.length) return null;
  return (
    <p className="text-xs text-muted">{t('tie.notConfirmed', { fields: tie.unconfirmed.join(', ') })}</p>
  );
}
