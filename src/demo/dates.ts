// Every demo date is relative to `now`, so the demo company always looks alive.

const DAY_MS = 86_400_000;

export function daysAgo(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY_MS);
}

export function daysFromNow(now: Date, days: number): Date {
  return new Date(now.getTime() + days * DAY_MS);
}

/** A calendar day as the database's date columns take it: `YYYY-MM-DD` (UTC). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The first day of the month `offset` months from now's month (−1 is last month), `YYYY-MM-01`. */
export function monthStart(now: Date, offset: number): string {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1));
  return isoDay(d);
}

/** 1–12 for a `YYYY-MM-DD` day. */
export function monthOfYear(day: string): number {
  return Number(day.slice(5, 7));
}
