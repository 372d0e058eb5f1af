import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ScaleRankingAccount, scaleRanking } from '../../../src/domain/selection/scale-ranking.ts';

const acc = (accountId: string, revenue: number, grossProfit = revenue / 10): ScaleRankingAccount => ({
  accountId,
  trailing12: { revenue, grossProfit },
});

const selectedIds = (accounts: ScaleRankingAccount[], cutShare = 0.5, basis: 'revenue' | 'gross_profit' = 'revenue') =>
  scaleRanking({ accounts, basis, cutShare })
    .entries.filter((e) => e.selected)
    .map((e) => e.accountId);

describe('scaleRanking', () => {
  it('ranks largest first and selects the head that makes the first half', () => {
    const ranking = scaleRanking({ accounts: [acc('c', 20), acc('a', 50), acc('b', 30)], basis: 'revenue', cutShare: 0.5 });
    expect(ranking.entries.map((e) => [e.accountId, e.rank, e.selected])).toEqual([
      ['a', 1, true],
      ['b', 2, false],
      ['c', 3, false],
    ]);
    expect(ranking.total).toBe(100);
    expect(ranking.cutValue).toBe(50);
    expect(ranking.entries[1]).toMatchObject({ share: 0.3, cumulativeShareBefore: 0.5, cumulativeShare: 0.8 });
  });

  it('counts the account that crosses the cut as in', () => {
    // 45 alone is below half; 45 + 30 crosses it, so the second account is in.
    expect(selectedIds([acc('a', 45), acc('b', 30), acc('c', 25)])).toEqual(['a', 'b']);
  });

  it('treats the cut at, just below and just above the accounts above it', () => {
    const accounts = [acc('a', 40), acc('b', 35), acc('c', 25)];
    // Accounts above b make 0.40 of the total: b is in while the cut exceeds 0.40.
    expect(selectedIds(accounts, 0.4)).toEqual(['a']);
    expect(selectedIds(accounts, 0.39)).toEqual(['a']);
    expect(selectedIds(accounts, 0.41)).toEqual(['a', 'b']);
  });

  it('measures by gross profit when the company says so', () => {
    const accounts = [acc('volume', 100, 2), acc('margin', 60, 30), acc('mid', 40, 8)];
    expect(selectedIds(accounts, 0.5, 'revenue')).toEqual(['volume']);
    expect(selectedIds(accounts, 0.5, 'gross_profit')).toEqual(['margin']);
  });

  it('breaks ties by account id, whatever the input order', () => {
    const one = scaleRanking({ accounts: [acc('b', 10), acc('a', 10), acc('c', 10)], basis: 'revenue', cutShare: 0.5 });
    const two = scaleRanking({ accounts: [acc('c', 10), acc('b', 10), acc('a', 10)], basis: 'revenue', cutShare: 0.5 });
    expect(one.entries.map((e) => e.accountId)).toEqual(['a', 'b', 'c']);
    expect(two).toEqual(one);
    expect(one.entries.filter((e) => e.selected).map((e) => e.accountId)).toEqual(['a', 'b']);
  });

  it('never makes a loss-making or empty account a head customer, and keeps shares within 0..1', () => {
    const ranking = scaleRanking({
      accounts: [acc('loss', 0, -50), acc('big', 0, 80), acc('small', 0, 20), acc('empty', 0, 0)],
      basis: 'gross_profit',
      cutShare: 1,
    });
    expect(ranking.total).toBe(100);
    expect(ranking.entries.filter((e) => e.selected).map((e) => e.accountId)).toEqual(['big', 'small']);
    for (const e of ranking.entries) {
      expect(e.share).toBeGreaterThanOrEqual(0);
      expect(e.cumulativeShare).toBeLessThanOrEqual(1);
    }
  });

  it('selects nobody when there is no business at all', () => {
    const ranking = scaleRanking({ accounts: [acc('a', 0), acc('b', 0)], basis: 'revenue', cutShare: 0.5 });
    expect(ranking.selectedCount).toBe(0);
    expect(ranking.entries.every((e) => e.share === 0 && !e.selected)).toBe(true);
  });

  it('property: the head reaches the cut share and dropping its last account falls below it', () => {
    const accounts = fc.uniqueArray(
      fc.record({ accountId: fc.string({ minLength: 1, maxLength: 6 }), revenue: fc.integer({ min: 0, max: 10_000_000 }) }),
      { selector: (a) => a.accountId, minLength: 1, maxLength: 40 },
    );
    fc.assert(
      fc.property(accounts, fc.double({ min: 0.01, max: 1, noNaN: true }), (rows, cutShare) => {
        const ranking = scaleRanking({ accounts: rows.map((r) => acc(r.accountId, r.revenue)), basis: 'revenue', cutShare });
        const head = ranking.entries.filter((e) => e.selected);
        if (ranking.total === 0) return head.length === 0;
        const sum = head.reduce((s, e) => s + e.value, 0);
        const withoutLast = sum - (head.at(-1)?.value ?? 0);
        // The head is a prefix of the ranking: no account outside it is larger than one inside.
        const prefix = head.every((e, i) => e.rank === i + 1);
        return prefix && sum >= cutShare * ranking.total && withoutLast < cutShare * ranking.total;
      }),
    );
  });
});
