// The article importer: the text of a Wikipedia-style qualifying article → a normalized competition,
// with a report of everything it could not resolve, everything that contradicts, and every conclusion
// it drew that the text does not state outright. It never guesses silently.
import type { Competition, Stage, Team } from '../domain/types.ts';
import { readArticle } from './article-text.ts';
import { assignTieIds, statedDestinations } from './assign-tie-ids.ts';
import { buildDraws } from './build-draws.ts';
import { checkCoverage } from './check-coverage.ts';
import { createFindingLog, toNotes, toReport, type ImportResult } from './findings.ts';
import { followTeams } from './follow-teams.ts';
import { linkTies } from './link-ties.ts';
import { slugify } from './names.ts';
import { readBracket } from './read-bracket.ts';
import { readDraw } from './read-draw.ts';
import { readCompetitionText, readRules } from './read-rules.ts';
import { isStageNamed, readStages } from './read-stages.ts';
import { tieRecord } from './tie-record.ts';

export type { ImportFinding, ImportResult } from './findings.ts';

/** Country of every imported team: articles of this kind print none, and the format needs a code. */
const UNKNOWN_COUNTRY = 'UNK';

export function importArticle(text: string, options: { id?: string } = {}): ImportResult {
  const log = createFindingLog();
  const article = readArticle(text, log);
  const results = readStages(article, log);
  const drawText = readDraw(article, log);
  const bracket = readBracket(article);
  const facts = readCompetitionText(article, log);
  const hosting = drawText.stages.flatMap((stage) =>
    stage.sentences.filter((sentence) => /\bhost/i.test(sentence)),
  );
  const rules = readRules(article, hosting, log);

  if (results.legLines === 0 || results.stages.length === 0) {
    const outcomes = results.outcomeLines;
    const declared = drawText.stages.flatMap((stage) => (stage.range ? [stage.range] : []));
    const tieCount = declared.reduce((n, range) => n + range.to - range.from + 1, 0);
    const ranges = declared
      .map((range) => `${range.prefix}${range.from}–${range.prefix}${range.to}`)
      .join(', ');
    log.error(
      'no-results',
      outcomes[0]?.line ?? null,
      `The article has ${outcomes.length > 0 ? 'almost ' : ''}no results: ${results.legLines} leg lines and ${outcomes.length} outcome line${outcomes.length === 1 ? '' : 's'}${outcomes.length > 0 ? ` (line ${outcomes.map((outcome) => outcome.line).join(', ')}) with no legs` : ''}${tieCount > 0 ? `, although the draw names ${tieCount} ties (${ranges})` : ''}. No competition built.`,
    );
    return { competition: null, report: toReport(log.all) };
  }

  const stages = results.stages;
  const stageIds = assignTieIds(stages, drawText, log);
  const destinations = statedDestinations(stages, stageIds, drawText, log);
  const followed = followTeams(stages, stageIds, destinations, rules, log);
  const links = linkTies(stages, stageIds, followed, destinations, bracket, log);
  let seeding = facts.seeding;
  if (!seeding) {
    log.warning('seeding-unstated', null, 'The article does not say which ranking seeded the teams.');
    seeding = { ranking: 'Not stated', kind: 'position', asOf: null };
  }
  const { draws, rankings } = buildDraws(stages, stageIds, followed, drawText, seeding, log);
  checkCoverage(stages, stageIds, followed, bracket, log);

  const stageDates = stages.map((stage) => {
    if (stage.dates.firstLegs.length > 0 || stage.dates.secondLegs.length > 0) return stage.dates;
    const row = drawText.schedule.find((candidate) => isStageNamed(stage, candidate.stageName));
    return row ? { firstLegs: row.firstLegs, secondLegs: row.secondLegs } : stage.dates;
  });
  let dates = facts.dates;
  if (!dates) {
    const known = stageDates.flatMap((stage) => [...stage.firstLegs, ...stage.secondLegs]).sort();
    const [start, end] = [known[0] ?? drawText.date, known.at(-1) ?? drawText.date];
    if (start && end) {
      dates = { start, end };
      log.warning(
        'dates-unstated',
        null,
        `The article states no start and end dates: used ${start} to ${end}, the first and last dates it gives.`,
      );
    } else {
      log.error('dates-missing', null, 'The article gives no dates at all: no competition built.');
      return { competition: null, report: toReport(log.all) };
    }
  }
  const name = article.title ?? 'Untitled competition';
  if (!article.title)
    log.warning('title-missing', null, 'The article has no title: named "Untitled competition".');
  const season = facts.season ?? dates.start.slice(0, 4);
  if (!facts.season)
    log.warning(
      'season-unstated',
      null,
      `The title gives no season: used ${season}, the year the competition starts.`,
    );
  if (!facts.confederation)
    log.warning('confederation-unstated', null, 'The article names no confederation: "Unknown".');
  log.warning(
    'countries-unknown',
    null,
    `The article gives no countries: all ${followed.teams.length} teams have country "${UNKNOWN_COUNTRY}", and teams sharing a name cannot be labelled by country.`,
  );

  const teams: Team[] = followed.teams.map((trail) => ({
    id: trail.id,
    name: trail.name,
    country: UNKNOWN_COUNTRY,
    ranking: rankings.get(trail.id) ?? null,
    entry: stages[trail.entry]?.id ?? '',
    aliases: [],
    ...(trail.note ? { note: trail.note } : {}),
  }));
  const builtStages: Stage[] = stages.map((stage, s) => ({
    id: stage.id,
    name: stage.name,
    order: stage.order,
    dates: stageDates[s] ?? stage.dates,
    tieIds: stageIds[s]?.official ? 'official' : 'local',
    draw: draws[s] ?? null,
    ties: stage.ties.map((_, t) => {
      const tie = followed.ties[s]?.[t];
      if (!tie) throw new Error(`tie ${t} of ${stage.id} was not built`);
      return tieRecord(
        tie,
        stageIds[s]?.ids[t] ?? '',
        links.winnerTo[s]?.[t] ?? { exit: 'not-stated' },
        links.loserTo[s]?.[t] ?? { exit: 'eliminated' },
      );
    }),
  }));
  const competition: Competition = {
    formatVersion: 1,
    id: options.id ?? slugify(name),
    name,
    confederation: facts.confederation ?? 'Unknown',
    season,
    dates,
    seeding,
    rules,
    exits: links.exits,
    teams,
    stages: builtStages,
    notes: toNotes(log.all, 'article text'),
    sources: [{ title: `${name} (article text)`, url: null }],
  };
  return { competition, report: toReport(log.all) };
}
