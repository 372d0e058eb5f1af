import { type Judgement, type Reason, reason } from '../reason.ts';
import type { DepartmentKind } from './vocabulary.ts';

/** One department's share of an account's revenue, as a fraction (0.25 is 25 %) (机制: 分润). */
export interface ProfitShare {
  department: DepartmentKind;
  share: number;
}

export interface ProfitSharingCheck {
  present: boolean;
  totalShare: number;
  valid: boolean;
}

/**
 * Whether an account's revenue split between departments exists and adds up to
 * 100 %: without it the back office has no stake in the account it serves.
 */
export function checkProfitSharing(options: {
  accountId: string;
  splits: readonly ProfitShare[] | null | undefined;
  tolerance: number;
}): Judgement<ProfitSharingCheck> {
  const { accountId, tolerance } = options;
  const splits = options.splits ?? [];
  const present = splits.length > 0;
  const totalShare = splits.reduce((sum, s) => sum + s.share, 0);
  const noNegative = splits.every((s) => s.share >= 0);
  const sumsToWhole = Math.abs(totalShare - 1) <= tolerance;
  const reasons: Reason[] = [
    reason('profit_sharing_present', present, { input: splits.length, threshold: 1, params: { accountId } }),
  ];
  if (present) {
    reasons.push(
      reason('profit_sharing_sums_to_whole', sumsToWhole, {
        input: totalShare,
        threshold: 1,
        params: { accountId, tolerance },
      }),
    );
    if (!noNegative) reasons.push(reason('profit_sharing_no_negative_share', false, { params: { accountId } }));
  }
  return { value: { present, totalShare, valid: present && sumsToWhole && noNegative }, reasons };
}
