// Dates as articles print them: "19 December 2023", "6–8 February", "29 September – 1 October 2023".

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const monthOf = (word: string | undefined): number | null => {
  const index = word === undefined ? -1 : MONTHS.indexOf(word.toLowerCase());
  return index < 0 ? null : index + 1;
};

/** ISO date, or null when the day does not exist. */
function toIsoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The last four-digit year printed in a text. */
export function lastYear(text: string): number | null {
  const years = text.match(/\b(19|20)\d{2}\b/g);
  return years ? Number(years[years.length - 1]) : null;
}

/** The first "D Month YYYY" (year optional when `year` is given). */
export function readDate(text: string, year: number | null = null): string | null {
  for (const match of text.matchAll(/\b(\d{1,2})\s+([A-Za-z]+)(?:\s+(\d{4}))?/g)) {
    const month = monthOf(match[2]);
    const y = match[3] ? Number(match[3]) : year;
    if (month !== null && y !== null) return toIsoDate(y, month, Number(match[1]));
  }
  return null;
}

/**
 * A range of days, "6–8 February [2024]" or "29 September – 1 October 2023", or a single day, as
 * [first, last]. `year` is used when the text prints none.
 */
export function readDateRange(text: string, year: number | null = null): [string, string] | null {
  const range = text.match(
    /\b(\d{1,2})(?:\s+([A-Za-z]+))?(?:\s+(\d{4}))?\s*[–-]\s*(\d{1,2})\s+([A-Za-z]+)(?:\s+(\d{4}))?/,
  );
  if (range) {
    const endMonth = monthOf(range[5]);
    const startMonth = range[2] === undefined ? endMonth : monthOf(range[2]);
    const endYear = range[6] ? Number(range[6]) : year;
    if (endMonth !== null && startMonth !== null && endYear !== null) {
      const startYear = range[3] ? Number(range[3]) : startMonth > endMonth ? endYear - 1 : endYear;
      const start = toIsoDate(startYear, startMonth, Number(range[1]));
      const end = toIsoDate(endYear, endMonth, Number(range[4]));
      if (start && end) return [start, end];
    }
  }
  const single = readDate(text, year);
  return single ? [single, single] : null;
}
