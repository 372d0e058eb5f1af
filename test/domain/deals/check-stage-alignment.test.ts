import { describe, expect, it } from 'vitest';
import { checkStageAlignment } from '../../../src/domain/deals/check-stage-alignment.ts';
import { BUYING_STAGES, type SalesStage, salesStageFor } from '../../../src/domain/deals/stages.ts';

describe('checkStageAlignment', () => {
  it.each(BUYING_STAGES.map((b) => [salesStageFor(b), b] as const))('%s is in step with %s', (salesStage, buying) => {
    const result = checkStageAlignment({ salesStage, inferredBuyingStage: buying });
    expect(result).toMatchObject({ value: 'in_step', mismatch: false, gap: 0, advice: null, matchingSalesStage: salesStage });
    expect(result.reasons[0]).toMatchObject({ rule: 'sales_stage_in_step', met: true, input: 0, threshold: 0 });
  });

  it('flags us ahead of the customer: pushing too early', () => {
    const result = checkStageAlignment({ salesStage: 'solution_proof', inferredBuyingStage: 'needs_definition' });
    expect(result).toMatchObject({
      value: 'ahead',
      mismatch: true,
      gap: 2,
      advice: 'wait_for_customer',
      matchingSalesStage: 'needs_discovery',
    });
    expect(result.reasons[0]).toMatchObject({ rule: 'sales_stage_ahead', key: 'reasons.sales_stage_ahead', met: false });
  });

  it('flags us behind the customer: catch up', () => {
    const result = checkStageAlignment({ salesStage: 'customer_contact', inferredBuyingStage: 'risk_evaluation' });
    expect(result).toMatchObject({ value: 'behind', mismatch: true, gap: -3, advice: 'catch_up', matchingSalesStage: 'solution_proof' });
    expect(result.reasons[0]).toMatchObject({ rule: 'sales_stage_behind', met: false });
  });

  describe('tolerated gap of 1', () => {
    const check = (salesStage: SalesStage) =>
      checkStageAlignment({ salesStage, inferredBuyingStage: 'solution_evaluation', toleratedGap: 1 });
    it('passes one stage ahead (at the tolerance)', () => {
      expect(check('solution_proof')).toMatchObject({ value: 'ahead', mismatch: false, advice: null });
    });
    it('passes in step (below the tolerance)', () => expect(check('solution_design').mismatch).toBe(false));
    it('flags two stages ahead (above the tolerance)', () => {
      expect(check('solution_delivery')).toMatchObject({ mismatch: true, advice: 'wait_for_customer' });
    });
    it('flags two stages behind', () => expect(check('customer_contact')).toMatchObject({ mismatch: true, advice: 'catch_up' }));
  });

  it('cannot judge alignment without an inferred buying stage', () => {
    const result = checkStageAlignment({ salesStage: 'solution_design', inferredBuyingStage: null });
    expect(result).toMatchObject({ value: 'unknown', mismatch: false, gap: null, advice: null });
    expect(result.reasons[0]?.rule).toBe('buying_stage_unknown');
  });
});
