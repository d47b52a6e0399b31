// Competitions of one season, linked: a club that loses a tie in one competition and plays on in
// another of the same season (a Champions League qualifying loser in the Europa League or Conference
// League qualifying) is shown as going there. Worked out from the data alone: the loser's next match
// of the season is in a round of the other competition that starts after the tie ends.
import { fold } from '../domain/text.ts';
import type { Competition, Exit, Stage, Team, Tie } from '../domain/types.ts';

/** The same club in two competitions: the same name, folded, and the same country. */
const clubKey = (team: Team) => `${fold(team.name)}|${team.country}`;

const lastDate = (tie: Tie) =>
  tie.legs.reduce((latest, leg) => (leg.date && leg.date > latest ? leg.date : latest), '');
const firstDate = (stage: Stage) =>
  stage.ties
    .flatMap((tie) => tie.legs.map((leg) => leg.date ?? ''))
    .reduce((first, date) => (date && (!first || date < first) ? date : first), '');

/** The competition's own name without season or phase ("UEFA Europa League"), as its exits give it. */
const brandOf = (competition: Competition) =>
  competition.exits.find((exit) => exit.kind === 'advance' && exit.competitionName)?.competitionName ??
  competition.name;

interface Entry {
  competition: Competition;
  stage: Stage;
  starts: string;
}

/** Where each club plays in `competition`'s season, by stage start, earliest first. */
function entriesOf(competitions: readonly Competition[]): Map<string, Entry[]> {
  const entries = new Map<string, Entry[]>();
  for (const competition of competitions) {
    const teams = new Map(competition.teams.map((team) => [team.id, team]));
    for (const stage of competition.stages) {
      const starts = firstDate(stage);
      for (const tie of stage.ties) {
        for (const id of tie.teams) {
          const team = teams.get(id);
          if (!team) continue;
          const key = clubKey(team);
          entries.set(key, [...(entries.get(key) ?? []), { competition, stage, starts }]);
        }
      }
    }
  }
  for (const list of entries.values()) list.sort((a, b) => a.starts.localeCompare(b.starts));
  return entries;
}

/**
 * Each competition with its losers' exits pointing at the competition and round where they play on,
 * when they do; a loser who plays no more, or a competition of another season, is left as it was.
 * Returns new competitions; the inputs are not changed.
 */
export function linkSeason(competitions: readonly Competition[]): Competition[] {
  const entries = entriesOf(competitions);
  return competitions.map((competition) => {
    const teams = new Map(competition.teams.map((team) => [team.id, team]));
    const exits = new Map(competition.exits.map((exit) => [exit.id, exit]));
    const added = new Map<string, Exit>();
    const stages = competition.stages.map((stage) => ({
      ...stage,
      ties: stage.ties.map((tie): Tie => {
        const loser = tie.winner === null ? null : tie.teams.find((id) => id !== tie.winner);
        const exit = 'exit' in tie.loserTo ? exits.get(tie.loserTo.exit) : undefined;
        const team = loser ? teams.get(loser) : undefined;
        if (!team || exit?.kind !== 'out') return tie;
        const ends = lastDate(tie);
        const next = entries
          .get(clubKey(team))
          ?.find(
            (entry) =>
              entry.competition.id !== competition.id &&
              entry.competition.season === competition.season &&
              entry.starts > ends,
          );
        if (!next) return tie;
        const id = `${next.competition.id}-${next.stage.id}`;
        if (!added.has(id))
          added.set(id, {
            id,
            name: `${next.competition.name}, ${next.stage.name}`,
            kind: 'transfer',
            phase: 'round',
            ...(next.stage.round ? { round: next.stage.round } : {}),
            competitionName: brandOf(next.competition),
            to: { competition: next.competition.id, stage: next.stage.id },
          });
        return { ...tie, loserTo: { exit: id } };
      }),
    }));
    if (added.size === 0) return competition;
    const kept = competition.exits.filter((exit) => !added.has(exit.id));
    return { ...competition, exits: [...kept, ...added.values()], stages };
  });
}
