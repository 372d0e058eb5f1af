import type { MonthlyRevenue } from './tag-input.ts';

export interface QuarterOnQuarter {
  lastQuarter: number;
  previousQuarter: number;
  /** Fall from the previous quarter as a share of it; negative for growth; null when there was nothing to fall from. */
  drop: number | null;
  lastMonths: string[];
  previousMonths: string[];
}

/** Shares compared with settings like 0.2 must not miss them by a floating-point hair. */
export function roundShare(share: number): number {
  return Math.round(share * 1e9) / 1e9;
}

function monthKey(year: number, monthIndex: number): string {
  const d = new Date(Date.UTC(year, monthIndex, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/**
 * Revenue of the last three complete months against the three before. A rolling
 * quarter rather than the calendar one, so a fall shows up a month after it
 * happens, not up to a quarter later. Months with no record count as zero: a
 * customer who stopped shipping is the clearest drop of all.
 */
export function quarterOnQuarter(options: { monthlyRevenue: readonly MonthlyRevenue[]; now: Date }): QuarterOnQuarter {
  const year = options.now.getUTCFullYear();
  const month = options.now.getUTCMonth();
  const lastMonths = [3, 2, 1].map((back) => monthKey(year, month - back));
  const previousMonths = [6, 5, 4].map((back) => monthKey(year, month - back));

  const byMonth = new Map<string, number>();
  for (const r of options.monthlyRevenue) {
    const key = r.month.slice(0, 7);
    byMonth.set(key, (byMonth.get(key) ?? 0) + r.revenue);
  }
  const sum = (months: string[]) => months.reduce((total, m) => total + (byMonth.get(m) ?? 0), 0);
  const lastQuarter = sum(lastMonths);
  const previousQuarter = sum(previousMonths);
  const drop = previousQuarter > 0 ? roundShare((previousQuarter - lastQuarter) / previousQuarter) : null;
  return { lastQuarter, previousQuarter, drop, lastMonths, previousMonths };
}
