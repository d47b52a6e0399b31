// Synthetic competitions for benchmarking: n first-round two-legged ties progressing to a final
// (2n − 1 ties), deterministic for a seed. A port of the bench harness's generator
// (shared/bench/data/generate.js, version 1): same PRNG and call order, so for the same n and seed the
// teams, the draw and the legs are the ones the harness's peer pages draw. The one difference is the
// rule: here away goals break a level aggregate before penalties (CAF style), so both occur; the peers
// go straight to penalties, so the legs match theirs up to the first tie decided on away goals.
import type { Competition, Leg, Pot, Stage, Team, Tie } from '../domain/types.ts';
import { INDEX_FILE, type ReadText } from '../data/load.ts';

export interface SyntheticOptions {
  /** First-round ties: a power of two from 1 to 1024. */
  n: number;
  /** PRNG seed, an integer (the harness uses 1). */
  seed: number;
  /** Away goals before penalties (default true); false gives exactly the peers' legs. */
  awayGoals?: boolean;
}

export const MAX_SYNTHETIC_TIES = 1024;

const CLUB_PREFIX = ['Atlético', 'Deportivo', 'Club', 'Sporting', 'Real', 'Unión', 'Racing', 'Independiente', 'Estudiantes', 'Nacional', 'Universitario', 'Olimpia']; // prettier-ignore
const CITY = ['Norte', 'Sur', 'Central', 'del Valle', 'Porteño', 'Andino', 'del Litoral', 'Serrano', 'del Puerto', 'Capital', 'Oriental', 'de la Costa', 'Minero', 'Fluminense', 'Paulista', 'Bolívar']; // prettier-ignore
const COUNTRY = ['ARG', 'BRA', 'URU', 'PAR', 'CHI', 'BOL', 'PER', 'ECU', 'COL', 'VEN', 'MAR', 'EGY', 'NGA', 'RSA', 'TUN', 'ALG']; // prettier-ignore

type Random = () => number;

/** mulberry32, as in the harness: floats in [0, 1). */
function createRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function poisson(rand: Random, lambda: number): number {
  const limit = Math.exp(-lambda);
  let k = 0;
  let p = rand();
  while (p > limit) {
    k += 1;
    p *= rand();
  }
  return k;
}

/** Five kicks each, then sudden death; never level. */
function shootout(rand: Random): [number, number] {
  let [a, b] = [0, 0];
  for (let kick = 0; kick < 5; kick += 1) {
    if (rand() < 0.75) a += 1;
    if (rand() < 0.75) b += 1;
  }
  while (a === b) {
    const [scoresA, scoresB] = [rand() < 0.75, rand() < 0.75];
    a += scoresA ? 1 : 0;
    b += scoresB ? 1 : 0;
  }
  return [a, b];
}

/** "Final", "Semi-finals", "Quarter-finals", "Round of 16", … from the number of teams still in. */
export function roundName(teamsLeft: number): string {
  if (teamsLeft === 2) return 'Final';
  if (teamsLeft === 4) return 'Semi-finals';
  if (teamsLeft === 8) return 'Quarter-finals';
  return `Round of ${teamsLeft}`;
}

const isoDate = (day: number) => new Date(Date.UTC(2024, 1, 6) + day * 86_400_000).toISOString().slice(0, 10);
const pad = (i: number) => String(i).padStart(3, '0');
const stageId = (round: number) => `round-${round}`;

function checkOptions({ n, seed }: SyntheticOptions): void {
  if (!Number.isInteger(n) || n < 1 || n > MAX_SYNTHETIC_TIES || (n & (n - 1)) !== 0) {
    throw new RangeError(`n must be a power of two from 1 to ${MAX_SYNTHETIC_TIES}, got ${n}`);
  }
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
}

/** The stronger team (lower ranking) scores a little more; the home side gets the usual edge. */
function playLeg(
  rand: Random,
  home: Team,
  away: Team,
  date: string,
): Leg & { homeGoals: number; awayGoals: number } {
  const [h, a] = [home.ranking ?? 1, away.ranking ?? 1];
  const edge = (a - h) / (4 * Math.max(h, a));
  const homeGoals = poisson(rand, Math.max(0.3, 1.45 + edge));
  const awayGoals = poisson(rand, Math.max(0.3, 1.05 - edge));
  return {
    date,
    home: home.id,
    away: away.id,
    homeGoals,
    awayGoals,
    venue: `Estadio ${home.name}`,
    city: null,
  };
}

function playTie(rand: Random, id: string, [x, y]: [Team, Team], day: number, awayGoals: boolean): Tie {
  // The seeded side (lower ranking) hosts the second leg; teams[0] hosts the first.
  const [a, b] = (x.ranking ?? 0) > (y.ranking ?? 0) ? [x, y] : [y, x];
  const legs = [playLeg(rand, a, b, isoDate(day)), playLeg(rand, b, a, isoDate(day + 7))] as const;
  const goalsA = legs[0].homeGoals + legs[1].awayGoals;
  const goalsB = legs[0].awayGoals + legs[1].homeGoals;
  const tie = { id, teams: [a.id, b.id] as const, legs, penalties: null, walkover: null };
  const exits = { winnerTo: { exit: 'champion' }, loserTo: { exit: 'eliminated' } };
  if (goalsA !== goalsB) {
    return { ...tie, ...exits, winner: goalsA > goalsB ? a.id : b.id, decidedBy: 'aggregate' };
  }
  const [awayA, awayB] = [legs[1].awayGoals, legs[0].awayGoals];
  if (awayGoals && awayA !== awayB) {
    return { ...tie, ...exits, winner: awayA > awayB ? a.id : b.id, decidedBy: 'away-goals' };
  }
  const [kicksA, kicksB] = shootout(rand);
  const penalties = { [a.id]: kicksA, [b.id]: kicksB };
  return { ...tie, ...exits, penalties, winner: kicksA > kicksB ? a.id : b.id, decidedBy: 'penalties' };
}

function createTeams(rand: Random, count: number): Team[] {
  const names = CLUB_PREFIX.length * CITY.length;
  return Array.from({ length: count }, (_, i) => {
    const name = `${CLUB_PREFIX[i % CLUB_PREFIX.length]} ${CITY[Math.floor(i / CLUB_PREFIX.length) % CITY.length]}`;
    // Names repeat after 192 clubs; a number keeps each one unique.
    const suffix = i >= names ? ` ${Math.floor(i / names) + 1}` : '';
    const country = COUNTRY[Math.floor(rand() * COUNTRY.length)]!;
    const id = `T${String(i + 1).padStart(4, '0')}`;
    return { id, name: name + suffix, country, ranking: i + 1, entry: stageId(1), aliases: [] };
  });
}

/** Plays the whole bracket: rounds of ties, each winner linked to its slot in the next round. */
function playRounds(rand: Random, teams: Team[], n: number, awayGoals: boolean): Tie[][] {
  // Draw: each first-round tie pairs a pot-1 team (rankings 1..n) with a shuffled pot-2 team.
  const pot2 = teams.slice(n);
  for (let i = pot2.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rand() * (i + 1));
    [pot2[i], pot2[j]] = [pot2[j]!, pot2[i]!];
  }
  const byId = new Map(teams.map((team) => [team.id, team]));
  let pairs = teams.slice(0, n).map((team, i): [Team, Team] => [team, pot2[i]!]);
  const rounds: Tie[][] = [];
  for (let round = 1, day = 0; pairs.length > 0; round += 1, day += 21) {
    const ties = pairs.map((pair, i) => playTie(rand, `r${round}-${pad(i + 1)}`, pair, day, awayGoals));
    const winners = ties.map((tie) => byId.get(tie.winner!)!);
    pairs = [];
    for (let i = 0; i + 1 < winners.length; i += 2) pairs.push([winners[i]!, winners[i + 1]!]);
    rounds.push(ties);
  }
  // Link each winner to the slot it takes in its next tie (teams are ordered by who hosts leg 1).
  return rounds.map((ties, r) =>
    ties.map((tie, i) => {
      const next = rounds[r + 1]?.[Math.floor(i / 2)];
      if (!next) return tie;
      return { ...tie, winnerTo: { tie: next.id, slot: next.teams[0] === tie.winner ? 0 : 1 } };
    }),
  );
}

export const syntheticId = ({ n, seed, awayGoals = true }: SyntheticOptions): string =>
  `synthetic-${n}-seed-${seed}${awayGoals ? '' : '-no-away-goals'}`;
const syntheticName = ({ n, seed }: SyntheticOptions) =>
  `Synthetic knockout: ${n} first-round ${n === 1 ? 'tie' : 'ties'} (seed ${seed})`;

/** A valid Llave competition: n first-round ties to a final, deterministic for (n, seed). */
export function generateCompetition(options: SyntheticOptions): Competition {
  checkOptions(options);
  const { n, seed, awayGoals = true } = options;
  const rand = createRandom(Math.imul(seed, 2654435761) ^ n);
  const teams = createTeams(rand, 2 * n);
  const rounds = playRounds(rand, teams, n, awayGoals);
  const stages = rounds.map((ties, r): Stage => {
    const [first, second] = [isoDate(21 * r), isoDate(21 * r + 7)];
    const pot = (name: string, from: number): Pot => ({
      name,
      entries: teams.slice(from, from + n).map((team) => ({ team: team.id, ranking: team.ranking })),
    });
    return {
      id: stageId(r + 1),
      name: roundName(2 * ties.length),
      order: r + 1,
      dates: { firstLegs: [first], secondLegs: [second] },
      tieIds: 'local',
      draw:
        r === 0
          ? { date: isoDate(-14), place: null, pots: [pot('Pot 1', 0), pot('Pot 2', n)], rules: [] }
          : null,
      ties,
    };
  });
  return {
    formatVersion: 1,
    id: syntheticId(options),
    name: syntheticName(options),
    confederation: 'Synthetic',
    season: '2024',
    dates: { start: isoDate(0), end: isoDate(21 * (rounds.length - 1) + 7) },
    seeding: { ranking: 'Synthetic seeding (1 is the strongest)', kind: 'position', asOf: null },
    rules: {
      awayGoals,
      extraTime: false,
      regulation: 'synthetic data, generator version 1',
      hosting: ['Pot 1 teams host the second leg.'],
    },
    exits: [
      { id: 'champion', name: 'Champion', kind: 'advance' },
      { id: 'eliminated', name: 'Eliminated', kind: 'out' },
    ],
    teams,
    stages,
    notes: [
      {
        id: 'synthetic',
        about: { competition: true },
        source: 'generator',
        text: `Generated for benchmarking from seed ${seed}: teams, draw and results are invented.`,
        resolution: null,
      },
    ],
    sources: [],
  };
}

/**
 * Serves `index.json` listing one synthetic competition, and that competition's file, as JSON text:
 * the competition then goes through the same parsing, validation and store as shipped data.
 * Throws a RangeError for invalid options.
 */
export function createSyntheticReader(options: SyntheticOptions): ReadText {
  checkOptions(options);
  const id = syntheticId(options);
  const file = `${id}.json`;
  const index = JSON.stringify({ competitions: [{ id, name: syntheticName(options), file }] });
  return async (requested) => {
    if (requested === INDEX_FILE) return index;
    if (requested === file) return JSON.stringify(generateCompetition(options));
    throw new Error(`no synthetic file ${requested}`);
  };
}
