import { describe, expect, it } from 'vitest';
import { isoDay, monthKey, monthsAfter, monthsBefore, shiftMonthKey } from '../../../src/domain/selection/calendar.ts';

describe('calendar windows', () => {
  it('goes back whole calendar months, keeping the time of day', () => {
    expect(monthsBefore(new Date('2026-06-30T12:00:00Z'), 12).toISOString()).toBe('2025-06-30T12:00:00.000Z');
    expect(monthsBefore(new Date('2026-01-15T00:00:00Z'), 1).toISOString()).toBe('2025-12-15T00:00:00.000Z');
  });

  it('falls back to the last day of a shorter month', () => {
    expect(isoDay(monthsBefore(new Date('2026-03-31T00:00:00Z'), 1))).toBe('2026-02-28');
    expect(isoDay(monthsBefore(new Date('2024-03-31T00:00:00Z'), 1))).toBe('2024-02-29');
    expect(isoDay(monthsAfter(new Date('2026-01-31T00:00:00Z'), 3))).toBe('2026-04-30');
  });

  it('shifts month keys across year boundaries', () => {
    expect(monthKey(new Date('2026-01-01T00:00:00Z'))).toBe('2026-01');
    expect(shiftMonthKey('2026-01', -1)).toBe('2025-12');
    expect(shiftMonthKey('2026-06', -23)).toBe('2024-07');
    expect(shiftMonthKey('2025-12', 1)).toBe('2026-01');
  });
});
