import type { activityKinds } from '../catalog.ts';
import { type Judgement, reason } from '../reason.ts';
import { daysBetween, latest } from './durations.ts';
import type { AccountTier } from './vocabulary.ts';

/** Any executive contact with the customer counts, not only visits (不仅限于拜访). */
export interface ExecutiveTouchpoint {
  at: Date;
  executiveId?: string;
  kind?: (typeof activityKinds)[number] | 'event' | 'other';
}

export interface HandsOffCheck {
  applies: boolean;
  flagged: boolean;
  lastTouchpointAt: Date | null;
  daysSinceLastTouchpoint: number | null;
}

/**
 * 拍屁股 guard rail: a strategic account whose executives have not touched the
 * customer for longer than the window has been left to the sales team alone.
 */
export function checkHandsOff(options: {
  tier: AccountTier;
  touchpoints: readonly ExecutiveTouchpoint[];
  now: Date;
  windowDays: number;
}): Judgement<HandsOffCheck> {
  const { tier, now, windowDays } = options;
  const applies = tier === 'strategic';
  const lastTouchpointAt = latest(options.touchpoints.map((t) => t.at).filter((at) => at.getTime() <= now.getTime()));
  const daysSinceLastTouchpoint = lastTouchpointAt ? daysBetween(lastTouchpointAt, now) : null;
  const touched = daysSinceLastTouchpoint !== null && daysSinceLastTouchpoint <= windowDays;

  return {
    value: { applies, flagged: applies && !touched, lastTouchpointAt, daysSinceLastTouchpoint },
    reasons: [
      reason('hands_off_strategic_scope', applies, { input: tier, threshold: 'strategic' }),
      reason('hands_off_executive_touchpoint', touched, {
        input: daysSinceLastTouchpoint,
        threshold: windowDays,
        params: { lastTouchpointAt },
      }),
    ],
  };
}
