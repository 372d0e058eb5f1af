import { type Judgement, reason } from '../reason.ts';
import { dealDefaults } from './settings.ts';
import { type BuyingStage, type SalesStage, buyingStageIndex, salesStageFor, salesStageIndex } from './stages.ts';

/** Whether our sales track is in step (同频) with the customer's buying track. */
export type StageAlignment = 'in_step' | 'ahead' | 'behind' | 'unknown';
/** What to do about a mismatch: ahead, wait for the customer; behind, catch up. */
export type AlignmentAdvice = 'wait_for_customer' | 'catch_up';

export interface StageAlignmentCheck extends Judgement<StageAlignment> {
  mismatch: boolean;
  /** Our sales stage minus the customer's buying stage, in stages; positive when we are ahead. */
  gap: number | null;
  /** The sales stage that answers the customer's stage: where we should be. */
  matchingSalesStage: SalesStage | null;
  advice: AlignmentAdvice | null;
}

/**
 * Flags our sales stage when it is out of step with the customer's inferred buying
 * stage: selling ahead of the customer pushes too early, selling behind leaves the
 * customer to evaluate without us.
 */
export function checkStageAlignment(options: {
  salesStage: SalesStage;
  inferredBuyingStage: BuyingStage | null;
  toleratedGap?: number;
}): StageAlignmentCheck {
  const { salesStage, inferredBuyingStage, toleratedGap = dealDefaults.alignment.toleratedStageGap } = options;
  if (inferredBuyingStage === null) {
    return {
      value: 'unknown',
      reasons: [reason('buying_stage_unknown', false, { input: null, params: { salesStage } })],
      mismatch: false,
      gap: null,
      matchingSalesStage: null,
      advice: null,
    };
  }

  const gap = salesStageIndex(salesStage) - buyingStageIndex(inferredBuyingStage);
  const matchingSalesStage = salesStageFor(inferredBuyingStage);
  const mismatch = Math.abs(gap) > toleratedGap;
  const value: StageAlignment = gap > 0 ? 'ahead' : gap < 0 ? 'behind' : 'in_step';
  const rule = value === 'in_step' ? 'sales_stage_in_step' : `sales_stage_${value}`;
  const advice: AlignmentAdvice | null = !mismatch ? null : value === 'ahead' ? 'wait_for_customer' : 'catch_up';

  return {
    value,
    reasons: [
      reason(rule, !mismatch, {
        input: gap,
        threshold: toleratedGap,
        params: { salesStage, buyingStage: inferredBuyingStage, matchingSalesStage, stages: Math.abs(gap) },
      }),
    ],
    mismatch,
    gap,
    matchingSalesStage,
    advice,
  };
}
