import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CRITERIA, type CriteriaMet, tierRank } from '../../../src/domain/selection/criterion.ts';
import { type HumanPromotion, selectTier } from '../../../src/domain/selection/select-tier.ts';
import { NOW } from './fixtures.ts';

const met = (...ids: (keyof CriteriaMet)[]): CriteriaMet => ({
  scale: ids.includes('scale'),
  solution_need: ids.includes('solution_need'),
  strategic_fit: ids.includes('strategic_fit'),
  mutual_commitment: ids.includes('mutual_commitment'),
});
const ALL = met(...CRITERIA);
const promotion: HumanPromotion = { tier: 'strategic', note: 'Board decision: national apparel benchmark', decidedBy: 'ceo', decidedAt: NOW };
const criteriaArb = fc.record({
  scale: fc.boolean(),
  solution_need: fc.boolean(),
  strategic_fit: fc.boolean(),
  mutual_commitment: fc.boolean(),
});

describe('selectTier', () => {
  it('makes an account meeting all four criteria strategic', () => {
    const j = selectTier({ criteria: ALL, paymentTrap: false });
    expect(j.value).toBe('strategic');
    expect(j.reasons.find((r) => r.rule === 'tier.all_met')).toMatchObject({ met: true, input: 4, threshold: 4 });
  });

  it('makes two or three criteria with scale a key account', () => {
    expect(selectTier({ criteria: met('scale', 'solution_need'), paymentTrap: false }).value).toBe('key_account');
    expect(selectTier({ criteria: met('scale', 'solution_need', 'strategic_fit'), paymentTrap: false }).value).toBe('key_account');
  });

  it('makes two or three criteria without scale high potential', () => {
    expect(selectTier({ criteria: met('solution_need', 'strategic_fit'), paymentTrap: false }).value).toBe('high_potential');
    expect(selectTier({ criteria: met('solution_need', 'strategic_fit', 'mutual_commitment'), paymentTrap: false }).value).toBe(
      'high_potential',
    );
  });

  it('keeps one criterion or none regular, even when it is scale', () => {
    expect(selectTier({ criteria: met('scale'), paymentTrap: false }).value).toBe('regular');
    const none = selectTier({ criteria: met(), paymentTrap: false });
    expect(none.value).toBe('regular');
    expect(none.reasons.at(-1)).toMatchObject({ rule: 'tier.too_few', input: 0, threshold: 2 });
  });

  it('blocks automatic promotion to strategic on a payment trap, saying so', () => {
    const j = selectTier({ criteria: ALL, paymentTrap: true });
    expect(j.value).toBe('key_account');
    expect(j.reasons.find((r) => r.rule === 'tier.payment_trap_blocked')).toMatchObject({ met: true, params: { landed: 'key_account' } });
  });

  it('lets a human promotion with a reason lift the block', () => {
    const j = selectTier({ criteria: ALL, paymentTrap: true, humanDecision: promotion });
    expect(j.value).toBe('strategic');
    expect(j.reasons.at(-1)).toMatchObject({ rule: 'tier.human_promotion', params: { decidedBy: 'ceo', note: promotion.note } });
  });

  it('ignores a human promotion without a reason', () => {
    const j = selectTier({ criteria: ALL, paymentTrap: true, humanDecision: { ...promotion, note: '  ' } });
    expect(j.value).toBe('key_account');
    expect(j.reasons.map((r) => r.rule)).toContain('tier.human_promotion_without_reason');
  });

  it('does not let a human promotion stand in for a missing criterion', () => {
    const j = selectTier({ criteria: met('scale', 'solution_need', 'strategic_fit'), paymentTrap: true, humanDecision: promotion });
    expect(j.value).toBe('key_account');
    expect(j.reasons.map((r) => r.rule)).toEqual(expect.arrayContaining(['tier.payment_trap_flagged', 'tier.human_promotion_not_applicable']));
  });

  it('shows the payment trap beside a tier it did not block', () => {
    const j = selectTier({ criteria: met('solution_need', 'strategic_fit'), paymentTrap: true });
    expect(j.value).toBe('high_potential');
    expect(j.reasons.map((r) => r.rule)).toContain('tier.payment_trap_flagged');
  });

  it('property: removing a criterion never raises the tier', () => {
    fc.assert(
      fc.property(criteriaArb, fc.constantFrom(...CRITERIA), fc.boolean(), (criteria, removed, paymentTrap) => {
        const before = selectTier({ criteria, paymentTrap }).value;
        const after = selectTier({ criteria: { ...criteria, [removed]: false }, paymentTrap }).value;
        return tierRank(after) <= tierRank(before);
      }),
    );
  });

  it('property: a payment trap never yields strategic without a human decision', () => {
    fc.assert(fc.property(criteriaArb, (criteria) => selectTier({ criteria, paymentTrap: true }).value !== 'strategic'));
  });

  it('property: the payment trap only ever lowers the tier, and only from strategic', () => {
    fc.assert(
      fc.property(criteriaArb, (criteria) => {
        const clean = selectTier({ criteria, paymentTrap: false }).value;
        const trapped = selectTier({ criteria, paymentTrap: true }).value;
        return clean === 'strategic' ? trapped === 'key_account' : trapped === clean;
      }),
    );
  });

  it('names every criterion in its reasons', () => {
    const rules = selectTier({ criteria: met('scale'), paymentTrap: false }).reasons.map((r) => r.rule);
    for (const c of CRITERIA) expect(rules).toContain(`tier.criterion.${c}`);
  });
});
