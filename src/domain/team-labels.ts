import type { Team, TeamId } from './types.ts';

/**
 * Display names that cannot be confused: a name shared by two clubs of the competition gets the
 * country code ("Nacional (PAR)", "Nacional (URU)"); every other club keeps its name.
 */
export function labelTeams(teams: readonly Pick<Team, 'id' | 'name' | 'country'>[]): Map<TeamId, string> {
  const count = new Map<string, number>();
  for (const team of teams) count.set(team.name, (count.get(team.name) ?? 0) + 1);
  return new Map(
    teams.map((team) => [
      team.id,
      (count.get(team.name) ?? 0) > 1 ? `${team.name} (${team.country})` : team.name,
    ]),
  );
}
