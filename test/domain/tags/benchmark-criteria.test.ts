import { describe, expect, it } from 'vitest';
import { benchmarkCriteria } from '../../../src/domain/tags/benchmark-criteria.ts';
import { tagSettingsSchema } from '../../../src/domain/tags/settings.ts';

const high = { influence: 4, satisfaction: 4, cooperation: 4 };

describe('benchmarkCriteria', () => {
  for (const score of ['influence', 'satisfaction', 'cooperation'] as const) {
    it(`needs ${score} at the bar of 4: 3.9 fails, 4 and 4.1 pass`, () => {
      expect(benchmarkCriteria({ scores: { ...high, [score]: 3.9 } }).value).toBe(false);
      expect(benchmarkCriteria({ scores: { ...high, [score]: 4 } }).value).toBe(true);
      expect(benchmarkCriteria({ scores: { ...high, [score]: 4.1 } }).value).toBe(true);
    });

    it(`fails when ${score} has not been scored`, () => {
      const j = benchmarkCriteria({ scores: { ...high, [score]: null } });
      expect(j.value).toBe(false);
      expect(j.reasons.find((r) => r.rule === `benchmark_${score}`)).toMatchObject({ met: false, input: null, threshold: 4 });
    });
  }

  it('names each of the three as a reason with input and threshold', () => {
    const j = benchmarkCriteria({ scores: { influence: 5, satisfaction: 3, cooperation: 4 } });
    expect(j.reasons.map((r) => [r.rule, r.met, r.input, r.threshold, r.key])).toEqual([
      ['benchmark_influence', true, 5, 4, 'reasons.benchmark_influence'],
      ['benchmark_satisfaction', false, 3, 4, 'reasons.benchmark_satisfaction'],
      ['benchmark_cooperation', true, 4, 4, 'reasons.benchmark_cooperation'],
    ]);
  });

  it('shows sales contribution as context that never counts', () => {
    const j = benchmarkCriteria({ scores: { influence: 1, satisfaction: 1, cooperation: 1 }, salesContribution: 0.9 });
    expect(j.value).toBe(false);
    expect(j.reasons.find((r) => r.rule === 'benchmark_sales_not_a_criterion')).toMatchObject({ met: false, input: 0.9 });
  });

  it('follows the company bars', () => {
    const settings = tagSettingsSchema.parse({ benchmark: { minSatisfaction: 5 } }).benchmark;
    expect(benchmarkCriteria({ scores: high, settings }).value).toBe(false);
    expect(benchmarkCriteria({ scores: { ...high, satisfaction: 5 }, settings }).value).toBe(true);
  });
});
