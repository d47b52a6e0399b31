// @vitest-environment node
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decideTie } from '../domain/decide-tie.ts';
import type { Competition } from '../domain/types.ts';
import { createAppStore } from '../store/store.ts';
import { selectCompetition } from '../store/selectors.ts';
import { parseCompetitionText } from '../data/parse-competition.ts';
import { createSyntheticReader, generateCompetition, syntheticId } from './synthetic.ts';

const allTies = (competition: Competition) => competition.stages.flatMap((stage) => stage.ties);

describe('generateCompetition', () => {
  for (const n of [1, 8, 64, 1024]) {
    it(`gives a valid competition of ${2 * n - 1} ties for n = ${n}, every winner the rules' winner`, () => {
      const competition = generateCompetition({ n, seed: 1 });
      const parsed = parseCompetitionText(JSON.stringify(competition), 'synthetic.json');
      expect(parsed.issues).toEqual([]);
      expect(parsed.ok).toBe(true);
      const ties = allTies(competition);
      expect(ties).toHaveLength(2 * n - 1);
      expect(competition.teams).toHaveLength(2 * n);
      for (const tie of ties) {
        const outcome = decideTie(tie, competition.rules);
        expect(outcome).toMatchObject({ status: 'decided', winner: tie.winner, decidedBy: tie.decidedBy });
      }
    });
  }

  it('names the rounds by the teams left and the ties by round and position', () => {
    const competition = generateCompetition({ n: 64, seed: 1 });
    expect(competition.stages.map((stage) => stage.name)).toEqual([
      'Round of 128',
      'Round of 64',
      'Round of 32',
      'Round of 16',
      'Quarter-finals',
      'Semi-finals',
      'Final',
    ]);
    expect(competition.stages[0]?.ties[0]?.id).toBe('r1-001');
    expect(competition.stages[6]?.ties.map((tie) => tie.id)).toEqual(['r7-001']);
  });

  it('sends each winner to the next round and the final winner out as champion', () => {
    const competition = generateCompetition({ n: 8, seed: 1 });
    const ties = new Map(allTies(competition).map((tie) => [tie.id, tie]));
    for (const tie of ties.values()) {
      expect(tie.loserTo).toEqual({ exit: 'eliminated' });
      if ('exit' in tie.winnerTo) {
        expect(tie.id).toBe('r4-001');
        expect(tie.winnerTo).toEqual({ exit: 'champion' });
      } else {
        expect(ties.get(tie.winnerTo.tie)?.teams[tie.winnerTo.slot]).toBe(tie.winner);
      }
    }
  });

  it('decides some ties on away goals and some on penalties at n = 64', () => {
    const decidedBy = allTies(generateCompetition({ n: 64, seed: 1 })).map((tie) => tie.decidedBy);
    expect(decidedBy).toContain('away-goals');
    expect(decidedBy).toContain('penalties');
  });

  it('is deterministic for a seed and differs for another seed', () => {
    const text = (seed: number) => JSON.stringify(generateCompetition({ n: 64, seed }));
    expect(text(1)).toBe(text(1));
    const [a, b] = [generateCompetition({ n: 64, seed: 1 }), generateCompetition({ n: 64, seed: 2 })];
    expect(allTies(b).map((tie) => tie.legs)).not.toEqual(allTies(a).map((tie) => tie.legs));
  });

  it('refuses an n that is not a power of two from 1 to 1024, and a fractional seed', () => {
    for (const n of [0, 3, 12, 2048, -8, 1.5, Number.NaN]) {
      expect(() => generateCompetition({ n, seed: 1 })).toThrow(RangeError);
      expect(() => createSyntheticReader({ n, seed: 1 })).toThrow(RangeError);
    }
    expect(() => generateCompetition({ n: 8, seed: 0.5 })).toThrow(RangeError);
  });

  // The harness's peer pages draw from shared/bench/data/generate.js: with the same rule the port gives
  // the same teams and legs. Skipped where shared/ is not beside the repo.
  const peerGenerator = resolve(process.cwd(), '../shared/bench/data/generate.js');
  it.skipIf(!existsSync(peerGenerator))('draws the same teams and legs as the bench peers', async () => {
    const { generateBracket } = (await import(/* @vite-ignore */ peerGenerator)) as PeerGenerator;
    const peer = generateBracket({ n: 32, seed: 1, awayGoals: false });
    const ours = generateCompetition({ n: 32, seed: 1, awayGoals: false });
    expect(ours.teams.map((t) => [t.id, t.name, t.country])).toEqual(
      peer.teams.map((t) => [t.id, t.name, t.country]),
    );
    expect(
      allTies(ours).map((t) => [t.id, ...t.legs.flatMap((l) => [l.home, l.homeGoals, l.awayGoals])]),
    ).toEqual(
      peer.ties.map((t) => [t.id, ...t.legs.flatMap((l) => [l.homeTeamId, l.homeGoals, l.awayGoals])]),
    );
    expect(allTies(ours).map((t) => t.winner)).toEqual(peer.ties.map((t) => t.winnerId));
  });
});

interface PeerGenerator {
  generateBracket: (options: { n: number; seed: number; awayGoals: boolean }) => {
    teams: { id: string; name: string; country: string }[];
    ties: {
      id: string;
      winnerId: string;
      legs: { homeTeamId: string; homeGoals: number; awayGoals: number }[];
    }[];
  };
}

describe('createSyntheticReader', () => {
  it('serves the index and the competition as text through the same loading path as shipped data', async () => {
    const requested: string[] = [];
    const read = createSyntheticReader({ n: 32, seed: 1 });
    const store = createAppStore((file) => (requested.push(file), read(file)));
    await store.getState().loadIndex();
    const id = syntheticId({ n: 32, seed: 1 });
    expect(store.getState().index.entries.map((entry) => entry.id)).toEqual([id]);
    store.getState().showCompetition(id);
    await store.getState().loadCompetition(id);
    expect(requested).toEqual(['index.json', `${id}.json`]);
    expect(store.getState().competitions[id]?.status).toBe('ready');
    expect(allTies(selectCompetition(store.getState())!)).toHaveLength(63);
  });

  it('fails a request for any other file', async () => {
    await expect(createSyntheticReader({ n: 8, seed: 1 })('other.json')).rejects.toThrow(/other\.json/);
  });
});
