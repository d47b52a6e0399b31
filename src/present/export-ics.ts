// The legs still to play as an iCalendar file (RFC 5545), for a calendar app: one VEVENT per leg with
// both clubs in SUMMARY (home first, as the tie's view words the leg), the competition, stage, tie and
// leg in DESCRIPTION, the venue and city in LOCATION where the data has them.
//
// Dates: a leg with only a date is an all-day event (VALUE=DATE). A leg with a kick-off `time` is local
// time at the venue and the data names no time zone, so DTSTART is a floating local time (no Z, no
// TZID, RFC 5545 3.3.5 form 1): calendars show it at that clock time wherever the reader is, which
// is right for a reader in the venue's zone and off by the difference elsewhere. A leg with no date
// cannot be placed and is left out (returned in `skipped`). Every UID is stable per leg, so a file
// exported again updates the same events.
import { isPlayed } from '../domain/decide-tie.ts';
import { stagesInOrder } from '../domain/progression.ts';
import type { Competition, Leg, TieId } from '../domain/types.ts';
import type { TieView } from './tie-view.ts';

/** TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma, line breaks. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Content lines longer than 75 octets folded (RFC 5545 3.1), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; each continuation line a space and 74 more.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compactDate = (iso: string) => iso.replaceAll('-', '');

function nextDay(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return compactDate(date.toISOString().slice(0, 10));
}

/** yyyymmddThhmmssZ, for DTSTAMP. */
const utcStamp = (date: Date) => `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

function startLines(leg: Leg & { date: string }): string[] {
  if (!leg.time) {
    return [`DTSTART;VALUE=DATE:${compactDate(leg.date)}`, `DTEND;VALUE=DATE:${nextDay(leg.date)}`];
  }
  // Floating local time (see above); a leg is given two hours, kick-off to the final whistle and more.
  return [`DTSTART:${compactDate(leg.date)}T${leg.time.replace(':', '')}00`, 'DURATION:PT2H'];
}

export interface IcsExport {
  text: string;
  /** Legs to play that have no date, so no event. */
  skipped: readonly { tie: TieId; leg: number }[];
}

/**
 * `views` presents each tie (tieViews of the same competition, e.g. one as of a day, where a team not
 * known yet reads "Winner of E1"). `stamp` is the DTSTAMP of every event: when the file was made.
 */
export function competitionToIcs(
  competition: Competition,
  views: (tieId: TieId) => TieView | undefined,
  stamp: Date,
): IcsExport {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Llave//Llave//EN',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escapeText(competition.name)}`,
  ];
  const skipped: { tie: TieId; leg: number }[] = [];
  const stages = stagesInOrder(competition);
  for (const stage of stages) {
    for (const tie of stage.ties) {
      const view = views(tie.id);
      if (!view) continue;
      tie.legs.forEach((leg, index) => {
        if (isPlayed(leg)) return;
        if (leg.date === null) return void skipped.push({ tie: tie.id, leg: index + 1 });
        const legView = view.legs[index]!;
        const place = [leg.venue, leg.city].filter((part): part is string => part !== null).join(', ');
        lines.push(
          'BEGIN:VEVENT',
          `UID:${escapeText(`${competition.id}.${tie.id}.${index + 1}@llave`)}`,
          `DTSTAMP:${utcStamp(stamp)}`,
          ...startLines({ ...leg, date: leg.date }),
          `SUMMARY:${escapeText(legView.score)}`,
          `DESCRIPTION:${escapeText(`${competition.name}\n${view.heading} · ${legView.title}`)}`,
          ...(place ? [`LOCATION:${escapeText(place)}`] : []),
          'END:VEVENT',
        );
      });
    }
  }
  lines.push('END:VCALENDAR');
  return { text: `${lines.map(foldLine).join('\r\n')}\r\n`, skipped };
}
