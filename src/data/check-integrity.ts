// Structural checks a schema cannot express: references between records, the bracket's shape, and
// every recorded result against the competition's rules (a recorded winner is a claim, not a fact).
import { decideTie } from '../domain/decide-tie.ts';
import { translator } from '../i18n/translate.ts';
import { invalidText } from '../present/words.ts';
import type { Competition } from '../domain/types.ts';
import { jsonPath, showValue, type DataIssue, type IssueCode, type Severity } from './issues.ts';

type Path = (string | number)[];

/** Issues are reported in English, like every data issue. */
const EN = translator('en');

/** Ties in all stages together; the schema allows 10 000 per stage. */
const MAX_TIES = 10_000;

/** Keys valibot's `record` drops (prototype pollution guard): a team so named loses its `penalties` entry. */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function checkIntegrity(competition: Competition, file: string): DataIssue[] {
  const issues: DataIssue[] = [];
  const report = (code: IssueCode, severity: Severity, path: Path, expected: string, found: unknown) =>
    issues.push({ code, severity, file, path: jsonPath(path), expected, found: showValue(found) });

  const tieCount = competition.stages.reduce((count, stage) => count + stage.ties.length, 0);
  if (tieCount > MAX_TIES) {
    report('too-many-ties', 'critical', ['stages'], `at most ${MAX_TIES} ties in all stages`, tieCount);
    return issues;
  }

  const teamIds = new Set<string>();
  competition.teams.forEach((team, i) => {
    if (teamIds.has(team.id))
      report('duplicate-id', 'critical', ['teams', i, 'id'], 'a unique team id', team.id);
    if (RESERVED_KEYS.has(team.id))
      report(
        'schema',
        'critical',
        ['teams', i, 'id'],
        'a team id other than __proto__, constructor, prototype',
        team.id,
      );
    teamIds.add(team.id);
  });
  for (const [key, items] of [
    ['exits', competition.exits],
    ['notes', competition.notes],
  ] as const) {
    const ids = new Set<string>();
    items.forEach((item, i) => {
      if (ids.has(item.id))
        report('duplicate-id', 'critical', [key, i, 'id'], `a unique ${key.slice(0, -1)} id`, item.id);
      ids.add(item.id);
    });
  }
  const stageOrder = new Map<string, number>();
  competition.stages.forEach((stage, s) => {
    if (stageOrder.has(stage.id))
      report('duplicate-id', 'critical', ['stages', s, 'id'], 'a unique stage id', stage.id);
    stageOrder.set(stage.id, stage.order);
  });
  competition.teams.forEach((team, i) => {
    if (!stageOrder.has(team.entry)) {
      report(
        'unknown-stage',
        'critical',
        ['teams', i, 'entry'],
        'the id of a stage in this file',
        team.entry,
      );
    }
  });

  const tieStage = new Map<string, number>();
  competition.stages.forEach((stage, s) =>
    stage.ties.forEach((tie, t) => {
      if (tieStage.has(tie.id))
        report('duplicate-id', 'critical', ['stages', s, 'ties', t, 'id'], 'a unique tie id', tie.id);
      tieStage.set(tie.id, stage.order);
    }),
  );
  const exitIds = new Set(competition.exits.map((exit) => exit.id));
  competition.notes.forEach(({ about }, n) => {
    const path = ['notes', n, 'about'];
    if ('team' in about && !teamIds.has(about.team))
      report('unknown-team', 'critical', [...path, 'team'], 'the id of a team in this file', about.team);
    else if ('tie' in about && !tieStage.has(about.tie))
      report('missing-tie', 'critical', [...path, 'tie'], 'the id of a tie in this file', about.tie);
    else if ('stage' in about && !stageOrder.has(about.stage))
      report('unknown-stage', 'critical', [...path, 'stage'], 'the id of a stage in this file', about.stage);
  });
  const team = (path: Path, id: string) => {
    if (teamIds.has(id)) return true;
    report('unknown-team', 'critical', path, 'the id of a team in this file', id);
    return false;
  };

  const fedSlots = new Map<string, string>();
  competition.stages.forEach((stage, s) => {
    const base: Path = ['stages', s];
    stage.draw?.pots.forEach((pot, p) =>
      pot.entries.forEach((entry, e) => {
        const path = [...base, 'draw', 'pots', p, 'entries', e];
        if ('team' in entry) team([...path, 'team'], entry.team);
        else if (!tieStage.has(entry.winnerOf)) {
          report(
            'missing-tie',
            'critical',
            [...path, 'winnerOf'],
            'the id of a tie in this file',
            entry.winnerOf,
          );
        }
      }),
    );
    const seen = new Map<string, string>();
    stage.ties.forEach((tie, t) => {
      const at: Path = [...base, 'ties', t];
      const known = tie.teams.map((id, k) => team([...at, 'teams', k], id)).every(Boolean);
      tie.teams.forEach((id, k) => {
        const other = seen.get(id);
        if (other) {
          report(
            'team-in-two-ties',
            'critical',
            [...at, 'teams', k],
            `each team in one tie of stage ${stage.id}`,
            `${id} also in ${other}`,
          );
        }
        seen.set(id, tie.id);
      });
      tie.legs.forEach((leg, l) => {
        team([...at, 'legs', l, 'home'], leg.home);
        team([...at, 'legs', l, 'away'], leg.away);
      });
      const [first, second] = tie.legs;
      if (first?.date && second?.date && second.date < first.date) {
        report(
          'leg-dates-out-of-order',
          'warning',
          [...at, 'legs', 1, 'date'],
          `a date after the first leg (${first.date})`,
          second.date,
        );
      }
      for (const key of Object.keys(tie.penalties ?? {})) {
        if (!tie.teams.includes(key))
          report(
            'unknown-team',
            'critical',
            [...at, 'penalties', key],
            `one of ${tie.teams.join(', ')}`,
            key,
          );
      }
      if (tie.winner !== null && !tie.teams.includes(tie.winner)) {
        report(
          'winner-contradicts-rules',
          'critical',
          [...at, 'winner'],
          `one of ${tie.teams.join(', ')}`,
          tie.winner,
        );
      } else if (known) {
        checkOutcome(competition, tie, at, report);
      }
      for (const [key, to] of [
        ['winnerTo', tie.winnerTo],
        ['loserTo', tie.loserTo],
      ] as const) {
        if ('exit' in to) {
          if (!exitIds.has(to.exit))
            report('unknown-exit', 'critical', [...at, key, 'exit'], 'the id of an exit in `exits`', to.exit);
          continue;
        }
        const next = tieStage.get(to.tie);
        if (next === undefined) {
          report('missing-tie', 'critical', [...at, key, 'tie'], 'the id of a tie in this file', to.tie);
        } else if (next <= stage.order) {
          report(
            'backward-feed',
            'critical',
            [...at, key, 'tie'],
            `a tie of a stage after ${stage.id}`,
            to.tie,
          );
        } else {
          const slot = `${to.tie}#${to.slot}`;
          const other = fedSlots.get(slot);
          if (other)
            report(
              'slot-conflict',
              'critical',
              [...at, key],
              `a slot no other tie feeds`,
              `slot ${to.slot} of ${to.tie}, also fed by ${other}`,
            );
          fedSlots.set(slot, tie.id);
        }
      }
    });
  });

  // The team in each fed slot must be the recorded winner of the tie that feeds it.
  const ties = new Map(
    competition.stages.flatMap((stage) => stage.ties.map((tie) => [tie.id, tie] as const)),
  );
  competition.stages.forEach((stage, s) =>
    stage.ties.forEach((tie, t) => {
      if (!('tie' in tie.winnerTo) || !tie.winner) return;
      const target = tie.winnerTo;
      const ref = ties.get(target.tie);
      const inSlot = ref?.teams[target.slot];
      if (ref && inSlot !== tie.winner) {
        report(
          'feed-mismatch',
          'critical',
          ['stages', s, 'ties', t, 'winnerTo'],
          `${tie.winner} (the winner) in slot ${target.slot} of ${target.tie}`,
          inSlot,
        );
      }
    }),
  );
  return issues;
}

function checkOutcome(
  competition: Competition,
  tie: Competition['stages'][number]['ties'][number],
  at: Path,
  report: (code: IssueCode, severity: Severity, path: Path, expected: string, found: unknown) => void,
) {
  const outcome = decideTie(tie, competition.rules);
  if (outcome.status === 'invalid') {
    report(
      'invalid-tie',
      'critical',
      at,
      'a tie the rules can decide',
      invalidText(outcome.reason, (id) => id, EN),
    );
    return;
  }
  if (outcome.status === 'pending') {
    if (tie.winner !== null) {
      const why = outcome.awaiting === 'legs' ? 'every leg played' : 'a shoot-out score';
      report(
        'unverifiable-winner',
        'warning',
        [...at, 'winner'],
        `${why} to confirm the recorded winner`,
        tie.winner,
      );
    }
    return;
  }
  if (tie.winner !== null && tie.winner !== outcome.winner) {
    report(
      'winner-contradicts-rules',
      'critical',
      [...at, 'winner'],
      `${outcome.winner} (${outcome.decidedBy} under the rules)`,
      tie.winner,
    );
  }
  if (tie.decidedBy !== null && tie.decidedBy !== outcome.decidedBy) {
    report(
      'winner-contradicts-rules',
      'critical',
      [...at, 'decidedBy'],
      `"${outcome.decidedBy}" under the rules`,
      tie.decidedBy,
    );
  }
  if (tie.penalties && outcome.decidedBy !== 'penalties') {
    report(
      'unneeded-penalties',
      'warning',
      [...at, 'penalties'],
      `no shoot-out: the tie was decided on ${outcome.decidedBy}`,
      tie.penalties,
    );
  }
}
