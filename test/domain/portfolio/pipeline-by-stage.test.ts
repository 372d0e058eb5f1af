import { describe, expect, it } from 'vitest';
import { LTC_STAGES, SALES_STAGES } from '../../../src/domain/deals/stages.ts';
import { pipelineByStage } from '../../../src/domain/portfolio/pipeline-by-stage.ts';

describe('pipelineByStage', () => {
  it('lists every stage of both tracks in order, with deals, value and the mismatches at each', () => {
    const j = pipelineByStage({
      tallies: [
        { kind: 'standard', stage: 'contract', deals: 2, value: 300 },
        { kind: 'solution', stage: 'solution_design', deals: 3, value: 1000 },
        { kind: 'solution', stage: 'customer_contact', deals: 1, value: 0 },
      ],
      mismatchedStages: ['solution_design', 'solution_design'],
    });
    expect(j.value.stages.map((s) => s.stage)).toEqual([...SALES_STAGES, ...LTC_STAGES]);
    expect(j.value.stages.find((s) => s.stage === 'solution_design')).toEqual({
      kind: 'solution',
      stage: 'solution_design',
      deals: 3,
      value: 1000,
      mismatches: 2,
    });
    expect(j.value.stages.find((s) => s.stage === 'contract')).toMatchObject({ deals: 2, value: 300, mismatches: 0 });
    expect(j.value).toMatchObject({ deals: 6, value: 1300, mismatches: 2 });
    expect(j.reasons).toEqual([expect.objectContaining({ rule: 'portfolio_stage_mismatches', met: false, input: 2 })]);
  });

  it('is in step when no deal is out of step', () => {
    const j = pipelineByStage({ tallies: [], mismatchedStages: [] });
    expect(j.value).toMatchObject({ deals: 0, value: 0, mismatches: 0 });
    expect(j.reasons[0]?.met).toBe(true);
  });
});
