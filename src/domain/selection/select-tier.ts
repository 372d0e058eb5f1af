import { type Judgement, type Reason, reason } from '../reason.ts';
import { isoDay } from './calendar.ts';
import type { Tier } from '../catalog.ts';
import { CRITERIA, type CriteriaMet } from './criterion.ts';

/** A person's decision to make an account strategic despite the payment trap. */
export interface HumanPromotion {
  tier: 'strategic';
  /** Why; a promotion without a reason is not a decision and is ignored. */
  note: string;
  decidedBy: string;
  decidedAt: Date;
}

/**
 * The account's tier (SPEC §1.3): all four criteria → strategic; two or three with
 * scale → key account; two or three without scale → high potential; else regular.
 *
 * The payment trap blocks automatic promotion to strategic: the account then lands
 * where its criteria would put it without the fourth (key account with scale, high
 * potential without). A human promotion with a reason lifts only that block; it
 * cannot make strategic an account that misses a criterion — evidence for a
 * criterion goes in as an attestation instead.
 */
export function selectTier(options: {
  criteria: CriteriaMet;
  paymentTrap: boolean;
  humanDecision?: HumanPromotion;
}): Judgement<Tier> {
  const { criteria, paymentTrap, humanDecision } = options;
  const reasons: Reason[] = CRITERIA.map((c) => reason(`tier.criterion.${c}`, criteria[c], { input: criteria[c] }));
  const metCount = CRITERIA.filter((c) => criteria[c]).length;
  const partialTier: Tier = criteria.scale ? 'key_account' : 'high_potential';

  if (metCount === CRITERIA.length) {
    reasons.push(reason('tier.all_met', true, { input: metCount, threshold: CRITERIA.length }));
    if (!paymentTrap) return { value: 'strategic', reasons };

    if (humanDecision && humanDecision.note.trim() !== '') {
      reasons.push(
        reason('tier.human_promotion', true, {
          input: 'strategic',
          params: { note: humanDecision.note, decidedBy: humanDecision.decidedBy, date: isoDay(humanDecision.decidedAt) },
        }),
      );
      return { value: 'strategic', reasons };
    }
    reasons.push(reason('tier.payment_trap_blocked', true, { input: paymentTrap, params: { landed: partialTier } }));
    if (humanDecision) {
      reasons.push(reason('tier.human_promotion_without_reason', false, { params: { decidedBy: humanDecision.decidedBy } }));
    }
    return { value: partialTier, reasons };
  }

  // The flag travels with every tier, not only the one it blocked (SPEC §1.4).
  if (paymentTrap) reasons.push(reason('tier.payment_trap_flagged', true, { input: paymentTrap }));
  if (humanDecision) {
    reasons.push(
      reason('tier.human_promotion_not_applicable', false, {
        input: metCount,
        threshold: CRITERIA.length,
        params: { decidedBy: humanDecision.decidedBy },
      }),
    );
  }
  if (metCount >= 2) {
    reasons.push(reason(`tier.partial_${criteria.scale ? 'with' : 'without'}_scale`, true, { input: metCount, threshold: 2 }));
    return { value: partialTier, reasons };
  }
  reasons.push(reason('tier.too_few', false, { input: metCount, threshold: 2 }));
  return { value: 'regular', reasons };
}
