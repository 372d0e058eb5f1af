import { describe, expect, it } from 'vitest';
import { revenueConcentration } from '../../../src/domain/portfolio/revenue-concentration.ts';
import { portfolioDefaults } from '../../../src/domain/portfolio/settings.ts';

const accounts = (...revenues: number[]) => revenues.map((revenue, i) => ({ accountId: `a${String(i).padStart(2, '0')}`, revenue }));
const rule = (j: ReturnType<typeof revenueConcentration>, name: string) => j.reasons.find((r) => r.rule === name);

describe('revenueConcentration', () => {
  it('gives the share of the 12-month revenue held by the largest 1, 5 and 10 accounts, largest first', () => {
    const j = revenueConcentration({ revenues: accounts(10, 40, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5) });
    expect(j.value.total).toBe(100);
    expect(j.value.accounts).toBe(12);
    expect(j.value.groups.map((g) => [g.size, g.revenue, g.share])).toEqual([
      [1, 40, 0.4],
      [5, 65, 0.65],
      [10, 90, 0.9],
    ]);
    expect(j.value.leaders[0]).toEqual({ accountId: 'a01', revenue: 40, share: 0.4 });
    expect(j.value.leaders).toHaveLength(10);
  });

  it('warns when the largest account passes its limit, not when it sits on it', () => {
    const limits = { topAccountShare: 0.2, topFiveShare: 0.9 };
    // 20 of 100 is exactly on the limit: no warning.
    const on = revenueConcentration({ revenues: accounts(20, ...Array<number>(10).fill(8)), limits });
    expect(on.value.warnings).toEqual([]);
    expect(rule(on, 'portfolio_top_account_share')).toMatchObject({ met: true, input: 0.2, threshold: 0.2 });
    // 21 of 101 is just above it.
    const above = revenueConcentration({ revenues: accounts(21, ...Array<number>(10).fill(8)), limits });
    expect(above.value.warnings).toEqual(['top_account']);
    expect(rule(above, 'portfolio_top_account_share')?.met).toBe(false);
  });

  it('warns when the five largest pass their limit', () => {
    const limits = { topAccountShare: 0.5, topFiveShare: 0.5 };
    const on = revenueConcentration({ revenues: accounts(10, 10, 10, 10, 10, 10, 10, 10, 10, 10), limits });
    expect(rule(on, 'portfolio_top_five_share')).toMatchObject({ met: true, input: 0.5 });
    expect(on.value.warnings).toEqual([]);
    const above = revenueConcentration({ revenues: accounts(11, 10, 10, 10, 10, 10, 10, 10, 10, 9), limits });
    expect(above.value.warnings).toEqual(['top_five']);
  });

  it('does not judge a group that holds every account: five of five always hold everything', () => {
    const j = revenueConcentration({ revenues: accounts(30, 30, 20, 10, 10) });
    expect(j.value.warnings).toEqual(['top_account']);
    expect(j.reasons.filter((r) => r.rule === 'portfolio_concentration_not_judged')).toEqual([
      expect.objectContaining({ met: false, input: 5, threshold: 5 }),
    ]);
    const single = revenueConcentration({ revenues: accounts(100) });
    expect(single.value.warnings).toEqual([]);
    expect(single.value.groups[0]?.share).toBe(1);
  });

  it('takes the total and count of the whole portfolio when only the largest accounts are given', () => {
    const j = revenueConcentration({ revenues: accounts(30, 20), total: 200, accounts: 40 });
    expect(j.value.groups[0]?.share).toBe(0.15);
    expect(j.value.groups[1]?.share).toBe(0.25);
    expect(j.value.accounts).toBe(40);
  });

  it('leaves out accounts without revenue and says when there is none at all', () => {
    expect(revenueConcentration({ revenues: accounts(0, -5, 10, 10) }).value.accounts).toBe(2);
    const none = revenueConcentration({ revenues: accounts(0, 0) });
    expect(none.value).toMatchObject({ total: 0, accounts: 0, warnings: [] });
    expect(none.reasons.map((r) => r.rule)).toEqual(['portfolio_no_revenue']);
  });

  it('defaults to a fifth for one account and half for five', () => {
    expect(portfolioDefaults.revenueConcentration).toEqual({ topAccountShare: 0.2, topFiveShare: 0.5 });
  });
});
