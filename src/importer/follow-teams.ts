// Printed names → teams. A name is one team until the text shows it cannot be: the same name in two
// ties of one stage, or a team that was knocked out playing again. Each stage's teams are matched to
// the previous stage's winners, first through the stated destinations ("(Match C2)", fixed pairings),
// then by name; a name no winner accounts for is a team entering at that stage.
import type { Rules, TeamId } from '../domain/types.ts';
import type { StageIds } from './assign-tie-ids.ts';
import { checkTie, type CheckedTie } from './check-tie.ts';
import type { FindingLog } from './findings.ts';
import { createIdAllocator, nameKey, slugify } from './names.ts';
import type { StageText } from './read-stages.ts';

export interface TeamTrail {
  id: TeamId;
  name: string;
  /** Index of the stage the team entered at. */
  entry: number;
  line: number;
  /** Tie ids in playing order. */
  ties: string[];
  /** The stage index of each tie in `ties`. */
  stages: number[];
  /** Why the name was split from another team's, when it was. */
  note: string | null;
}

export interface FollowedTeams {
  teams: TeamTrail[];
  /** Per stage, per tie: the tie checked against the rules, teams[0] hosting the first leg. */
  ties: CheckedTie[][];
  /** Per stage, per tie: the team that plays on in the next stage, when one does. */
  continuedBy: (TeamId | null)[][];
}

interface Candidate {
  team: TeamTrail;
  fromTie: string;
  dest: string | null;
  line: number;
}

export function followTeams(
  stages: readonly StageText[],
  stageIds: readonly StageIds[],
  destinations: readonly (string | null)[][],
  rules: Rules,
  log: FindingLog,
): FollowedTeams {
  const allocate = createIdAllocator();
  const teams: TeamTrail[] = [];
  const byId = new Map<TeamId, TeamTrail>();
  const checked: CheckedTie[][] = [];
  const continuedBy: (TeamId | null)[][] = stages.map((stage) => stage.ties.map(() => null));
  const linkedByText = new Set<TeamId>();
  const linkedByName = new Set<TeamId>();
  const nameOf = (team: TeamId) => byId.get(team)?.name ?? team;
  let pool: Candidate[] = [];

  stages.forEach((stage, s) => {
    const ids = stageIds[s]?.ids ?? [];
    const sides: (TeamTrail | null)[][] = stage.ties.map(() => [null, null]);
    const printed = (t: number, side: number) => {
      const leg = stage.ties[t]?.legs[0];
      return side === 0 ? (leg?.home ?? '') : (leg?.away ?? '');
    };
    const advancedFrom = new Set<string>();
    const take = (candidate: Candidate, t: number, side: number) => {
      sides[t]![side] = candidate.team;
      advancedFrom.add(candidate.fromTie);
      const previous = stages[s - 1];
      const from = previous ? (stageIds[s - 1]?.ids.indexOf(candidate.fromTie) ?? -1) : -1;
      if (from >= 0) continuedBy[s - 1]![from] = candidate.team.id;
    };
    const free = (candidate: Candidate) => !advancedFrom.has(candidate.fromTie);

    // 1. Stated destinations: the winner of E3 "advanced to … (Match C2)" is the one printed in C2.
    for (const candidate of pool) {
      const t = candidate.dest === null ? -1 : ids.indexOf(candidate.dest);
      if (t < 0 || !free(candidate)) continue;
      const side = [0, 1].find(
        (k) => sides[t]![k] === null && nameKey(printed(t, k)) === nameKey(candidate.team.name),
      );
      if (side === undefined) continue;
      take(candidate, t, side);
      linkedByText.add(candidate.team.id);
    }
    // 2. Names: a winner with no stated destination, else a team entering here.
    stage.ties.forEach((tie, t) => {
      for (const side of [0, 1]) {
        if (sides[t]![side] !== null) continue;
        const name = printed(t, side);
        const matching = pool.filter(
          (candidate) => free(candidate) && nameKey(candidate.team.name) === nameKey(name),
        );
        const unbound = matching.filter((candidate) => candidate.dest === null);
        const options = unbound.length > 0 ? unbound : matching;
        const [chosen] = options;
        if (chosen) {
          if (options.length > 1) {
            log.warning(
              'ambiguous-name',
              tie.line,
              `Cannot tell which of ${options.map((o) => `${o.team.id} (winner of ${o.fromTie})`).join(', ')} is the "${name}" of ${ids[t]}; took ${chosen.team.id}.`,
              { tie: ids[t] ?? '' },
            );
          }
          if (chosen.dest !== null) {
            log.warning(
              'destination-mismatch',
              chosen.line,
              `The winner of ${chosen.fromTie}, ${chosen.team.name}, is sent to ${chosen.dest} but plays ${ids[t]} (line ${tie.line}).`,
              { tie: chosen.fromTie },
            );
          }
          take(chosen, t, side);
          linkedByName.add(chosen.team.id);
          continue;
        }
        const team: TeamTrail = {
          id: allocate(slugify(name)),
          name,
          entry: s,
          line: tie.line,
          ties: [],
          stages: [],
          note: null,
        };
        teams.push(team);
        byId.set(team.id, team);
        sides[t]![side] = team;
      }
    });

    checked[s] = stage.ties.map((tie, t) => {
      const [home, away] = sides[t] as [TeamTrail, TeamTrail];
      const id = ids[t] ?? '';
      for (const team of [home, away]) {
        team.ties.push(id);
        team.stages.push(s);
      }
      return checkTie({ id, raw: tie, teams: [home.id, away.id], nameOf, rules, log });
    });
    pool = checked[s].flatMap((tie, t) =>
      tie.mayAdvance.flatMap((team) => {
        const trail = byId.get(team);
        const raw = stage.ties[t];
        return trail && raw
          ? [
              {
                team: trail,
                fromTie: ids[t] ?? '',
                dest: destinations[s]?.[t] ?? null,
                line: raw.outcome?.line ?? raw.line,
              },
            ]
          : [];
      }),
    );
  });

  reportSharedNames(teams, stages, { byText: linkedByText, byName: linkedByName }, log);
  return { teams, ties: checked, continuedBy };
}

/** One finding per name that stands for more than one team, with each team's path. */
function reportSharedNames(
  teams: TeamTrail[],
  stages: readonly StageText[],
  linked: { byText: Set<TeamId>; byName: Set<TeamId> },
  log: FindingLog,
) {
  const groups = new Map<string, TeamTrail[]>();
  for (const team of teams) groups.set(nameKey(team.name), [...(groups.get(nameKey(team.name)) ?? []), team]);
  for (const group of groups.values()) {
    const [first, ...others] = group;
    if (!first || others.length === 0) continue;
    const paths = group.map(
      (team) =>
        `${team.id} ${team.entry > 0 ? `entered at the ${stages[team.entry]?.name} and ` : ''}played ${team.ties.join(', ')}`,
    );
    const why = others.map((team) => {
      const sameStage = group.find((other) => other !== team && other.stages.includes(team.entry));
      return sameStage
        ? `${team.id} appears in the ${stages[team.entry]?.name} (line ${team.line}) where ${sameStage.id} plays too, and a team plays one tie per stage`
        : `no winner named "${team.name}" reaches the ${stages[team.entry]?.name} (line ${team.line}): ${group
            .filter((other) => other !== team)
            .map((other) => other.id)
            .join(', ')} was knocked out before`;
    });
    const byName = group.some((team) => linked.byName.has(team.id));
    const byText = group.some((team) => linked.byText.has(team.id));
    const how = byName
      ? ', later ties matched by name'
      : byText
        ? ', each followed to its later ties by the "(Match …)" lines and pairings'
        : '';
    const message = `"${first.name}" stands for ${group.length} teams: ${why.join('; ')}. Kept apart as ${group.map((team) => team.id).join(' and ')} (${paths.join('; ')})${how}; check which club is which.`;
    log.warning('ambiguous-name', others[0]?.line ?? first.line, message, {
      team: others[0]?.id ?? first.id,
    });
    for (const team of group)
      team.note = `Printed "${team.name}" like ${group
        .filter((other) => other !== team)
        .map((other) => other.id)
        .join(', ')}, a different team in this article.`;
  }
}
