// Football.TXT dates: "Tue Jul/9 2024", "[Tue Feb/13]", "Thu Jun 12", "Oct 22", "Sat 31 May 2025",
// "2024-07-09", "05.04.1959". A date without a year takes it from the season in the title (2024/25:
// July to December in 2024, January to June in 2025), else from the last year printed (moving to the
// next year when the months go back).

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAY = '(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?';
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';

const MONTH_DAY = new RegExp(
  `^\\[?\\s*(?:${WEEKDAY}\\s+)?${MONTH}\\s*[/ ]\\s*(\\d{1,2})(?:,?\\s+(\\d{4}))?\\s*\\]?(?=\\s|$)`,
  'i',
);
const DAY_MONTH = new RegExp(
  `^\\[?\\s*(?:${WEEKDAY}\\s+)?(\\d{1,2})\\.?\\s+${MONTH}(?:,?\\s+(\\d{4}))?\\s*\\]?(?=\\s|$)`,
  'i',
);
const ISO = /^\[?(\d{4})-(\d{2})-(\d{2})\]?(?=\s|$)/;
const DOTTED = /^\[?(\d{1,2})\.(\d{1,2})\.(\d{4})\]?(?=\s|$)/;

/** A date printed at the start of `text`: month, day, year (null when not printed), and its length. */
export interface PrintedDate {
  month: number;
  day: number;
  year: number | null;
  length: number;
}

export function readPrintedDate(text: string): PrintedDate | null {
  const named = (month: string, day: string, year: string | undefined, length: number): PrintedDate => ({
    month: MONTHS.indexOf(month.toLowerCase()) + 1,
    day: Number(day),
    year: year ? Number(year) : null,
    length,
  });
  let m = MONTH_DAY.exec(text);
  if (m?.[1] && m[2]) return named(m[1], m[2], m[3], m[0].length);
  m = DAY_MONTH.exec(text);
  if (m?.[1] && m[2]) return named(m[2], m[1], m[3], m[0].length);
  m = ISO.exec(text);
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), length: m[0].length };
  m = DOTTED.exec(text);
  if (m) return { day: Number(m[1]), month: Number(m[2]), year: Number(m[3]), length: m[0].length };
  return null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Turns printed dates into ISO dates, with the year rules above. */
export function createDateReader(season: { first: number; second: number | null } | null) {
  let lastYear: number | null = null;
  let lastMonth = 0;
  return (date: PrintedDate): string | null => {
    let year = date.year;
    if (year === null) {
      if (season?.second) year = date.month >= 7 ? season.first : season.second;
      else if (lastYear !== null) year = date.month < lastMonth ? lastYear + 1 : lastYear;
      else if (season) year = season.first;
    }
    if (year === null || date.month < 1 || date.day < 1 || date.day > 31) return null;
    lastYear = year;
    lastMonth = date.month;
    return `${year}-${pad(date.month)}-${pad(date.day)}`;
  };
}

/** A kick-off at the start of `text`: "20.45", "21:00" → "20:45", with its length. */
export function readTime(text: string): { time: string; length: number } | null {
  const m = /^(\d{1,2})[.:](\d{2})(?:h)?(?=\s|$)/.exec(text);
  if (!m?.[1] || !m[2]) return null;
  const [h, min] = [Number(m[1]), Number(m[2])];
  if (h > 23 || min > 59) return null;
  return { time: `${pad(h)}:${pad(min)}`, length: m[0].length };
}
