import { type Judgement, reason } from '../reason.ts';

/**
 * Pool size guard (战略客户池): every strategic account needs large resources, so
 * more of them than the company's maximum is a warning. Reaching it exactly is not.
 */
export function poolSizeWarning(options: { strategicCount: number; max: number }): Judgement<boolean> {
  const { strategicCount, max } = options;
  const exceeded = strategicCount > max;
  return {
    value: exceeded,
    reasons: [reason('pool.size', exceeded, { input: strategicCount, threshold: max, params: { excess: Math.max(0, strategicCount - max) } })],
  };
}
