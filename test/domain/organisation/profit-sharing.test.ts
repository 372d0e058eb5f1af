import { describe, expect, it } from 'vitest';
import { checkProfitSharing } from '../../../src/domain/organisation/profit-sharing.ts';

const check = (shares: number[], tolerance = 0.0001) =>
  checkProfitSharing({
    accountId: 'acc-1',
    splits: shares.map((share, i) => ({
      department: (['sales', 'operations', 'solution_design'] as const)[i % 3] ?? 'sales',
      share,
    })),
    tolerance,
  });

describe('checkProfitSharing', () => {
  it('accepts a split summing to 100 %', () => {
    expect(check([0.6, 0.3, 0.1]).value).toMatchObject({ present: true, valid: true });
  });

  it('accepts rounding within the tolerance and rejects beyond it', () => {
    expect(check([0.6, 0.4 + 0.0001]).value.valid).toBe(true);
    expect(check([0.6, 0.4 - 0.0001]).value.valid).toBe(true);
    expect(check([0.6, 0.4 + 0.00011]).value.valid).toBe(false);
    expect(check([0.6, 0.3]).value.valid).toBe(false);
    expect(check([0.6, 0.3]).reasons.find((r) => r.rule === 'profit_sharing_sums_to_whole')).toMatchObject({
      met: false,
      threshold: 1,
    });
  });

  it('flags an account with no split', () => {
    for (const splits of [[], null, undefined]) {
      const r = checkProfitSharing({ accountId: 'a', splits, tolerance: 0.0001 });
      expect(r.value).toEqual({ present: false, totalShare: 0, valid: false });
      expect(r.reasons[0]).toMatchObject({ rule: 'profit_sharing_present', met: false });
    }
  });

  it('rejects a negative share even when the total is whole', () => {
    const r = check([1.2, -0.2]);
    expect(r.value.valid).toBe(false);
    expect(r.reasons.some((x) => x.rule === 'profit_sharing_no_negative_share')).toBe(true);
  });
});
