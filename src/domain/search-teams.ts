import { fold } from './text.ts';
import type { Team } from './types.ts';

/** What a search matches: a team, or a club of the team index. */
export type Searchable = Pick<Team, 'name' | 'fullName' | 'country' | 'aliases'>;

/** Teams whose name, full name, alias or country matches the query; names starting with it first. */
export function searchTeams<T extends Searchable>(teams: readonly T[], query: string, limit = 8): T[] {
  const q = fold(query.trim());
  if (!q) return [];
  const scored = teams.flatMap((team) => {
    const names = [team.name, team.fullName ?? '', ...team.aliases].map(fold);
    const rank = names.some((n) => n.startsWith(q))
      ? 0
      : names.some((n) => n.split(/[\s-]+/).some((word) => word.startsWith(q)))
        ? 1
        : names.some((n) => n.includes(q)) || fold(team.country) === q
          ? 2
          : -1;
    return rank < 0 ? [] : [{ team, rank }];
  });
  return scored
    .sort((x, y) => x.rank - y.rank || x.team.name.localeCompare(y.team.name))
    .slice(0, limit)
    .map((s) => s.team);
}
