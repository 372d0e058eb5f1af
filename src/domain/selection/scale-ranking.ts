export type ScaleBasis = 'revenue' | 'gross_profit';

export interface ScaleRankingAccount {
  accountId: string;
  trailing12: { revenue: number; grossProfit: number };
}

export interface ScaleRankingEntry {
  accountId: string;
  /** 1 = the largest account. */
  rank: number;
  /** The account's trailing-12 revenue or gross profit, per the basis. */
  value: number;
  /** The account's part of the total, 0..1. */
  share: number;
  /** Share of the total made by the accounts ranked above it. */
  cumulativeShareBefore: number;
  /** Share of the total made by this account and those above it. */
  cumulativeShare: number;
  /** A head customer: among the largest accounts making the first `cutShare` of the total. */
  selected: boolean;
}

export interface ScaleRanking {
  basis: ScaleBasis;
  cutShare: number;
  /** Sum of the positive values; loss-making accounts add nothing to it. */
  total: number;
  /** cutShare × total: the amount the head customers together reach. */
  cutValue: number;
  selectedCount: number;
  entries: ScaleRankingEntry[];
}

/**
 * Ranks accounts by trailing-12 revenue or gross profit and marks the head
 * customers (客户规模占比高): the largest accounts that together make the first
 * `cutShare` of the total. The account that crosses the cut counts as in.
 */
export function scaleRanking(options: {
  accounts: readonly ScaleRankingAccount[];
  basis: ScaleBasis;
  cutShare: number;
}): ScaleRanking {
  const { accounts, basis, cutShare } = options;
  const valued = accounts.map((a) => {
    const raw = basis === 'revenue' ? a.trailing12.revenue : a.trailing12.grossProfit;
    return { accountId: a.accountId, value: Number.isFinite(raw) ? raw : 0 };
  });
  // Ties go to the smaller id so that the same portfolio always ranks the same way.
  valued.sort((a, b) => b.value - a.value || (a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0));

  // With a gross-profit basis some accounts lose money; they can never be head
  // customers, and leaving them out of the total keeps every share within 0..1.
  // Summing in rank order makes the last cumulative sum equal the total exactly.
  const total = valued.reduce((sum, a) => sum + Math.max(a.value, 0), 0);
  const cutValue = cutShare * total;

  let cumulative = 0;
  let selectedCount = 0;
  const entries = valued.map((a, index): ScaleRankingEntry => {
    const contribution = Math.max(a.value, 0);
    const before = cumulative;
    cumulative += contribution;
    const selected = contribution > 0 && before < cutValue;
    if (selected) selectedCount += 1;
    return {
      accountId: a.accountId,
      rank: index + 1,
      value: a.value,
      share: total > 0 ? contribution / total : 0,
      cumulativeShareBefore: total > 0 ? before / total : 0,
      cumulativeShare: total > 0 ? cumulative / total : 0,
      selected,
    };
  });

  return { basis, cutShare, total, cutValue, selectedCount, entries };
}
