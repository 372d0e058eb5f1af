import type { financialPeriods } from '../../db/schema/index.ts';
import { monthOfYear, monthStart } from '../dates.ts';
import type { Random } from '../random.ts';

export type NewFinancialPeriod = typeof financialPeriods.$inferInsert;
/** A month the builder made: every figure is set. */
export type FinancialMonth = NewFinancialPeriod & { month: string; revenue: number; grossProfit: number; volume: number };

// Express and warehousing volumes in China swing with the calendar: Spring Festival
// empties February, 618 lifts June, Double 11 and year-end lift November–December.
const SEASON: Record<number, number> = {
  1: 0.0,
  2: -0.3,
  3: -0.05,
  4: 0.0,
  5: 0.02,
  6: 0.12,
  7: -0.03,
  8: -0.02,
  9: 0.03,
  10: 0.05,
  11: 0.28,
  12: 0.15,
};

export interface FinancialSeriesOptions {
  accountId: string;
  now: Date;
  /** How many complete months, ending with the month before `now`. */
  months?: number;
  /** Revenue in the oldest month before trend, season and noise, CNY. */
  baseRevenue: number;
  /** Compound growth per month over the whole series (0.01 = +1 % a month). */
  monthlyGrowth?: number;
  /** A recent change on top of the trend: the last `months` move by `monthlyRate` each month. */
  recentChange?: { months: number; monthlyRate: number };
  /** Gross margin, 0..1. */
  margin?: number;
  /** How strongly the calendar season shows (1 = the table above, 0 = none). */
  seasonality?: number;
  /** Random month-to-month wobble, as a fraction (needs `random`). */
  noise?: number;
  /** CNY of revenue per unit of volume (a shipment, a pallet…). */
  revenuePerUnit?: number;
  random?: Random;
}

/** n months of revenue, gross profit and volume with a trend, a season and noise. */
export function financialSeries(options: FinancialSeriesOptions): FinancialMonth[] {
  const {
    accountId,
    now,
    months = 24,
    baseRevenue,
    monthlyGrowth = 0,
    recentChange,
    margin = 0.16,
    seasonality = 1,
    noise = 0,
    revenuePerUnit = 180,
    random,
  } = options;
  const rows: FinancialMonth[] = [];
  for (let i = 0; i < months; i++) {
    const month = monthStart(now, i - months);
    const monthsLeft = months - i;
    let revenue = baseRevenue * (1 + monthlyGrowth) ** i;
    if (recentChange && monthsLeft <= recentChange.months) {
      revenue *= (1 + recentChange.monthlyRate) ** (recentChange.months - monthsLeft + 1);
    }
    revenue *= 1 + seasonality * (SEASON[monthOfYear(month)] ?? 0);
    const wobble = random && noise > 0 ? random.float(-noise, noise) : 0;
    revenue = Math.max(0, revenue * (1 + wobble));
    const marginWobble = random && noise > 0 ? random.float(-0.02, 0.02) : 0;
    rows.push({
      accountId,
      month,
      revenue: Math.round(revenue * 100) / 100,
      grossProfit: Math.round(revenue * Math.max(0, margin + marginWobble) * 100) / 100,
      volume: Math.round(revenue / revenuePerUnit),
    });
  }
  return rows;
}
