// Every club of several competitions, once: what the team search offers across competitions. A club
// is the same in two competitions when its name (folded) and country are; each place says where it
// plays and under which id.
import { fold } from './text.ts';
import type { Competition, TeamId } from './types.ts';

export interface TeamIndexEntry {
  name: string;
  fullName?: string;
  country: string;
  aliases: readonly string[];
  /** The competitions it plays in, in the order they were given. */
  in: readonly { competition: string; team: TeamId }[];
}

export function buildTeamIndex(competitions: readonly Competition[]): TeamIndexEntry[] {
  const byClub = new Map<string, TeamIndexEntry & { in: { competition: string; team: TeamId }[] }>();
  for (const competition of competitions) {
    for (const team of competition.teams) {
      const key = `${fold(team.name)}|${team.country}`;
      const entry = byClub.get(key);
      const place = { competition: competition.id, team: team.id };
      if (entry) {
        entry.in.push(place);
        continue;
      }
      byClub.set(key, {
        name: team.name,
        ...(team.fullName ? { fullName: team.fullName } : {}),
        country: team.country,
        aliases: team.aliases,
        in: [place],
      });
    }
  }
  return [...byClub.values()].sort(
    (a, b) => a.name.localeCompare(b.name) || a.country.localeCompare(b.country),
  );
}
