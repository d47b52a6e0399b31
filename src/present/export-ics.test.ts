import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { findTie, shippedCompetition } from '../../tests/files.ts';
import { competitionAsOf } from '../domain/as-of.ts';
import type { Competition } from '../domain/types.ts';
import { tieViews } from '../store/derived.ts';
import { competitionToIcs, escapeText, foldLine } from './export-ics.ts';

const STAMP = new Date('2024-02-25T12:00:00Z');

function exportOf(competition: Competition) {
  return competitionToIcs(competition, tieViews(competition, 'en'), STAMP);
}

/** The events of an iCalendar text, as ical.js reads them. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

const octets = (line: string) => new TextEncoder().encode(line).length;

describe('competitionToIcs', () => {
  const lib2024 = shippedCompetition('libertadores-2024-qualifying.json');
  // 25 February 2024: the second stage between its legs, the third stage waiting for its teams.
  const asOf = competitionAsOf(lib2024, '2024-02-25').competition;

  it('has one event per leg to play, with both clubs, the competition and stage, the place and the date', () => {
    const { text, skipped } = exportOf(asOf);
    const events = parse(text);
    expect(events).toHaveLength(8 + 8);
    expect(skipped).toEqual([]);
    const c2 = events.find((e) => e.uid === 'libertadores-2024-qualifying.C2.2@llave')!;
    expect(c2.summary).toBe('Atlético Nacional v Nacional (PAR)');
    expect(c2.location).toBe('Estadio Atanasio Girardot, Medellín');
    expect(c2.description).toBe(`${lib2024.name}\nSecond stage · C2 · Second leg`);
    expect(c2.startDate.isDate).toBe(true);
    expect(c2.startDate.toString()).toBe('2024-02-28');
    expect(c2.endDate.toString()).toBe('2024-02-29');
    const g2 = events.find((e) => e.uid === 'libertadores-2024-qualifying.G2.1@llave')!;
    expect(g2.summary).toBe('Winner of C2 v Winner of C7');
  });

  it('keeps each leg’s UID from one export to the next, and writes CRLF lines of at most 75 octets', () => {
    const uids = (c: Competition) => parse(exportOf(c).text).map((e) => e.uid);
    const later = competitionAsOf(lib2024, '2024-02-28').competition;
    expect(uids(later).every((uid) => uids(asOf).includes(uid))).toBe(true);
    const { text } = exportOf(asOf);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('has nothing to play once every leg is played', () => {
    expect(parse(exportOf(lib2024).text)).toEqual([]);
  });

  it('leaves out a leg with no date and says which', () => {
    const caf = shippedCompetition('caf-cc-2023-24-qualifying.json');
    const { text, skipped } = exportOf(competitionAsOf(caf, '2023-09-01').competition);
    expect(skipped).toEqual([
      { tie: 'R2-03', leg: 1 },
      { tie: 'R2-05', leg: 1 },
      { tie: 'R2-13', leg: 1 },
      { tie: 'R2-14', leg: 1 },
    ]);
    expect(parse(text)).toHaveLength(16 * 2 - 4);
  });

  it('escapes and folds text from data, and gives a kick-off time as floating local time', () => {
    const lib = competitionAsOf(lib2024, '2024-03-10').competition;
    const venue =
      'Estádio "Nabi Abi Chedid"; Arena, Bragança\\Paulista\nSão Paulo — município com nome muito longo';
    const stages = lib.stages.map((stage) => ({
      ...stage,
      ties: stage.ties.map((tie) =>
        tie.id === 'G1'
          ? { ...tie, legs: tie.legs.map((leg, i) => (i === 1 ? { ...leg, venue, time: '21:30' } : leg)) }
          : tie,
      ),
    }));
    const { text } = exportOf({ ...lib, stages });
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    const g1 = parse(text).find((e) => e.uid === 'libertadores-2024-qualifying.G1.2@llave')!;
    expect(findTie(lib, 'G1').legs[1]!.city).toBe('Bragança Paulista');
    expect(g1.location).toBe(`${venue}, Bragança Paulista`);
    expect(g1.startDate.isDate).toBe(false);
    expect(g1.startDate.toString()).toBe('2024-03-13T21:30:00');
    expect(g1.startDate.zone?.tzid).toBe('floating');
    expect(g1.duration.toString()).toBe('PT2H');
  });
});

describe('escapeText and foldLine', () => {
  it('escape the characters RFC 5545 reserves in TEXT', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('fold at 75 octets without splitting a character, continuation lines starting with a space', () => {
    const line = `SUMMARY:${'é'.repeat(100)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.map(octets).every((n) => n <= 75)).toBe(true);
    expect(folded.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(folded.map((part, i) => (i ? part.slice(1) : part)).join('')).toBe(line);
  });
});
