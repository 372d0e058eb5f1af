import { describe, expect, it } from 'vitest';
import { checkPaymentTrap } from '../../../src/domain/selection/check-payment-trap.ts';

const settings = { maxCollectionDays: 90, maxOverdueShare: 0.2 };
const trap = (collectionCycleDays: number | null, overdueShare: number | null) =>
  checkPaymentTrap({ collectionCycleDays, overdueShare, settings });

describe('checkPaymentTrap', () => {
  it('flags a collection cycle above 90 days, not at 90', () => {
    expect(trap(89, 0).value).toBe(false);
    expect(trap(90, 0).value).toBe(false);
    expect(trap(91, 0).value).toBe(true);
    expect(trap(91, 0).reasons[0]).toMatchObject({ rule: 'payment_trap.collection_cycle', met: true, input: 91, threshold: 90 });
  });

  it('flags an overdue share above 20 %, not at 20 %', () => {
    expect(trap(30, 0.19).value).toBe(false);
    expect(trap(30, 0.2).value).toBe(false);
    expect(trap(30, 0.21).value).toBe(true);
    expect(trap(30, 0.21).reasons[1]).toMatchObject({ rule: 'payment_trap.overdue_share', met: true, input: 0.21, threshold: 0.2 });
  });

  it('follows the company limits', () => {
    const strict = checkPaymentTrap({ collectionCycleDays: 61, overdueShare: 0, settings: { maxCollectionDays: 60, maxOverdueShare: 0.1 } });
    expect(strict.value).toBe(true);
  });

  it('names unknown figures without raising the flag', () => {
    const j = trap(null, null);
    expect(j.value).toBe(false);
    expect(j.reasons.map((r) => r.rule)).toEqual(['payment_trap.collection_cycle_unknown', 'payment_trap.overdue_share_unknown']);
    expect(trap(null, 0.5).value).toBe(true);
  });
});
