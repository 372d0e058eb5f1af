import { type Judgement, type Reason, reason } from '../reason.ts';
import { type BenchmarkSettings, defaultTagSettings } from './settings.ts';
import type { TagScores } from './tag-input.ts';

const SCORES = [
  ['influence', 'minInfluence', 'benchmark_influence'],
  ['satisfaction', 'minSatisfaction', 'benchmark_satisfaction'],
  ['cooperation', 'minCooperation', 'benchmark_cooperation'],
] as const;

/**
 * A benchmark (标杆客户) needs high influence, satisfaction and cooperation, all three
 * (三个缺一不可). Sales contribution is shown but can never qualify an account on its own.
 */
export function benchmarkCriteria(options: {
  scores: TagScores;
  salesContribution?: number | null;
  settings?: BenchmarkSettings;
}): Judgement<boolean> {
  const settings = options.settings ?? defaultTagSettings.benchmark;
  const reasons: Reason[] = [];
  let all = true;
  for (const [score, setting, rule] of SCORES) {
    const input = options.scores[score];
    const met = input !== null && input >= settings[setting];
    all &&= met;
    reasons.push(reason(rule, met, { input, threshold: settings[setting] }));
  }
  if (options.salesContribution !== undefined && options.salesContribution !== null) {
    // Said out loud because A/B/C habits rank by sales: here it is context only.
    reasons.push(reason('benchmark_sales_not_a_criterion', false, { input: options.salesContribution }));
  }
  return { value: all, reasons };
}
