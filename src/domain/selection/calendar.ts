/**
 * Calendar arithmetic for windows like "the last 12 months". All in UTC so that the
 * same inputs give the same answer on every machine.
 */

/** The same instant `months` calendar months earlier; the 31st falls back to the month's last day. */
export function monthsBefore(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() - months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(
    Date.UTC(
      year,
      month,
      Math.min(date.getUTCDate(), lastDay),
      date.getUTCHours(),
      date.getUTCMinutes(),
      date.getUTCSeconds(),
      date.getUTCMilliseconds(),
    ),
  );
}

/** 'YYYY-MM' of a date. */
export function monthKey(date: Date): string {
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** 'YYYY-MM' shifted by `delta` months (negative goes back). */
export function shiftMonthKey(key: string, delta: number): string {
  const [year = 0, month = 1] = key.split('-').map(Number);
  const index = year * 12 + (month - 1) + delta;
  const shiftedYear = Math.floor(index / 12);
  return `${String(shiftedYear).padStart(4, '0')}-${String(index - shiftedYear * 12 + 1).padStart(2, '0')}`;
}

/** 'YYYY-MM-DD' of a date, for reasons that must read the same in any locale. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The same instant `months` calendar months later. */
export function monthsAfter(date: Date, months: number): Date {
  return monthsBefore(date, -months);
}
