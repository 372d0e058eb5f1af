import { type Judgement, type Reason, reason } from '../reason.ts';
import { type LevelAssessment, latestFrom } from './assessment.ts';
import { isBetterLevel } from './level.ts';

/**
 * Flags optimism: our latest own estimate puts the relationship higher (a lower
 * number) than the customer has confirmed.
 */
export function optimismFlag(options: { assessments: readonly LevelAssessment[] }): Judgement<boolean> {
  const own = latestFrom(options.assessments, 'own_estimate');
  const official = latestFrom(options.assessments, 'customer_confirmed');
  const reasons: Reason[] = [];

  if (!own) {
    reasons.push(reason('ladder_optimism', false, { input: null, threshold: official?.level ?? null }));
    return { value: false, reasons };
  }
  if (!official) {
    // Without any confirmation we cannot call it optimism, but the level is still unproven.
    reasons.push(reason('ladder_unconfirmed', false, { input: own.level, threshold: null }));
    return { value: false, reasons };
  }
  const optimistic = isBetterLevel(own.level, official.level);
  reasons.push(
    reason('ladder_optimism', optimistic, {
      input: own.level,
      threshold: official.level,
      params: { ownAssessedAt: own.assessedAt.toISOString(), officialAssessedAt: official.assessedAt.toISOString() },
    }),
  );
  return { value: optimistic, reasons };
}
