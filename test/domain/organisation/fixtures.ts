/** Shared dates for the organisation tests: a fixed "now" and day offsets from it. */
export const NOW = new Date('2026-06-30T12:00:00Z');
export const DAY = 24 * 60 * 60 * 1000;
export const HOUR = 60 * 60 * 1000;
export const daysAgo = (days: number, from: Date = NOW): Date => new Date(from.getTime() - days * DAY);
export const daysLater = (days: number, from: Date = NOW): Date => new Date(from.getTime() + days * DAY);
export const hoursLater = (hours: number, from: Date = NOW): Date => new Date(from.getTime() + hours * HOUR);
