import { describe, expect, it } from 'vitest';
import { type PoolSnapshotEntry, diffPoolReviews } from '../../../src/domain/selection/diff-pool-reviews.ts';

const all = { scale: true, solution_need: true, strategic_fit: true, mutual_commitment: true };
const entry = (accountId: string, tier: PoolSnapshotEntry['tier'], criteria = all, paymentTrap = false): PoolSnapshotEntry => ({
  accountId,
  tier,
  criteria,
  paymentTrap,
});

describe('diffPoolReviews', () => {
  it('lists who entered, who left and who stayed in the strategic pool', () => {
    const { value, reasons } = diffPoolReviews({
      previous: [entry('stays', 'strategic'), entry('leaves', 'strategic'), entry('enters', 'key_account', { ...all, mutual_commitment: false })],
      current: [entry('stays', 'strategic'), entry('leaves', 'key_account', { ...all, mutual_commitment: false }), entry('enters', 'strategic')],
    });
    expect(value.stayed).toEqual(['stays']);
    expect(value.entered.map((c) => c.accountId)).toEqual(['enters']);
    expect(value.left.map((c) => c.accountId)).toEqual(['leaves']);
    expect(reasons).toEqual([
      expect.objectContaining({ rule: 'pool.entered', input: 1 }),
      expect.objectContaining({ rule: 'pool.left', input: 1 }),
    ]);
  });

  it('says which criteria changed and how the tier moved', () => {
    const { value } = diffPoolReviews({
      previous: [entry('a', 'strategic')],
      current: [entry('a', 'high_potential', { ...all, scale: false, solution_need: false })],
    });
    const left = value.left[0];
    expect(left?.changedCriteria).toEqual([
      { criterion: 'scale', before: true, after: false },
      { criterion: 'solution_need', before: true, after: false },
    ]);
    expect(left?.reasons.map((r) => r.rule)).toEqual(['pool.tier_changed', 'pool.criterion_lost', 'pool.criterion_lost']);
    expect(left?.reasons[0]).toMatchObject({ input: 'high_potential', threshold: 'strategic', params: { from: 'strategic', to: 'high_potential' } });
  });

  it('explains a departure caused only by the payment trap', () => {
    const { value } = diffPoolReviews({ previous: [entry('a', 'strategic')], current: [entry('a', 'key_account', all, true)] });
    expect(value.left[0]?.changedCriteria).toEqual([]);
    expect(value.left[0]?.reasons.map((r) => r.rule)).toEqual(['pool.tier_changed', 'pool.payment_trap_raised']);
  });

  it('marks accounts new to the portfolio or gone from it', () => {
    const { value } = diffPoolReviews({ previous: [entry('gone', 'strategic')], current: [entry('new', 'strategic')] });
    expect(value.entered[0]).toMatchObject({ accountId: 'new', before: null });
    expect(value.entered[0]?.reasons.map((r) => r.rule)).toContain('pool.account_new');
    expect(value.left[0]).toMatchObject({ accountId: 'gone', after: null });
    expect(value.left[0]?.reasons.map((r) => r.rule)).toContain('pool.account_gone');
  });

  it('says when nothing in the criteria explains the move', () => {
    const { value } = diffPoolReviews({ previous: [entry('a', 'key_account', all, true)], current: [entry('a', 'strategic', all, true)] });
    expect(value.entered[0]?.reasons.map((r) => r.rule)).toEqual(['pool.tier_changed', 'pool.no_criterion_changed']);
  });

  it('reports tier moves outside the pool separately and leaves unchanged accounts out', () => {
    const { value } = diffPoolReviews({
      previous: [entry('up', 'high_potential'), entry('same', 'regular')],
      current: [entry('up', 'key_account'), entry('same', 'regular')],
    });
    expect(value.moved.map((c) => c.accountId)).toEqual(['up']);
    expect(value.entered).toEqual([]);
    expect(value.left).toEqual([]);
  });
});
