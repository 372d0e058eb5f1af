import { type Judgement, type Reason, reason } from '../reason.ts';
import { type ConcentrationLimits, portfolioDefaults } from './settings.ts';

/** The leading groups whose share of revenue the dashboard shows. */
export const CONCENTRATION_SIZES = [1, 5, 10] as const;
export type ConcentrationSize = (typeof CONCENTRATION_SIZES)[number];

export type ConcentrationWarning = 'top_account' | 'top_five';

export interface AccountRevenue {
  accountId: string;
  revenue: number;
}

export interface RevenueConcentration {
  /** Revenue of the trailing 12 months over the accounts judged (negative months count as nothing). */
  total: number;
  /** Accounts with revenue. */
  accounts: number;
  groups: { size: ConcentrationSize; revenue: number; share: number | null; accountIds: string[] }[];
  /** The ten largest accounts with their own share. */
  leaders: { accountId: string; revenue: number; share: number | null }[];
  warnings: ConcentrationWarning[];
  limits: ConcentrationLimits;
}

/**
 * How much of the 12-month revenue the largest accounts hold, with a warning when
 * the largest one or the five largest pass the company's limit. A group is only
 * judged when there are more accounts than it holds: the top five of five accounts
 * always hold everything, which says nothing about dependence.
 */
export function revenueConcentration(options: {
  revenues: readonly AccountRevenue[];
  /** The total over every account judged, when `revenues` holds only the largest ones. */
  total?: number;
  /** How many accounts have revenue, when `revenues` holds only the largest ones. */
  accounts?: number;
  limits?: ConcentrationLimits;
}): Judgement<RevenueConcentration> {
  const limits = options.limits ?? portfolioDefaults.revenueConcentration;
  const ranked = options.revenues
    .filter((r) => r.revenue > 0)
    .sort((a, b) => b.revenue - a.revenue || (a.accountId < b.accountId ? -1 : 1));
  const total = options.total ?? ranked.reduce((sum, r) => sum + r.revenue, 0);
  const accounts = options.accounts ?? ranked.length;
  const shareOf = (revenue: number) => (total > 0 ? revenue / total : null);

  const groups = CONCENTRATION_SIZES.map((size) => {
    const members = ranked.slice(0, size);
    const revenue = members.reduce((sum, r) => sum + r.revenue, 0);
    return { size, revenue, share: shareOf(revenue), accountIds: members.map((m) => m.accountId) };
  });
  const reasons: Reason[] = [];
  const warnings: ConcentrationWarning[] = [];
  if (total <= 0) {
    reasons.push(reason('portfolio_no_revenue', false, { input: 0 }));
    return { value: { total: 0, accounts: 0, groups, leaders: [], warnings, limits }, reasons };
  }

  const judge = (size: 1 | 5, rule: string, limit: number, warning: ConcentrationWarning) => {
    const share = groups.find((g) => g.size === size)?.share ?? 0;
    if (accounts <= size) {
      reasons.push(reason('portfolio_concentration_not_judged', false, { input: accounts, threshold: size }));
      return;
    }
    const within = share <= limit;
    if (!within) warnings.push(warning);
    reasons.push(reason(rule, within, { input: share, threshold: limit }));
  };
  judge(1, 'portfolio_top_account_share', limits.topAccountShare, 'top_account');
  judge(5, 'portfolio_top_five_share', limits.topFiveShare, 'top_five');
  const ten = groups.find((g) => g.size === 10);
  reasons.push(reason('portfolio_top_ten_share', true, { input: ten?.share ?? 0, params: { accounts } }));

  return {
    value: {
      total,
      accounts,
      groups,
      leaders: ranked.slice(0, 10).map((r) => ({ ...r, share: shareOf(r.revenue) })),
      warnings,
      limits,
    },
    reasons,
  };
}
