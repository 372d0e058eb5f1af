import { type Judgement, type Reason, reason } from '../reason.ts';
import { type LevelAssessment, latestFrom } from './assessment.ts';
import type { RelationshipLevel } from './level.ts';

/**
 * The official level is the latest one the customer confirmed; our own estimates
 * are shown beside it but never become it (层级是客户说了算的).
 */
export function officialLevel(options: { assessments: readonly LevelAssessment[] }): Judgement<RelationshipLevel | null> {
  const { assessments } = options;
  const reasons: Reason[] = [];
  const confirmed = latestFrom(assessments, 'customer_confirmed');
  const ownCount = assessments.filter((a) => a.source === 'own_estimate').length;

  if (confirmed) {
    reasons.push(
      reason('ladder_official_level', true, {
        input: confirmed.level,
        threshold: 'customer_confirmed',
        params: {
          assessedAt: confirmed.assessedAt.toISOString(),
          confirmedVia: confirmed.confirmedVia ?? null,
          evidence: confirmed.evidence ?? null,
        },
      }),
    );
  } else {
    reasons.push(reason('ladder_official_level', false, { input: null, threshold: 'customer_confirmed' }));
  }
  if (ownCount > 0) {
    reasons.push(reason('ladder_customer_decides', true, { input: ownCount, params: { ownEstimates: ownCount } }));
  }
  return { value: confirmed?.level ?? null, reasons };
}
