// Details of the selected tie: both legs with date, venue and city, the aggregate, how it was decided,
// where the winner and loser went, and the data notes. Focus moves into the panel when it opens and
// back to the tie when it closes (Escape or the close button).
import { useEffect, useRef, type ReactNode } from 'react';
import { describeLeg, describeOutcome, score, summarizeOutcome } from '../../domain/describe.ts';
import { feedersOf } from '../../domain/progression.ts';
import type { Competition, DataNote, Destination, Leg, Tie } from '../../domain/types.ts';
import { useAppStore } from '../../store/context.tsx';
import { selectLabels, selectOutcomes, selectSelectedTie } from '../../store/selectors.ts';

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const formatDate = (iso: string | null) =>
  iso ? dateFormat.format(new Date(`${iso}T00:00:00Z`)) : 'Date unknown';

/** Moves focus to the element of a tie in whichever view shows it. */
export function focusTieElement(tieId: string) {
  const target = [...document.querySelectorAll<HTMLElement | SVGElement>('[data-tie-id]')].find(
    (element) => element.getAttribute('data-tie-id') === tieId,
  );
  target?.focus();
}

export function TiePanel({ competition }: { competition: Competition }) {
  const ref = useAppStore(selectSelectedTie);
  const selectTie = useAppStore((s) => s.selectTie);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const tieId = ref?.tie.id ?? null;

  useEffect(() => {
    if (tieId) headingRef.current?.focus();
  }, [tieId]);

  if (!ref) return null;
  const { tie, stage } = ref;
  const close = () => {
    selectTie(null);
    requestAnimationFrame(() => focusTieElement(tie.id));
  };
  const labels = selectLabels(competition);
  const name = (id: string) => labels.get(id) ?? id;
  const outcome = selectOutcomes(competition).get(tie.id);
  const summary = outcome ? summarizeOutcome(outcome, tie.penalties) : ({ kind: 'pending' } as const);
  const [a, b] = tie.teams;
  const notes = competition.notes.filter(
    (note) =>
      ('tie' in note.about && note.about.tie === tie.id) ||
      ('team' in note.about && tie.teams.includes(note.about.team)),
  );
  const feeders = feedersOf(competition).get(tie.id) ?? [null, null];

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
      className="flex max-h-full flex-col gap-4 overflow-y-auto rounded-lg border border-line bg-surface p-4 shadow-lg"
    >
      <div className="flex items-start justify-between gap-2">
        <div>
          <p className="text-xs font-semibold tracking-wide text-muted uppercase">
            {stage.name} · {tie.id}
            {stage.tieIds === 'local' && (
              <span className="ml-1 normal-case">(our key; no official code)</span>
            )}
          </p>
          <h2
            id="tie-panel-title"
            ref={headingRef}
            tabIndex={-1}
            className="text-lg leading-snug font-semibold"
          >
            {name(a)} v {name(b)}
          </h2>
        </div>
        <button
          type="button"
          onClick={close}
          aria-label="Close tie details"
          className="h-10 w-10 shrink-0 rounded-md text-xl text-muted hover:bg-raised"
        >
          ×
        </button>
      </div>

      <p className="rounded-md bg-accent-soft px-3 py-2 font-medium text-ink" data-testid="tie-outcome">
        {describeOutcome(summary, name)}
      </p>

      {tie.walkover && (
        <p className="text-sm">Not played{tie.walkover.reason ? `: ${tie.walkover.reason}` : '.'}</p>
      )}

      {tie.legs.length > 0 && (
        <ol className="flex flex-col gap-2" aria-label="Legs">
          {tie.legs.map((leg, i) => (
            <LegItem key={i} index={i} leg={leg} name={name} />
          ))}
        </ol>
      )}

      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {outcome?.status === 'decided' && tie.legs.length > 0 && (
          <>
            <dt className="text-muted">Aggregate</dt>
            <dd>
              {name(a)} {score(outcome.aggregate[a] ?? 0, outcome.aggregate[b] ?? 0)} {name(b)}
            </dd>
            {competition.rules.awayGoals && (outcome.aggregate[a] ?? 0) === (outcome.aggregate[b] ?? 0) && (
              <>
                <dt className="text-muted">Away goals</dt>
                <dd>
                  {name(a)} {outcome.awayGoals[a] ?? 0}, {name(b)} {outcome.awayGoals[b] ?? 0}
                </dd>
              </>
            )}
          </>
        )}
        {tie.penalties && (
          <>
            <dt className="text-muted">Penalties</dt>
            <dd>
              {name(a)} {score(tie.penalties[a] ?? 0, tie.penalties[b] ?? 0)} {name(b)}
            </dd>
          </>
        )}
        {feeders.map((feeder, slot) =>
          feeder ? (
            <Row key={slot} label={`${name(tie.teams[slot]!)} came from`}>
              <TieLink id={feeder} />
            </Row>
          ) : null,
        )}
      </dl>

      {outcome?.status === 'decided' && (
        <ul className="flex flex-col gap-1 text-sm">
          <li>
            <Whereabouts competition={competition} team={name(outcome.winner)} to={tie.winnerTo} won />
          </li>
          <li>
            <Whereabouts competition={competition} team={name(outcome.loser)} to={tie.loserTo} won={false} />
          </li>
        </ul>
      )}

      {notes.length > 0 && <Notes notes={notes} />}
      <Unconfirmed tie={tie} />
    </aside>
  );
}

function LegItem({ index, leg, name }: { index: number; leg: Leg; name: (id: string) => string }) {
  const unconfirmed = new Set(leg.unconfirmed ?? []);
  const mark = (field: string) => (unconfirmed.has(field) ? ' (unconfirmed)' : '');
  const place = [leg.venue ?? 'Venue unknown', leg.city ?? (leg.venue ? null : 'city unknown')]
    .filter(Boolean)
    .join(', ');
  return (
    <li className="rounded-md border border-line p-3">
      <p className="text-xs text-muted">
        {index === 0 ? 'First leg' : 'Second leg'} · {formatDate(leg.date)}
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
      className="font-semibold text-accent underline underline-offset-2"
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
}: {
  competition: Competition;
  team: string;
  to: Destination;
  won: boolean;
}) {
  if ('tie' in to) {
    return (
      <>
        {team} went on to <TieLink id={to.tie} />
      </>
    );
  }
  const exit = competition.exits.find((e) => e.id === to.exit);
  if (!exit || exit.kind === 'out') return <>{team} was eliminated</>;
  return (
    <>
      {team} {won ? 'qualified for the' : 'moved to the'} {exit.name}
    </>
  );
}

export function Notes({ notes }: { notes: readonly DataNote[] }) {
  return (
    <section aria-label="Data notes" className="rounded-md border border-line bg-raised p-3 text-sm">
      <h3 className="mb-1 font-semibold">Data notes</h3>
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

function Unconfirmed({ tie }: { tie: Tie }) {
  if (!tie.unconfirmed?.length) return null;
  return (
    <p className="text-xs text-muted">Not confirmed by a second source: {tie.unconfirmed.join(', ')}.</p>
  );
}
