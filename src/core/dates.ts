/** Dates as digest pages show them (`Jun 5`, `Mar 19, 2024`, `Published on Oct 4, 2026`), to `YYYY-MM-DD`. */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** `Mon D` or `Mon D, YYYY` (month names may be written out), with an optional `Published on` before it. */
export const SHOWN_DATE =
  /^(?:published on\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?$/i;

/**
 * Reads a date as shown on a page. A date without a year is the latest such day not after `now`
 * (pages omit the year of the current year). Returns undefined for anything else.
 */
export function parseShownDate(text: string, now: Date): string | undefined {
  const match = SHOWN_DATE.exec(text.trim());
  if (!match) return undefined;
  const month = MONTHS.indexOf(match[1]!.toLowerCase().slice(0, 3)) + 1;
  const day = Number(match[2]);
  if (match[3]) {
    const year = Number(match[3]);
    return isValidDay(year, month, day) ? formatDay(year, month, day) : undefined;
  }
  return inferYear(month, day, now);
}

/** The latest date with this month and day that is not after `now` (UTC calendar), as `YYYY-MM-DD`. */
export function inferYear(month: number, day: number, now: Date): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const today = now.getUTCFullYear() * 10_000 + (now.getUTCMonth() + 1) * 100 + now.getUTCDate();
  // Feb 29 may need up to eight years back (1900-style century gaps aside).
  for (let year = now.getUTCFullYear(); year > now.getUTCFullYear() - 9; year--) {
    if (!isValidDay(year, month, day)) continue;
    if (year * 10_000 + month * 100 + day <= today) return formatDay(year, month, day);
  }
  return undefined;
}

/** `2023-11-21T00:00:00.000Z` or `2023/11/21` → `2023-11-21`; undefined when it is not a date. */
export function isoDay(text: string | null | undefined): string | undefined {
  if (!text) return undefined;
  const match = /^(\d{4})[-/](\d{2})[-/](\d{2})/.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidDay(year, month, day) ? formatDay(year, month, day) : undefined;
}

/** `Wednesday, 22 November 2023` or `Wed, 22 Nov 2023` → `2023-11-22`. */
export function parseDayMonthYear(text: string): string | undefined {
  const match = /\b(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{4})\b/i.exec(text);
  if (!match) return undefined;
  const month = MONTHS.indexOf(match[2]!.toLowerCase()) + 1;
  const [year, day] = [Number(match[3]), Number(match[1])];
  return isValidDay(year, month, day) ? formatDay(year, month, day) : undefined;
}

/** The UTC calendar day of a time, as `YYYY-MM-DD`. */
export function dayOf(time: Date): string {
  return formatDay(time.getUTCFullYear(), time.getUTCMonth() + 1, time.getUTCDate());
}

function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function formatDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
