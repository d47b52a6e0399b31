// Teams from printed names: one id per printed name (and country code), the slug of the name, so that
// the same club gets the same id in every file of a season. Two clubs of one name from different
// countries get the country in the second one's id.
import type { Team, TeamId } from '../../domain/types.ts';
import { createIdAllocator, nameKey, slugify } from '../names.ts';
import type { FootballMatch } from './match.ts';

/** The country of a team printed without a code. */
export const UNKNOWN_COUNTRY = 'UNK';

export function createTeamRegistry() {
  const teamByKey = new Map<string, Team>();
  const teamByName = new Map<string, Team>();
  const teams = new Map<TeamId, Team>();
  const firstLine = new Map<TeamId, number>();
  const allocate = createIdAllocator();
  const slugCountry = new Map<string, string | null>();
  /** Printed name and country → id, so that each printed name is folded once. */
  const printedIds = new Map<string, Map<string | null, TeamId>>();
  const teamOf = (match: FootballMatch, side: 1 | 2): TeamId => {
    const name = side === 1 ? match.team1 : match.team2;
    const country = side === 1 ? match.country1 : match.country2;
    let byCountry = printedIds.get(name);
    const seen = byCountry?.get(country);
    if (seen !== undefined) return seen;
    const id = findOrAddTeam(match, name, country);
    if (!byCountry) printedIds.set(name, (byCountry = new Map()));
    byCountry.set(country, id);
    return id;
  };
  const findOrAddTeam = (match: FootballMatch, name: string, country: string | null): TeamId => {
    const key = `${nameKey(name)}|${country ?? ''}`;
    const known = teamByKey.get(key) ?? (country === null ? teamByName.get(nameKey(name)) : undefined);
    if (known) {
      teams.set(known.id, known);
      return known.id;
    }
    const slug = slugify(name);
    const clash = slugCountry.has(slug) && slugCountry.get(slug) !== country;
    const id = allocate(clash && country ? `${slug}-${country.toLowerCase()}` : slug);
    slugCountry.set(slug, country);
    const team: Team = {
      id,
      name,
      country: country ?? UNKNOWN_COUNTRY,
      ranking: null,
      entry: '',
      aliases: [],
    };
    teamByKey.set(key, team);
    if (!teamByName.has(nameKey(name))) teamByName.set(nameKey(name), team);
    teams.set(id, team);
    firstLine.set(id, match.line);
    return id;
  };
  const nameOf = (id: TeamId) => teams.get(id)?.name ?? id;
  return { teamOf, nameOf, teams, firstLine };
}
