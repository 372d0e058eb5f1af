import { type Judgement, reason } from '../reason.ts';
import { defaultTagSettings } from './settings.ts';
import { DAY_MS, countInWindow } from './time-window.ts';

/** The method counts visits per month; a month here is 30 days. */
const MONTH_DAYS = 30;

export interface VisitDensity {
  visitsInWindow: number;
  perMonth: number;
  target: number;
  meetsTarget: boolean;
  /** Visits still needed in the window to reach the target. */
  shortfall: number;
  lastVisitAt: Date | null;
  /** When the next visit is due to keep the density (last visit + a month / target). */
  nextVisitDueAt: Date | null;
}

/**
 * 高密度拜访: are we visiting a dangerous account often enough to find what they
 * are unhappy about? Counts visits over the last `windowDays` (a month by default).
 */
export function visitDensity(options: {
  visits: readonly Date[];
  now: Date;
  /** Visits a month; the company default (2) when not given. */
  target?: number;
  windowDays?: number;
}): Judgement<VisitDensity> {
  const { now } = options;
  const target = options.target ?? defaultTagSettings.dangerous.visitsPerMonthTarget;
  const windowDays = options.windowDays ?? MONTH_DAYS;
  const visitsInWindow = countInWindow(options.visits, now, windowDays);
  const perMonth = Math.round(((visitsInWindow * MONTH_DAYS) / windowDays) * 1e9) / 1e9;
  const meetsTarget = perMonth >= target;
  const needed = Math.ceil((target * windowDays) / MONTH_DAYS - 1e-9);
  const past = options.visits.filter((v) => v.getTime() <= now.getTime());
  const lastVisitAt = past.length ? new Date(Math.max(...past.map((v) => v.getTime()))) : null;
  const nextVisitDueAt =
    target > 0 ? (lastVisitAt ? new Date(lastVisitAt.getTime() + (MONTH_DAYS / target) * DAY_MS) : now) : null;

  return {
    value: {
      visitsInWindow,
      perMonth,
      target,
      meetsTarget,
      shortfall: Math.max(0, needed - visitsInWindow),
      lastVisitAt,
      nextVisitDueAt,
    },
    reasons: [reason('dangerous_visit_density', meetsTarget, { input: perMonth, threshold: target, params: { windowDays } })],
  };
}
