import { type Judgement, type Reason, reason } from '../reason.ts';
import type { DepartmentKind } from './vocabulary.ts';

/** One department's share of an account's revenue, in percent (机制: 分润). */
export interface ProfitShare {
  department: DepartmentKind;
  percent: number;
}

export interface ProfitSharingCheck {
  present: boolean;
  totalPercent: number;
  valid: boolean;
}

/**
 * Whether an account's revenue split between departments exists and adds up to
 * 100 %: without it the back office has no stake in the account it serves.
 */
export function checkProfitSharing(options: {
  accountId: string;
  splits: readonly ProfitShare[] | null | undefined;
  tolerancePercent: number;
}): Judgement<ProfitSharingCheck> {
  const { accountId, tolerancePercent } = options;
  const splits = options.splits ?? [];
  const present = splits.length > 0;
  const totalPercent = splits.reduce((sum, s) => sum + s.percent, 0);
  const noNegative = splits.every((s) => s.percent >= 0);
  const sumsToHundred = Math.abs(totalPercent - 100) <= tolerancePercent;
  const reasons: Reason[] = [
    reason('profit_sharing_present', present, { input: splits.length, threshold: 1, params: { accountId } }),
  ];
  if (present) {
    reasons.push(
      reason('profit_sharing_sums_to_hundred', sumsToHundred, {
        input: totalPercent,
        threshold: 100,
        params: { accountId, tolerancePercent },
      }),
    );
    if (!noNegative) reasons.push(reason('profit_sharing_no_negative_share', false, { params: { accountId } }));
  }
  return { value: { present, totalPercent, valid: present && sumsToHundred && noNegative }, reasons };
}
