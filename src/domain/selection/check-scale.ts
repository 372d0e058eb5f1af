import { type Judgement, reason } from '../reason.ts';
import type { ScaleRanking } from './scale-ranking.ts';

/**
 * Scale criterion (客户规模占比高): met when the account is a head customer in the
 * company-wide ranking, i.e. the accounts above it make less than the cut share.
 */
export function checkScale(options: { accountId: string; ranking: ScaleRanking }): Judgement<boolean> {
  const { accountId, ranking } = options;
  const entry = ranking.entries.find((e) => e.accountId === accountId);
  if (!entry) {
    return {
      value: false,
      reasons: [reason('scale.not_ranked', false, { threshold: ranking.cutShare, params: { basis: ranking.basis } })],
    };
  }
  return {
    value: entry.selected,
    reasons: [
      reason('scale.head_customer', entry.selected, {
        input: entry.cumulativeShareBefore,
        threshold: ranking.cutShare,
        params: {
          basis: ranking.basis,
          rank: entry.rank,
          value: entry.value,
          share: entry.share,
          cumulativeShareBefore: entry.cumulativeShareBefore,
          cumulativeShare: entry.cumulativeShare,
          cutShare: ranking.cutShare,
          headCount: ranking.selectedCount,
        },
      }),
    ],
  };
}
