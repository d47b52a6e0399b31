// The draw as the article states it: when and where, which stage was drawn into which ties (E1–E3),
// who hosts the second leg, the fixed pairings of a later stage, the pot tables and the schedule table.
import { splitSentences, type Article, type ArticleLine } from './article-text.ts';
import type { FindingLog } from './findings.ts';
import { readDate, readDateRange } from './read-dates.ts';

export type HostingRule = 'pot-1-hosts-second-leg' | 'higher-ranking-hosts-second-leg';

export interface StageDrawText {
  /** As printed, e.g. "first stage". */
  stageName: string;
  line: number;
  sentences: string[];
  range: { prefix: string; from: number; to: number } | null;
  hosting: HostingRule | null;
  withoutDraw: boolean;
}

export interface PairingLine {
  line: number;
  /** The tie the pairing makes, from the range it is listed under (G1, G2, …), or null. */
  target: string | null;
  feeders: [string, string];
}

export interface PotTable {
  line: number;
  stageName: string | null;
  pots: { name: string; rows: { name: string; ranking: number | null }[] }[];
}

export interface ScheduleRow {
  line: number;
  stageName: string;
  firstLegs: string[];
  secondLegs: string[];
}

export interface DrawText {
  date: string | null;
  place: string | null;
  stages: StageDrawText[];
  pairings: PairingLine[];
  potTables: PotTable[];
  schedule: ScheduleRow[];
}

const cellsOf = (text: string): string[] =>
  text
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((cell) => cell.trim());

function readStageDraw(line: ArticleLine): StageDrawText | null {
  const match = line.text.trim().match(/^For the ([^,]+?),\s+/);
  if (!match?.[1]) return null;
  const range = line.text.match(/\(([A-Z]+)(\d+)\s*[–-]\s*(?:[A-Z]+)?(\d+)\)/);
  return {
    stageName: match[1],
    line: line.n,
    sentences: splitSentences(line.text.trim()),
    range: range?.[1] ? { prefix: range[1], from: Number(range[2]), to: Number(range[3]) } : null,
    hosting: /Pot 1 hosting the second leg/i.test(line.text)
      ? 'pot-1-hosts-second-leg'
      : /higher\b[^.]*\branking hosting the second leg/i.test(line.text)
        ? 'higher-ranking-hosts-second-leg'
        : null,
    withoutDraw: /without (?:any )?draw/i.test(line.text),
  };
}

/** Consecutive lines starting with "|" (not the "{|" / "|}" wiki table fences). */
function readTables(lines: readonly ArticleLine[]): { line: number; rows: string[][]; at: number }[] {
  const tables: { line: number; rows: string[][]; at: number }[] = [];
  let current: { line: number; rows: string[][]; at: number } | null = null;
  lines.forEach((line, at) => {
    const text = line.text.trim();
    if (text.startsWith('|') && !text.startsWith('|}')) {
      if (!current) tables.push((current = { line: line.n, rows: [], at }));
      current.rows.push(cellsOf(text));
    } else current = null;
  });
  return tables;
}

function readScheduleRow(
  line: number,
  header: string[],
  cells: string[],
  log: FindingLog,
): ScheduleRow | null {
  const [stageName] = cells;
  const column = (pattern: RegExp) => header.findIndex((cell) => pattern.test(cell));
  const [drawAt, firstAt, secondAt] = [column(/draw/i), column(/first leg/i), column(/second leg/i)];
  if (!stageName || firstAt < 0 || secondAt < 0) return null;
  const cell = (at: number) => (at >= 0 ? (cells[at] ?? '') : '');
  const drawRange = readDateRange(cell(drawAt));
  if (drawRange && drawRange[0] !== drawRange[1] && cell(secondAt) === '') {
    log.warning(
      'schedule-shifted',
      line,
      `The schedule row for ${stageName} looks shifted one column left: its draw date "${cell(drawAt)}" is a range of days and its second-leg cell is empty. Read "${cell(drawAt)}" as the first legs and "${cell(firstAt)}" as the second legs.`,
      { competition: true },
    );
    return { line, stageName, firstLegs: drawRange, secondLegs: readDateRange(cell(firstAt)) ?? [] };
  }
  return {
    line,
    stageName,
    firstLegs: readDateRange(cell(firstAt)) ?? [],
    secondLegs: readDateRange(cell(secondAt)) ?? [],
  };
}

export function readDraw(article: Article, log: FindingLog): DrawText {
  const lines = article.lines;
  const draw: DrawText = { date: null, place: null, stages: [], pairings: [], potTables: [], schedule: [] };
  for (const line of lines) {
    const held = line.text.match(/\bdraw\b[^.]*?\bwas held on (.+)$/i);
    if (held?.[1] && draw.date === null) {
      draw.date = readDate(held[1]);
      draw.place = held[1].match(/,\s*at the (.+?)\.?$/)?.[1] ?? null;
    }
    const stageDraw = readStageDraw(line);
    if (stageDraw) draw.stages.push(stageDraw);
    const pairing = line.text
      .trim()
      .match(/^-?\s*.+? winner ([A-Z]+\d+)\s+vs\.?\s+.+? winner ([A-Z]+\d+)\.?$/i);
    if (pairing?.[1] && pairing[2])
      draw.pairings.push({ line: line.n, target: null, feeders: [pairing[1], pairing[2]] });
  }
  // Pairings listed under "… into the following four ties (G1–G4)" are G1, G2, … in order.
  for (const stage of draw.stages) {
    if (!stage.range) continue;
    const after = draw.pairings.filter((pairing) => pairing.line > stage.line);
    const next = draw.stages.find((other) => other.line > stage.line)?.line ?? Infinity;
    const listed = after.filter((pairing) => pairing.line < next);
    const count = stage.range.to - stage.range.from + 1;
    if (listed.length === 0) continue;
    if (listed.length !== count) {
      log.warning(
        'pairings-count',
        stage.line,
        `${listed.length} pairing lines follow the ${stage.stageName} (${count} ties); their tie ids are not known.`,
      );
      continue;
    }
    listed.forEach(
      (pairing, i) => (pairing.target = `${stage.range?.prefix}${(stage.range?.from ?? 1) + i}`),
    );
  }

  for (const table of readTables(lines)) {
    const [header = [], ...body] = table.rows;
    if (header.length > 0 && header.every((cell) => /^Pot \d+$/i.test(cell))) {
      const caption = lines
        .slice(Math.max(0, table.at - 6), table.at)
        .reverse()
        .map((line) => line.text.trim().match(/^-?\s*(.+?)\s+draw\**$/i)?.[1])
        .find(Boolean);
      const stageName =
        caption ?? draw.stages.filter((stage) => stage.line < table.line).at(-1)?.stageName ?? null;
      draw.potTables.push({
        line: table.line,
        stageName,
        pots: header.map((name, column) => ({
          name,
          rows: body.flatMap((row): { name: string; ranking: number | null }[] => {
            const cell = row[column] ?? '';
            const match = cell.match(/^(.+?)\s*\((\d+(?:\.\d+)?)\)$/);
            if (match?.[1]) return [{ name: match[1], ranking: Number(match[2]) }];
            return cell === '' ? [] : [{ name: cell, ranking: null }];
          }),
        })),
      });
    } else if (
      header.some((cell) => /^round$/i.test(cell)) &&
      header.some((cell) => /first leg/i.test(cell))
    ) {
      body.forEach((row, i) => {
        const read = readScheduleRow(table.line + 1 + i, header, row, log);
        if (read) draw.schedule.push(read);
      });
    } else if (body.length > 0 && body.every((row) => row.slice(1).every((cell) => cell === ''))) {
      log.warning(
        'empty-table',
        table.line,
        `The table "${header.filter(Boolean).join(' | ')}" has no entries (its rows are empty): the teams it should list are unknown.`,
        { competition: true },
      );
    }
  }
  return draw;
}
