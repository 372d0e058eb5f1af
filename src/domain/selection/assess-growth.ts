import { type Judgement, type Reason, reason } from '../reason.ts';
import { monthKey, shiftMonthKey } from './calendar.ts';

export interface MonthlyRevenue {
  /** 'YYYY-MM' (a 'YYYY-MM-DD' first-of-month date is read as its month). */
  month: string;
  revenue: number;
}

export interface GrowthAssessment {
  trailing12: number;
  previous12: number;
  /** (trailing12 − previous12) / previous12; null when there is no base to grow from. */
  rate: number | null;
  window: { from: string; to: string };
  previousWindow: { from: string; to: string };
  /** How many months of each window have any record; a short base year overstates growth. */
  monthsWithData: { trailing12: number; previous12: number };
  /** The customer's own business growth where known (0.1 = +10 %). */
  customerRate: number | null;
  /** Whether our revenue grows faster than the customer's business (we gain share of its wallet). */
  outpacingCustomer: boolean | null;
}

const MONTH = /^(\d{4}-(?:0[1-9]|1[0-2]))(?:-\d{2})?$/;

/**
 * Is the account worth it (判断大客户): growth of our revenue over the trailing 12
 * months against the 12 before, beside the customer's own growth where known.
 * The current month is still open, so the trailing window ends with the last
 * complete month before `now`. Several records for one month are added up.
 */
export function assessGrowth(options: {
  months: readonly MonthlyRevenue[];
  now: Date;
  customerGrowth?: number | null;
}): Judgement<GrowthAssessment> {
  const { months, now } = options;
  const customerRate = options.customerGrowth ?? null;
  const to = shiftMonthKey(monthKey(now), -1);
  const window = { from: shiftMonthKey(to, -11), to };
  const previousWindow = { from: shiftMonthKey(to, -23), to: shiftMonthKey(to, -12) };

  let trailing12 = 0;
  let previous12 = 0;
  const seen = { trailing12: new Set<string>(), previous12: new Set<string>() };
  let unreadable = 0;
  for (const record of months) {
    const month = MONTH.exec(record.month)?.[1];
    if (!month || !Number.isFinite(record.revenue)) {
      unreadable += 1;
      continue;
    }
    if (month >= window.from && month <= window.to) {
      trailing12 += record.revenue;
      seen.trailing12.add(month);
    } else if (month >= previousWindow.from && month <= previousWindow.to) {
      previous12 += record.revenue;
      seen.previous12.add(month);
    }
  }

  const rate = previous12 > 0 ? (trailing12 - previous12) / previous12 : null;
  const monthsWithData = { trailing12: seen.trailing12.size, previous12: seen.previous12.size };
  const reasons: Reason[] = [];
  if (rate === null) {
    reasons.push(reason('growth.no_base', false, { input: previous12, threshold: 0, params: { from: previousWindow.from, to: previousWindow.to } }));
  } else {
    reasons.push(
      reason('growth.ours', rate > 0, {
        input: rate,
        threshold: 0,
        params: { trailing12, previous12, from: window.from, to: window.to },
      }),
    );
    if (monthsWithData.previous12 < 12) {
      reasons.push(reason('growth.partial_base', false, { input: monthsWithData.previous12, threshold: 12 }));
    }
  }
  if (unreadable > 0) reasons.push(reason('growth.unreadable_months', false, { input: unreadable }));

  let outpacingCustomer: boolean | null = null;
  if (customerRate === null) {
    reasons.push(reason('growth.customer_unknown', false));
  } else {
    reasons.push(reason('growth.customer', customerRate > 0, { input: customerRate, threshold: 0 }));
    if (rate !== null) {
      outpacingCustomer = rate > customerRate;
      reasons.push(reason('growth.versus_customer', outpacingCustomer, { input: rate, threshold: customerRate }));
    }
  }

  return {
    value: { trailing12, previous12, rate, window, previousWindow, monthsWithData, customerRate, outpacingCustomer },
    reasons,
  };
}
