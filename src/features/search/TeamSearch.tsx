// Team search with suggestions (WAI-ARIA combobox with a listbox popup). Choosing a team highlights its
// path through every stage; clearing restores the bracket. After the teams of the competition shown
// come the same query's clubs in the other shipped competitions (teams.json, loaded on first focus):
// choosing one opens that competition with the club's path.
import { useId, useMemo, useState } from 'react';
import { searchTeams } from '../../domain/search-teams.ts';
import type { Competition } from '../../domain/types.ts';
import { useAppStore } from '../../store/context.tsx';
import { teamLabels } from '../../store/derived.ts';
import { useT } from '../use-translator.ts';

/** As many as fit the popup without scrolling. */
const MAX_SUGGESTIONS = 10;

export function TeamSearch({ competition }: { competition: Competition }) {
  const teamId = useAppStore((s) => s.teamId);
  const selectTeam = useAppStore((s) => s.selectTeam);
  const labels = teamLabels(competition);
  const t = useT();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const inputId = useId();
  const teamIndex = useAppStore((s) => s.teamIndex.entries);
  const loadTeamIndex = useAppStore((s) => s.loadTeamIndex);
  const entries = useAppStore((s) => s.index.entries);
  const showCompetition = useAppStore((s) => s.showCompetition);
  const suggestions = useMemo(() => {
    const here = searchTeams(competition.teams, query).map((team) => ({
      key: team.id,
      name: labels.get(team.id) ?? team.name,
      country: team.country,
      competition: null as { id: string; name: string } | null,
      team: team.id,
    }));
    const names = new Map(entries.map((entry) => [entry.id, entry.name]));
    const elsewhere = searchTeams(teamIndex, query).flatMap((club) =>
      club.in
        .filter((place) => place.competition !== competition.id && names.has(place.competition))
        .map((place) => ({
          key: `${place.competition}/${place.team}`,
          name: club.name,
          country: club.country,
          competition: { id: place.competition, name: names.get(place.competition) ?? '' },
          team: place.team,
        })),
    );
    return [...here, ...elsewhere].slice(0, MAX_SUGGESTIONS);
  }, [competition, query, labels, teamIndex, entries]);
  const chosen = teamId ? (labels.get(teamId) ?? teamId) : null;

  const choose = (suggestion: (typeof suggestions)[number]) => {
    if (suggestion.competition) showCompetition(suggestion.competition.id, suggestion.team);
    else selectTeam(suggestion.team);
    setQuery('');
    setOpen(false);
  };

  return (
    <div className="relative flex min-w-0 flex-col gap-1 max-sm:w-full lg:shrink-0">
      <label htmlFor={inputId} className="text-xs font-medium text-muted max-sm:sr-only">
        {t('filter.team')}
      </label>
      <div className="flex items-center gap-1">
        <input
          id={inputId}
          type="search"
          role="combobox"
          aria-expanded={open && suggestions.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && suggestions[active] ? `${listId}-${active}` : undefined}
          placeholder={chosen ? t('filter.pathOf', { team: chosen }) : t('filter.findTeam')}
          value={query}
          autoComplete="off"
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
            setOpen(true);
          }}
          onFocus={() => void loadTeamIndex()}
          onBlur={() => setOpen(false)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              setOpen(true);
              setActive((i) => Math.min(i + 1, suggestions.length - 1));
            } else if (event.key === 'ArrowUp') {
              event.preventDefault();
              setActive((i) => Math.max(i - 1, 0));
            } else if (event.key === 'Enter' && open && suggestions[active]) {
              event.preventDefault();
              choose(suggestions[active]);
            } else if (event.key === 'Escape') {
              setOpen(false);
            }
          }}
          className="h-11 w-52 rounded-md max-sm:flex-1 sm:h-10 border border-field-line bg-surface px-3 text-sm text-ink placeholder:text-faint"
        />
        {chosen && (
          <button
            type="button"
            onClick={() => selectTeam(null)}
            className="h-11 rounded-md border border-line bg-surface px-3 text-sm whitespace-nowrap text-ink hover:bg-raised sm:h-10"
          >
            {t('filter.clear')}{' '}
            <span className="sr-only">{t('filter.clearHighlight', { team: chosen })}</span>
          </button>
        )}
      </div>
      {open && suggestions.length > 0 && (
        <ul
          id={listId}
          role="listbox"
          aria-label={t('filter.teams')}
          className="absolute top-full z-20 mt-1 w-72 overflow-hidden rounded-md border border-line bg-surface shadow-lg"
        >
          {suggestions.map((suggestion, i) => (
            <li
              key={suggestion.key}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(event) => {
                event.preventDefault();
                choose(suggestion);
              }}
              className="flex cursor-pointer items-center justify-between gap-2 px-3 py-2 text-sm aria-selected:bg-accent-soft"
            >
              <span className="flex min-w-0 flex-col">
                <span>{suggestion.name}</span>
                {suggestion.competition && (
                  <span className="truncate text-xs text-muted">
                    {t('filter.inCompetition', { competition: suggestion.competition.name })}
                  </span>
                )}
              </span>
              <span className="text-xs text-faint">{suggestion.country}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
