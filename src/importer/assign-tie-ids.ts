// Tie ids. Where the draw names a stage's ties ("drawn into three ties (E1–E3)") and the section lists
// exactly that many, they are taken in the order of the text, then checked against every
// "(Match C6)" reference and fixed pairing ("Second stage winner C1 vs. Second stage winner C8"). Any
// disagreement, or no range at all, gives local keys (R1-01…) instead.
import type { FindingLog } from './findings.ts';
import { nameKey } from './names.ts';
import type { DrawText } from './read-draw.ts';
import { isStageNamed, type RawTie, type StageText } from './read-stages.ts';

export interface StageIds {
  ids: string[];
  official: boolean;
}

const namesOf = (tie: RawTie): string[] => {
  const [first] = tie.legs;
  return first ? [nameKey(first.home), nameKey(first.away)] : [];
};

/** The names that may have won a tie: the stated winner when it is one of the two, else both. */
const possibleWinners = (tie: RawTie): string[] => {
  const names = namesOf(tie);
  const stated = tie.outcome?.winner ? nameKey(tie.outcome.winner) : null;
  return stated !== null && names.includes(stated) ? [stated] : names;
};

function confirmation({ refs, pairings }: { refs: number; pairings: number }): string {
  const agreeing = [
    ...(refs > 0 ? [`${refs} "(Match …)" reference${refs === 1 ? '' : 's'}`] : []),
    ...(pairings > 0 ? [`the fixed pairings of ${pairings} winners`] : []),
  ];
  return agreeing.length > 0
    ? ` (${agreeing.join(' and ')} agree)`
    : ' (nothing in the text confirms the order)';
}

export function assignTieIds(stages: readonly StageText[], draw: DrawText, log: FindingLog): StageIds[] {
  const result: StageIds[] = [];
  stages.forEach((stage, s) => {
    const local = (): StageIds => ({
      ids: stage.ties.map((_, t) => `R${stage.order}-${String(t + 1).padStart(2, '0')}`),
      official: false,
    });
    const declared = draw.stages.find(
      (candidate) => candidate.range && isStageNamed(stage, candidate.stageName),
    );
    const range = declared?.range;
    if (!declared || !range) {
      const ids = local();
      log.info(
        'tie-ids-local',
        stage.line,
        `The article gives no tie ids for the ${stage.name}: local keys ${ids.ids[0]}…${ids.ids.at(-1)}.`,
        { stage: stage.id },
      );
      result.push(ids);
      return;
    }
    const ids = Array.from(
      { length: range.to - range.from + 1 },
      (_, i) => `${range.prefix}${range.from + i}`,
    );
    const span = `${ids[0]}–${ids.at(-1)}`;
    if (ids.length !== stage.ties.length) {
      const fallback = local();
      log.warning(
        'tie-ids-count',
        declared.line,
        `The draw names ${ids.length} ties (${span}) for the ${stage.name} but the section lists ${stage.ties.length}; used local keys ${fallback.ids[0]}…${fallback.ids.at(-1)}.`,
        { stage: stage.id },
      );
      result.push(fallback);
      return;
    }
    const conflicts: string[] = [];
    const agreements = { refs: 0, pairings: 0 };
    const previous = stages[s - 1];
    const previousIds = result[s - 1];
    for (const source of previous?.ties ?? []) {
      const ref = source.outcome?.matchRef;
      if (!ref || !ref.startsWith(range.prefix) || !source.outcome) continue;
      const target = stage.ties[ids.indexOf(ref)];
      const targetNames = target ? namesOf(target) : [];
      if (possibleWinners(source).some((name) => targetNames.includes(name))) agreements.refs += 1;
      else
        conflicts.push(
          `line ${source.outcome.line} sends its winner to ${ref}, which is not the ${ref} of the text's order`,
        );
    }
    for (const pairing of draw.pairings) {
      const target = pairing.target ? stage.ties[ids.indexOf(pairing.target)] : undefined;
      if (!target || !previous || !previousIds?.official) continue;
      const targetNames = namesOf(target);
      for (const feeder of pairing.feeders) {
        const source = previous.ties[previousIds.ids.indexOf(feeder)];
        if (source && possibleWinners(source).some((name) => targetNames.includes(name)))
          agreements.pairings += 1;
        else
          conflicts.push(
            `line ${pairing.line} pairs the winner of ${feeder} into ${pairing.target}, which it does not play`,
          );
      }
    }
    if (conflicts.length > 0) {
      const fallback = local();
      log.warning(
        'tie-ids-contradict',
        declared.line,
        `The ${stage.name} ties cannot be ${span} in the order of the text: ${conflicts.join('; ')}. Used local keys ${fallback.ids[0]}…${fallback.ids.at(-1)}.`,
        { stage: stage.id },
      );
      result.push(fallback);
      return;
    }
    log.info(
      'tie-ids-from-order',
      declared.line,
      `The ${stage.name} ties carry no ids of their own; the draw names ${ids.length} ties (${span}) and the section lists ${stage.ties.length}, so they are ${span} in the order of the text${confirmation(agreements)}.`,
      { stage: stage.id },
    );
    result.push({ ids, official: true });
  });
  return result;
}

/** Where each tie's winner goes, as stated: the "(Match C6)" of its outcome line, or its fixed pairing. */
export function statedDestinations(
  stages: readonly StageText[],
  stageIds: readonly StageIds[],
  draw: DrawText,
  log: FindingLog,
): (string | null)[][] {
  const known = new Set(stageIds.flatMap((stage) => stage.ids));
  return stages.map((stage, s) =>
    stage.ties.map((tie, t) => {
      const id = stageIds[s]?.ids[t] ?? '';
      const paired = draw.pairings.find((pairing) => pairing.target && pairing.feeders.includes(id));
      const ref = tie.outcome?.matchRef ?? null;
      if (ref && !known.has(ref)) {
        log.warning(
          'unknown-tie-ref',
          tie.outcome?.line ?? tie.line,
          `"(Match ${ref})" names a tie the imported text does not have.`,
          { tie: id },
        );
        return paired?.target ?? null;
      }
      if (ref && paired?.target && ref !== paired.target) {
        log.warning(
          'destination-conflict',
          tie.outcome?.line ?? tie.line,
          `The outcome line sends the winner of ${id} to ${ref}, but the pairing on line ${paired.line} puts it in ${paired.target}; followed the outcome line.`,
          { tie: id },
        );
      }
      return ref ?? paired?.target ?? null;
    }),
  );
}
