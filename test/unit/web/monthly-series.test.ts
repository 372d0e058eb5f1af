import { describe, expect, it } from 'vitest';
import type { FinancialPeriod } from '../../../src/web/accounts/account-types.ts';
import { lastMonths, shiftMonth, trailingTotals } from '../../../src/web/accounts/monthly-series.ts';

const period = (month: string, revenue: number, grossProfit = revenue / 10): FinancialPeriod => ({
  month,
  revenue,
  grossProfit,
  volume: 0,
});

describe('monthly series for the financials chart', () => {
  it('moves across year ends both ways', () => {
    expect(shiftMonth('2025-01-01', -1)).toBe('2024-12-01');
    expect(shiftMonth('2024-12-01', 1)).toBe('2025-01-01');
    expect(shiftMonth('2025-03-01', -23)).toBe('2023-04-01');
  });

  it('ends at the latest recorded month and fills months without records with zero', () => {
    const series = lastMonths([period('2025-06-01', 5), period('2025-03-01', 3)], 6);
    expect(series.map((p) => p.month)).toEqual(['2025-01-01', '2025-02-01', '2025-03-01', '2025-04-01', '2025-05-01', '2025-06-01']);
    expect(series.map((p) => p.revenue)).toEqual([0, 0, 3, 0, 0, 5]);
  });

  it('has nothing to draw without records', () => {
    expect(lastMonths([], 24)).toEqual([]);
  });

  it('totals the last 12 months and compares them with the 12 before', () => {
    const months = Array.from({ length: 24 }, (_, i) => period(shiftMonth('2024-01-01', i), i < 12 ? 100 : 150));
    const totals = trailingTotals(lastMonths(months, 24));
    expect(totals.revenue).toBe(1800);
    expect(totals.grossProfit).toBeCloseTo(180);
    expect(totals.growth).toBeCloseTo(0.5);
  });

  it('gives no growth when the year before is missing or empty', () => {
    const recent = Array.from({ length: 12 }, (_, i) => period(shiftMonth('2025-01-01', i), 100));
    expect(trailingTotals(recent).growth).toBeNull();
    expect(trailingTotals(lastMonths(recent, 24)).growth).toBeNull();
  });
});
