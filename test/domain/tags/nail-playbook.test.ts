import { describe, expect, it } from 'vitest';
import { marketStageAdvice } from '../../../src/domain/tags/market-stage.ts';
import { nailCounterActions } from '../../../src/domain/tags/nail-causes.ts';
import { nextEscalationStep } from '../../../src/domain/tags/nail-escalation.ts';
import { assessNailValue } from '../../../src/domain/tags/nail-value.ts';
import { tagSettingsSchema } from '../../../src/domain/tags/settings.ts';

describe('assessNailValue', () => {
  const big = 10_000_000;
  it('attacks at a return of 3 times the cost, reduces just below', () => {
    expect(assessNailValue({ potentialValue: big, expectedReturn: 2_999_999, cost: 1_000_000 }).value).toBe('reduce');
    expect(assessNailValue({ potentialValue: big, expectedReturn: 3_000_000, cost: 1_000_000 }).value).toBe('attack');
    expect(assessNailValue({ potentialValue: big, expectedReturn: 3_000_001, cost: 1_000_000 }).value).toBe('attack');
  });

  it('abandons below a return of 1 times the cost', () => {
    expect(assessNailValue({ potentialValue: big, expectedReturn: 999_999, cost: 1_000_000 }).value).toBe('abandon');
    expect(assessNailValue({ potentialValue: big, expectedReturn: 1_000_000, cost: 1_000_000 }).value).toBe('reduce');
    expect(assessNailValue({ potentialValue: big, expectedReturn: 1_000_001, cost: 1_000_000 }).value).toBe('reduce');
  });

  it('needs a potential of 5,000,000 CNY for a combined attack', () => {
    const at = (potentialValue: number) => assessNailValue({ potentialValue, expectedReturn: 10, cost: 1 }).value;
    expect(at(4_999_999)).toBe('reduce');
    expect(at(5_000_000)).toBe('attack');
    expect(at(5_000_001)).toBe('attack');
  });

  it('explains itself with potential, both ratios and the decision', () => {
    const j = assessNailValue({ potentialValue: big, expectedReturn: 2_000_000, cost: 1_000_000 });
    expect(j.reasons.map((r) => [r.rule, r.met, r.input, r.threshold])).toEqual([
      ['nail_potential_value', true, big, 5_000_000],
      ['nail_return_for_attack', false, 2, 3],
      ['nail_return_covers_cost', true, 2, 1],
      ['nail_decision', false, 'reduce', undefined],
    ]);
  });

  it('treats a free attack with something to gain as worth it', () => {
    expect(assessNailValue({ potentialValue: big, expectedReturn: 1, cost: 0 }).value).toBe('attack');
    expect(assessNailValue({ potentialValue: big, expectedReturn: 0, cost: 0 }).value).toBe('abandon');
  });

  it('follows the company thresholds', () => {
    const settings = tagSettingsSchema.parse({ nail: { value: { attackMinReturnRatio: 5 } } }).nail.value;
    expect(assessNailValue({ potentialValue: big, expectedReturn: 4, cost: 1, settings }).value).toBe('reduce');
  });
});

describe('nextEscalationStep', () => {
  it('climbs rep → supervisor → regional manager, then asks to weigh again', () => {
    expect(nextEscalationStep({ decision: 'attack', current: null }).value).toBe('rep');
    expect(nextEscalationStep({ decision: 'attack', current: 'rep' }).value).toBe('supervisor');
    expect(nextEscalationStep({ decision: 'attack', current: 'supervisor' }).value).toBe('regional_manager');
    const done = nextEscalationStep({ decision: 'attack', current: 'regional_manager' });
    expect(done.value).toBeNull();
    expect(done.reasons[0]?.rule).toBe('nail_escalation_exhausted');
  });

  it('brings back-office support from the supervisor on', () => {
    expect(nextEscalationStep({ decision: 'attack', current: null }).reasons[0]?.params).toMatchObject({ backOfficeSupport: false });
    expect(nextEscalationStep({ decision: 'attack', current: 'rep' }).reasons[0]?.params).toMatchObject({ backOfficeSupport: true });
  });

  it('does not escalate a nail whose value says reduce or abandon', () => {
    for (const decision of ['reduce', 'abandon'] as const) {
      const j = nextEscalationStep({ decision, current: null });
      expect(j.value).toBeNull();
      expect(j.reasons[0]).toMatchObject({ rule: 'nail_escalation_needs_attack', input: decision });
    }
  });
});

describe('nailCounterActions', () => {
  it('recommends for each cause what the method says', () => {
    expect(nailCounterActions({ causes: ['trust'] }).value).toEqual(['site_visit_to_our_operation', 'precise_presentation', 'show_benchmark_cases']);
    expect(nailCounterActions({ causes: ['competitor'] }).value).toContain('competitor_comparison');
    expect(nailCounterActions({ causes: ['internal_legacy'] }).value[0]).toBe('resolve_legacy_issue_first');
  });

  it('puts the legacy problem first whatever order the causes come in, without duplicates', () => {
    const actions = nailCounterActions({ causes: ['competitor', 'trust', 'internal_legacy'] }).value;
    expect(actions[0]).toBe('resolve_legacy_issue_first');
    expect(new Set(actions).size).toBe(actions.length);
    expect(actions.filter((a) => a === 'precise_presentation')).toHaveLength(1);
  });

  it('asks to diagnose the cause when none is recorded', () => {
    const j = nailCounterActions({ causes: [] });
    expect(j.value).toEqual(['diagnose_cause']);
    expect(j.reasons[0]).toMatchObject({ rule: 'nail_cause', met: false });
  });
});

describe('marketStageAdvice', () => {
  it('early markets go for high value, low difficulty; mid and late for nails', () => {
    expect(marketStageAdvice({ stage: 'early' }).value).toMatchObject({ focus: 'high_value_low_difficulty', nailsFirst: false });
    expect(marketStageAdvice({ stage: 'mid' }).value).toMatchObject({ focus: 'nails', nailsFirst: true });
    expect(marketStageAdvice({ stage: 'late' }).value).toMatchObject({ focus: 'nails', nailsFirst: true });
    expect(marketStageAdvice({ stage: null }).value.focus).toBeNull();
  });
});
