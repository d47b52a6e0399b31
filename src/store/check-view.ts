// A view read from a link (view-url.ts), checked against the competition it names.
import type { Competition } from '../domain/types.ts';
import { decodeWhatIf, encodeWhatIf } from '../domain/what-if.ts';
import type { Fallback, ViewParams } from './view-url.ts';

/** A real calendar day written yyyy-mm-dd. */
const isDay = (text: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(text) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);

/** Keeps what the competition has; anything else falls back to the nearest valid view. */
export function checkViewParams(
  params: Pick<ViewParams, 'stage' | 'asOf' | 'whatIf' | 'tie' | 'team'>,
  competition: Competition,
): {
  stage: string | null;
  asOf: string | null;
  whatIf: string;
  tie: string | null;
  team: string | null;
  fallbacks: Fallback[];
} {
  const fallbacks: Fallback[] = [];
  const asOf = params.asOf && isDay(params.asOf) ? params.asOf : null;
  if (params.asOf && !asOf) fallbacks.push({ field: 'asOf', value: params.asOf });
  // Parts that cannot be read are left out and named; parts about ties the data lacks are ignored
  // when applied (what-if.ts), and the link is written back without them.
  const decoded = decodeWhatIf(params.whatIf ?? '');
  for (const { part } of decoded.rejected) fallbacks.push({ field: 'whatIf', value: part });
  const stage = params.stage && competition.stages.some((s) => s.id === params.stage) ? params.stage : null;
  if (params.stage && !stage) fallbacks.push({ field: 'stage', value: params.stage });
  const ties = competition.stages.flatMap((s) => s.ties);
  const tie = params.tie && ties.some((t) => t.id === params.tie) ? params.tie : null;
  if (params.tie && !tie) fallbacks.push({ field: 'tie', value: params.tie });
  const team = params.team && competition.teams.some((t) => t.id === params.team) ? params.team : null;
  if (params.team && !team) fallbacks.push({ field: 'team', value: params.team });
  return { stage, asOf, whatIf: encodeWhatIf(decoded.whatIf), tie, team, fallbacks };
}
