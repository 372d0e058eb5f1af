export const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;

/** Days (fractional) from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: Date, to: Date): number {
  return (to.getTime() - from.getTime()) / DAY_MS;
}

export function addDays(at: Date, days: number): Date {
  return new Date(at.getTime() + days * DAY_MS);
}

export function addHours(at: Date, hours: number): Date {
  return new Date(at.getTime() + hours * HOUR_MS);
}

/** The latest of the given dates, or null when there are none. */
export function latest(dates: readonly Date[]): Date | null {
  let best: Date | null = null;
  for (const d of dates) if (best === null || d.getTime() > best.getTime()) best = d;
  return best;
}
