/**
 * Calendar checks for identifiers that embed a birth date (CN, KR, SE, PL, IT, FR …).
 * Gregorian calendar throughout; "today" is taken in UTC so results do not depend on the host's zone.
 */

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in `month` (1-12) of `year`; NaN for a month outside 1-12. */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) return Number.NaN;
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1];
}

/** True for a real calendar date: integer parts, year 1-9999, month 1-12, day within the month. */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** A valid date in 1900 or later that is not after today (UTC). */
export function isPlausibleBirthDate(year: number, month: number, day: number, now: Date = new Date()): boolean {
  if (!isValidDate(year, month, day) || year < 1900) return false;
  const today = now.getUTCFullYear() * 10000 + (now.getUTCMonth() + 1) * 100 + now.getUTCDate();
  return year * 10000 + month * 100 + day <= today;
}

/**
 * The most recent year not after `now` (UTC) whose last two digits are `yy`:
 * in 2025, 25 → 2025, 26 → 1926, 0 → 2000. Throws for yy outside 0-99.
 */
export function expandTwoDigitYear(yy: number, now: Date = new Date()): number {
  if (!Number.isInteger(yy) || yy < 0 || yy > 99) throw new RangeError(`expandTwoDigitYear: yy must be an integer 0-99, got ${yy}`);
  const current = now.getUTCFullYear();
  return current - ((((current - yy) % 100) + 100) % 100);
}
