// The progression graph of a qualifying competition: which tie feeds which slot of which later tie,
// which teams enter later (byes), and where winners and losers leave the bracket. A qualifying field is
// a graph of stages, not a perfect binary tree: byes, late entrants and losers moving to another
// competition are all ordinary here.
import type { Competition, Stage, StageId, TeamId, Tie, TieId } from './types.ts';

export interface TieRef {
  tie: Tie;
  stage: Stage;
}

export interface Feed {
  from: TieId;
  to: TieId;
  slot: 0 | 1;
}

/** A stage played as single matches (a final, a one-off round): every tie has one leg. */
export const isSingleMatchStage = (stage: Pick<Stage, 'ties'>): boolean =>
  stage.ties.length > 0 && stage.ties.every((tie) => tie.legs.length === 1);

/** Ties by id, with their stage. */
export function indexTies(competition: Pick<Competition, 'stages'>): Map<TieId, TieRef> {
  const index = new Map<TieId, TieRef>();
  for (const stage of competition.stages) for (const tie of stage.ties) index.set(tie.id, { tie, stage });
  return index;
}

/** Every winner-to-tie link, in stage order. */
export function listFeeds(competition: Pick<Competition, 'stages'>): Feed[] {
  const feeds: Feed[] = [];
  for (const stage of competition.stages) {
    for (const tie of stage.ties) {
      if ('tie' in tie.winnerTo) feeds.push({ from: tie.id, to: tie.winnerTo.tie, slot: tie.winnerTo.slot });
    }
  }
  return feeds;
}

/** For each fed tie, the tie feeding each slot (null: a team that entered at that stage). */
export function feedersOf(
  competition: Pick<Competition, 'stages'>,
): Map<TieId, [TieId | null, TieId | null]> {
  const feeders = new Map<TieId, [TieId | null, TieId | null]>();
  for (const feed of listFeeds(competition)) {
    const slots = feeders.get(feed.to) ?? [null, null];
    slots[feed.slot] = feed.from;
    feeders.set(feed.to, slots);
  }
  return feeders;
}

export interface Bye {
  team: TeamId;
  tie: TieId;
  slot: 0 | 1;
  stage: StageId;
}

/** The stages in the order they are played. */
export const stagesInOrder = <S extends Pick<Stage, 'order'>>(competition: { stages: readonly S[] }): S[] =>
  [...competition.stages].sort((a, b) => a.order - b.order);

/** Teams entering a tie directly, not as the winner of an earlier tie: byes in later stages. */
export function listByes(competition: Pick<Competition, 'stages'>): Bye[] {
  const first = stagesInOrder(competition)[0];
  const feeders = feedersOf(competition);
  const byes: Bye[] = [];
  for (const stage of competition.stages) {
    if (stage === first) continue;
    for (const tie of stage.ties) {
      const slots = feeders.get(tie.id) ?? [null, null];
      tie.teams.forEach((team, slot) => {
        if (slots[slot] === null) byes.push({ team, tie: tie.id, slot: slot as 0 | 1, stage: stage.id });
      });
    }
  }
  return byes;
}

/** The ties a team played, in stage order. */
export function teamPath(competition: Pick<Competition, 'stages'>, team: TeamId): TieId[] {
  return stagesInOrder(competition).flatMap((stage) =>
    stage.ties.filter((tie) => tie.teams.includes(team)).map((tie) => tie.id),
  );
}

/** Whom the winner of a tie meets next: the winner of another tie, a team with a bye, or an exit. */
export type NextStep =
  | { kind: 'tie'; tie: TieId; opponent: { winnerOf: TieId } | { team: TeamId } }
  | { kind: 'exit'; exit: string };

/** `feeders` and `ties` are the competition's feedersOf and indexTies (memoized by the caller). */
export function nextStep(
  tie: Tie,
  feeders: ReadonlyMap<TieId, readonly (TieId | null)[]>,
  ties: ReadonlyMap<TieId, TieRef>,
): NextStep {
  const to = tie.winnerTo;
  if ('exit' in to) return { kind: 'exit', exit: to.exit };
  const other = (1 - to.slot) as 0 | 1;
  const feeder = feeders.get(to.tie)?.[other];
  if (feeder) return { kind: 'tie', tie: to.tie, opponent: { winnerOf: feeder } };
  const target = ties.get(to.tie)?.tie;
  return { kind: 'tie', tie: to.tie, opponent: { team: target?.teams[other] ?? '' } };
}
