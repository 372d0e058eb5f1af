import { describe, expect, it } from 'vitest';
import { type MonthlyRevenue, assessGrowth } from '../../../src/domain/selection/assess-growth.ts';
import { shiftMonthKey } from '../../../src/domain/selection/calendar.ts';
import { NOW } from './fixtures.ts';

// NOW is 2026-06-30: June is still open, so the trailing window is 2025-06..2026-05.
const months = (to: string, count: number, revenue: number): MonthlyRevenue[] =>
  Array.from({ length: count }, (_, i) => ({ month: shiftMonthKey(to, -i), revenue }));

describe('assessGrowth', () => {
  it('compares the last 12 complete months with the 12 before', () => {
    const j = assessGrowth({ months: [...months('2026-05', 12, 110), ...months('2025-05', 12, 100)], now: NOW });
    expect(j.value.window).toEqual({ from: '2025-06', to: '2026-05' });
    expect(j.value.previousWindow).toEqual({ from: '2024-06', to: '2025-05' });
    expect(j.value.trailing12).toBe(1320);
    expect(j.value.previous12).toBe(1200);
    expect(j.value.rate).toBeCloseTo(0.1, 10);
    expect(j.reasons[0]).toMatchObject({ rule: 'growth.ours', met: true, threshold: 0 });
  });

  it('leaves out the open month and anything older than 24 months', () => {
    const j = assessGrowth({
      months: [{ month: '2026-06', revenue: 999 }, { month: '2024-05', revenue: 999 }, ...months('2026-05', 12, 10), ...months('2025-05', 12, 10)],
      now: NOW,
    });
    expect(j.value.trailing12).toBe(120);
    expect(j.value.previous12).toBe(120);
    expect(j.value.rate).toBe(0);
    expect(j.reasons[0]?.met).toBe(false);
  });

  it('adds up several records of one month and reads first-of-month dates', () => {
    const j = assessGrowth({
      months: [
        { month: '2026-05', revenue: 5 },
        { month: '2026-05-01', revenue: 5 },
        { month: '2025-05', revenue: 5 },
      ],
      now: NOW,
    });
    expect(j.value.trailing12).toBe(10);
    expect(j.value.monthsWithData).toEqual({ trailing12: 1, previous12: 1 });
    expect(j.value.rate).toBe(1);
    expect(j.reasons.map((r) => r.rule)).toContain('growth.partial_base');
  });

  it('has no rate without a base year', () => {
    const j = assessGrowth({ months: months('2026-05', 6, 50), now: NOW });
    expect(j.value.rate).toBeNull();
    expect(j.reasons[0]).toMatchObject({ rule: 'growth.no_base', met: false, input: 0 });
  });

  it('sets our growth beside the customer own growth, at, below and above it', () => {
    const history = [...months('2026-05', 12, 110), ...months('2025-05', 12, 100)];
    expect(assessGrowth({ months: history, now: NOW, customerGrowth: 0.05 }).value.outpacingCustomer).toBe(true);
    expect(assessGrowth({ months: history, now: NOW, customerGrowth: 0.15 }).value.outpacingCustomer).toBe(false);
    const equal = assessGrowth({ months: [...months('2026-05', 12, 120), ...months('2025-05', 12, 100)], now: NOW, customerGrowth: 0.2 });
    expect(equal.value.outpacingCustomer).toBe(false);
    expect(equal.reasons.at(-1)).toMatchObject({ rule: 'growth.versus_customer', threshold: 0.2 });
  });

  it('says when the customer growth is not known', () => {
    const j = assessGrowth({ months: [], now: NOW });
    expect(j.value).toMatchObject({ customerRate: null, outpacingCustomer: null });
    expect(j.reasons.map((r) => r.rule)).toContain('growth.customer_unknown');
  });

  it('counts and skips unreadable months', () => {
    const j = assessGrowth({ months: [{ month: '2026-13', revenue: 5 }, { month: 'May', revenue: 5 }], now: NOW });
    expect(j.value.trailing12).toBe(0);
    expect(j.reasons.find((r) => r.rule === 'growth.unreadable_months')).toMatchObject({ input: 2 });
  });
});
