export const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole and fractional days from `at` until `now`; negative when `at` is in the future. */
export function ageInDays(at: Date, now: Date): number {
  return (now.getTime() - at.getTime()) / DAY_MS;
}

/** True when `at` lies in the last `days` days up to `now`, both ends included. */
export function withinDays(at: Date, now: Date, days: number): boolean {
  const age = ageInDays(at, now);
  return age >= 0 && age <= days;
}

/**
 * Counts dates in the window of `days` that ends `endDaysAgo` days before `now`:
 * the window is (now - endDaysAgo - days, now - endDaysAgo], so consecutive windows
 * never count the same date twice.
 */
export function countInWindow(dates: readonly Date[], now: Date, days: number, endDaysAgo = 0): number {
  return dates.filter((d) => {
    const age = ageInDays(d, now);
    return age >= endDaysAgo && age < endDaysAgo + days;
  }).length;
}
