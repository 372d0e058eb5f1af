import { type Judgement, reason } from '../reason.ts';
import { isoDay, monthsAfter } from './calendar.ts';
import type { PoolReviewCadence } from './settings.ts';

const CADENCE_MONTHS: Record<PoolReviewCadence, number> = { monthly: 1, quarterly: 3, half_yearly: 6, yearly: 12 };

export interface PoolReviewDue {
  due: boolean;
  /** When the next review falls due: a cadence after the last one, or now if there never was one. */
  dueAt: Date;
}

/** Whether the strategic pool is due for its periodic review (default quarterly). */
export function poolReviewDue(options: {
  lastReviewAt: Date | null;
  cadence: PoolReviewCadence;
  now: Date;
}): Judgement<PoolReviewDue> {
  const { lastReviewAt, cadence, now } = options;
  const months = CADENCE_MONTHS[cadence];
  const dueAt = lastReviewAt === null ? now : monthsAfter(lastReviewAt, months);
  const due = dueAt.getTime() <= now.getTime();
  return {
    value: { due, dueAt },
    reasons: [
      reason(lastReviewAt === null ? 'pool.never_reviewed' : 'pool.review_due', due, {
        input: lastReviewAt === null ? null : isoDay(lastReviewAt),
        threshold: isoDay(dueAt),
        params: { cadence },
      }),
    ],
  };
}
