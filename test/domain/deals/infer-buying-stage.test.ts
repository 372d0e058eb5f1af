import { describe, expect, it } from 'vitest';
import { inferBuyingStage, type ObservedSignal } from '../../../src/domain/deals/infer-buying-stage.ts';
import { type BuyingSignal, dealDefaults } from '../../../src/domain/deals/settings.ts';
import { BUYING_STAGES } from '../../../src/domain/deals/stages.ts';

const catalogue = dealDefaults.signals;
const day = (n: number) => new Date(Date.UTC(2025, 2, 1 + n));
const seen = (signalId: string, n: number, retracted = false): ObservedSignal => ({
  signalId,
  observedAt: day(n),
  retracted,
});

describe('inferBuyingStage', () => {
  it('follows apparel company A through every buying stage as logistics company B logs its signals', () => {
    const log: ObservedSignal[] = [];
    const stageAfter = (...more: ObservedSignal[]) => {
      log.push(...more);
      return inferBuyingStage({ signals: log, catalogue }).value;
    };
    expect(stageAfter(seen('new_business_initiative', 0), seen('internal_problem_acknowledged', 10))).toBe(
      'problem_discovery',
    );
    expect(stageAfter(seen('set_selection_criteria', 20), seen('set_shortlist_size', 20))).toBe('needs_definition');
    expect(stageAfter(seen('requested_solutions', 30))).toBe('solution_evaluation');
    expect(stageAfter(seen('asked_liability', 40), seen('asked_peak_capacity', 41))).toBe('risk_evaluation');
    expect(stageAfter(seen('contract_signed', 60))).toBe('execution');
  });

  it('infers no stage from no signals, with confidence 0', () => {
    const result = inferBuyingStage({ signals: [], catalogue });
    expect(result.value).toBeNull();
    expect(result.confidence).toBe(0);
    expect(result.reasons.find((r) => r.rule === 'buying_stage_inferred')?.met).toBe(false);
  });

  it('names the signals behind the stage and explains the evidence of every stage', () => {
    const result = inferBuyingStage({
      signals: [seen('asked_insurance', 1), seen('asked_references', 2), seen('requested_quotes', 0)],
      catalogue,
    });
    expect(result.value).toBe('risk_evaluation');
    expect(result.evidence.map((e) => e.signalId).sort()).toEqual(['asked_insurance', 'asked_references']);
    expect(result.weightByStage).toEqual({
      problem_discovery: 0,
      needs_definition: 0,
      solution_evaluation: 1,
      risk_evaluation: 3,
      execution: 0,
    });
    const perStage = result.reasons.filter((r) => r.rule === 'buying_stage_evidence');
    expect(perStage.map((r) => r.params?.stage)).toEqual([...BUYING_STAGES]);
    expect(perStage.map((r) => r.met)).toEqual([false, false, true, true, false]);
    expect(perStage[0]?.key).toBe('reasons.buying_stage_evidence');
  });

  it('ignores retracted signals and says so', () => {
    const result = inferBuyingStage({
      signals: [seen('requested_solutions', 1), seen('contract_signed', 2, true)],
      catalogue,
    });
    expect(result.value).toBe('solution_evaluation');
    expect(result.reasons).toContainEqual(expect.objectContaining({ rule: 'signal_retracted', input: 'contract_signed' }));
  });

  it('moves back when the signal behind the stage is retracted', () => {
    const signals = [seen('requested_solutions', 1), seen('asked_liability', 2)];
    expect(inferBuyingStage({ signals, catalogue }).value).toBe('risk_evaluation');
    signals[1] = seen('asked_liability', 2, true);
    expect(inferBuyingStage({ signals, catalogue }).value).toBe('solution_evaluation');
  });

  it('reports signals missing from the catalogue and does not count them', () => {
    const result = inferBuyingStage({ signals: [seen('sent_flowers', 1)], catalogue });
    expect(result.value).toBeNull();
    expect(result.reasons).toContainEqual(expect.objectContaining({ rule: 'unknown_signal', input: 'sent_flowers' }));
  });

  it('counts a signal logged twice once', () => {
    const once = inferBuyingStage({ signals: [seen('requested_solutions', 1)], catalogue });
    const twice = inferBuyingStage({ signals: [seen('requested_solutions', 1), seen('requested_solutions', 2)], catalogue });
    expect(twice.weightByStage.solution_evaluation).toBe(2);
    expect(twice.confidence).toBe(once.confidence);
  });

  describe('evidence threshold', () => {
    const custom = (weight: number): BuyingSignal[] => [
      { id: 'asked_liability', stage: 'risk_evaluation', weight, name_en: 'x', name_zh: 'x' },
      { id: 'requested_solutions', stage: 'solution_evaluation', weight: 5, name_en: 'x', name_zh: 'x' },
    ];
    const infer = (weight: number) =>
      inferBuyingStage({
        signals: [seen('requested_solutions', 0), seen('asked_liability', 1)],
        catalogue: custom(weight),
        rules: { evidenceThreshold: 2, confidenceHalfWeight: 2 },
      }).value;

    it('reaches the stage at the threshold', () => expect(infer(2)).toBe('risk_evaluation'));
    it('does not reach it just below', () => expect(infer(1.99)).toBe('solution_evaluation'));
    it('reaches it just above', () => expect(infer(2.01)).toBe('risk_evaluation'));
  });

  describe('confidence', () => {
    it('is weight / (weight + half weight) without contradictions', () => {
      const result = inferBuyingStage({ signals: [seen('requested_solutions', 1)], catalogue });
      expect(result.confidence).toBeCloseTo(2 / (2 + 2));
      const support = result.reasons.find((r) => r.rule === 'buying_stage_support');
      expect(support).toMatchObject({ met: true, input: 2, threshold: 2 });
    });

    it('grows with more evidence at the stage', () => {
      const one = inferBuyingStage({ signals: [seen('requested_solutions', 1)], catalogue });
      const two = inferBuyingStage({ signals: [seen('requested_solutions', 1), seen('compared_vendors', 2)], catalogue });
      expect(two.confidence).toBeGreaterThan(one.confidence);
      expect(two.confidence).toBeCloseTo(3 / 5);
    });

    const withComplaintOn = (n: number) =>
      inferBuyingStage({
        signals: [seen('complained_about_current_provider', n), seen('requested_solutions', 10)],
        catalogue,
      });

    it('drops when an earlier-stage signal comes after the stage began', () => {
      const result = withComplaintOn(11);
      expect(result.value).toBe('solution_evaluation');
      expect(result.confidence).toBeCloseTo(0.5 * (2 / 3));
      expect(result.contradicting.map((c) => c.signalId)).toEqual(['complained_about_current_provider']);
      expect(result.reasons.find((r) => r.rule === 'buying_stage_contradictions')).toMatchObject({ met: false, input: 1 });
    });

    it('does not drop for an earlier-stage signal seen at the same moment the stage began', () => {
      expect(withComplaintOn(10).confidence).toBeCloseTo(0.5);
      expect(withComplaintOn(10).contradicting).toEqual([]);
      expect(withComplaintOn(10).reasons.find((r) => r.rule === 'buying_stage_contradictions')).toMatchObject({
        met: true,
        key: 'reasons.buying_stage_consistent',
      });
    });

    it('does not drop for earlier-stage signals seen before', () => {
      expect(withComplaintOn(9).confidence).toBeCloseTo(0.5);
    });

    it('drops for later-stage signals too weak to reach their stage', () => {
      const weak: BuyingSignal[] = [
        ...catalogue,
        { id: 'hinted_at_contract', stage: 'execution', weight: 0.5, name_en: 'x', name_zh: 'x' },
      ];
      const result = inferBuyingStage({
        signals: [seen('requested_solutions', 1), seen('hinted_at_contract', 0)],
        catalogue: weak,
      });
      expect(result.value).toBe('solution_evaluation');
      expect(result.confidence).toBeCloseTo(0.5 * (2 / 2.5));
      expect(result.contradicting.map((c) => c.stage)).toEqual(['execution']);
    });
  });
});
