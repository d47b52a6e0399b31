// Every what-if of the page in one place: each result and pick, each removable, and one action that
// clears them all. Shown only while there is one; the shown competition marks them everywhere else.
import type { Competition } from '../../domain/types.ts';
import { score } from '../../present/words.ts';
import { useAppStore } from '../../store/context.tsx';
import { teamLabels, tieViews } from '../../store/derived.ts';
import { selectShown } from '../../store/selectors.ts';
import { counted } from '../../ui/rich.tsx';
import { useT } from '../use-translator.ts';
import { useWhatIf } from './use-what-if.ts';

const chip =
  'inline-flex min-h-11 items-center gap-1 rounded-md px-2 text-accent underline underline-offset-2 sm:min-h-8';

export function WhatIfBar({ recorded }: { recorded: Competition }) {
  const { whatIf, remove, clear } = useWhatIf();
  const ignored = useAppStore((s) => selectShown(s)?.ignored ?? []);
  const t = useT();
  const count = whatIf.results.length + whatIf.picks.length;
  if (count === 0) return null;
  const labels = teamLabels(recorded);
  // What could not be applied (its tie is decided now, or a team is not known), struck through.
  const skipped = new Set(
    ignored.map(({ item }) => ('leg' in item ? `${item.tieId}.${item.leg}` : `${item.tieId}.p`)),
  );
  // The leg's name ("Second leg", "Match") as the tie's view words it.
  const leg = (tieId: string, index: 0 | 1) => tieViews(recorded, t.lang)(tieId)?.legs[index]?.title ?? '';
  return (
    <section
      aria-labelledby="what-if-heading"
      data-testid="what-if"
      className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-lg border border-dashed border-muted px-3 py-1 text-sm"
    >
      <h2 id="what-if-heading" className="font-semibold">
        {t('whatIf.heading')} · {counted(t, 'whatIf.results', count)}
      </h2>
      <ul className="flex flex-wrap items-center gap-x-3">
        {whatIf.results.map((result) => (
          <li
            key={`${result.tieId}.${result.leg}`}
            className={skipped.has(`${result.tieId}.${result.leg}`) ? 'text-faint line-through' : ''}
          >
            {t('whatIf.leg', {
              tie: result.tieId,
              leg: leg(result.tieId, result.leg),
              score: score(result.homeGoals, result.awayGoals),
            })}{' '}
            <button type="button" className={chip} onClick={() => remove(result.tieId, result.leg)}>
              {t('whatIf.remove')}
            </button>
          </li>
        ))}
        {whatIf.picks.map((pick) => (
          <li
            key={`${pick.tieId}.p`}
            className={skipped.has(`${pick.tieId}.p`) ? 'text-faint line-through' : ''}
          >
            {pick.tieId}: {t('whatIf.pick', { team: labels.get(pick.winner) ?? pick.winner })}{' '}
            <button type="button" className={chip} onClick={() => remove(pick.tieId, 'p')}>
              {t('whatIf.remove')}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className={`${chip} ml-auto font-semibold`} onClick={clear}>
        {t('whatIf.clear')}
      </button>
    </section>
  );
}
