import { type Judgement, type Reason, reason } from '../reason.ts';
import { type LevelAssessment, latestFrom } from './assessment.ts';
import { levelMoves } from './level-moves.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

function withinDays(at: Date, now: Date, days: number): boolean {
  const age = now.getTime() - at.getTime();
  return age >= 0 && age <= days * DAY_MS;
}

/**
 * Raises the alert when the relationship slid down the ladder recently: the official
 * level dropped within the window, or our own estimate made since the last customer
 * confirmation already puts it lower (the earliest warning we have). Feeds the
 * dangerous-customer signals.
 */
export function levelDropAlert(options: {
  assessments: readonly LevelAssessment[];
  now: Date;
  withinDays: number;
}): Judgement<boolean> {
  const { assessments, now } = options;
  const days = options.withinDays;
  const reasons: Reason[] = [];

  const drops = levelMoves({ assessments }).value.filter((m) => m.direction === 'down');
  const recentDrop = [...drops].reverse().find((m) => withinDays(m.at, now, days));
  const lastDrop = drops[drops.length - 1];
  const shown = recentDrop ?? lastDrop;
  reasons.push(
    reason('ladder_level_dropped', recentDrop !== undefined, {
      input: shown ? Math.round((now.getTime() - shown.at.getTime()) / DAY_MS) : null,
      threshold: days,
      params: shown ? { from: shown.from, to: shown.to, at: shown.at.toISOString() } : {},
    }),
  );

  const official = latestFrom(assessments, 'customer_confirmed');
  const own = latestFrom(assessments, 'own_estimate');
  if (official && own && own.assessedAt.getTime() >= official.assessedAt.getTime()) {
    const below = own.level > official.level && withinDays(own.assessedAt, now, days);
    reasons.push(
      reason('ladder_own_estimate_below_official', below, {
        input: own.level,
        threshold: official.level,
        params: { at: own.assessedAt.toISOString(), withinDays: days },
      }),
    );
    return { value: recentDrop !== undefined || below, reasons };
  }
  return { value: recentDrop !== undefined, reasons };
}
