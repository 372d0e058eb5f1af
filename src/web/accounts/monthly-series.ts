import type { FinancialPeriod } from './account-types.ts';

/** YYYY-MM-01 of the month `offset` months after `month` (UTC, no time-zone drift). */
export function shiftMonth(month: string, offset: number): string {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  const date = new Date(Date.UTC(year, mon - 1 + offset, 1));
  return date.toISOString().slice(0, 10);
}

/** The last `count` months up to the latest recorded one; a month with no record is a month with no business. */
export function lastMonths(periods: FinancialPeriod[], count: number): FinancialPeriod[] {
  if (periods.length === 0) return [];
  const byMonth = new Map(periods.map((p) => [p.month.slice(0, 10), p]));
  const latest = [...byMonth.keys()].sort().at(-1) as string;
  return Array.from({ length: count }, (_, i) => {
    const month = shiftMonth(latest, i - count + 1);
    return byMonth.get(month) ?? { month, revenue: 0, grossProfit: 0, volume: 0 };
  });
}

export interface TrailingTotals {
  revenue: number;
  grossProfit: number;
  /** Growth of revenue over the 12 months before, or null when there is nothing to compare with. */
  growth: number | null;
}

/** Trailing-12-month totals of a 24-month series (oldest first). */
export function trailingTotals(series: FinancialPeriod[]): TrailingTotals {
  const recent = series.slice(-12);
  const before = series.slice(-24, -12);
  const sum = (items: FinancialPeriod[], key: 'revenue' | 'grossProfit') => items.reduce((total, p) => total + p[key], 0);
  const previous = sum(before, 'revenue');
  const revenue = sum(recent, 'revenue');
  return {
    revenue,
    grossProfit: sum(recent, 'grossProfit'),
    growth: before.length === 12 && previous > 0 ? revenue / previous - 1 : null,
  };
}
