import { type Judgement, reason } from '../reason.ts';
import type { NailDecision } from './nail-value.ts';

/** 组合攻关: who goes next when the one before could not pull the nail. */
export const ESCALATION_STEPS = ['rep', 'supervisor', 'regional_manager'] as const;
export type EscalationStep = (typeof ESCALATION_STEPS)[number];

/**
 * The next person to send to a nail under attack: rep → supervisor → regional
 * manager, each bringing back-office support and room to ask for policy. When even
 * the regional manager has tried, the value must be weighed again.
 */
export function nextEscalationStep(options: {
  decision: NailDecision;
  /** The highest step that has already tried without success; null when nobody has yet. */
  current: EscalationStep | null;
}): Judgement<EscalationStep | null> {
  const { decision, current } = options;
  if (decision !== 'attack') {
    return { value: null, reasons: [reason('nail_escalation_needs_attack', false, { input: decision, threshold: 'attack' })] };
  }
  const next = ESCALATION_STEPS[current === null ? 0 : ESCALATION_STEPS.indexOf(current) + 1] ?? null;
  if (next === null) {
    return { value: null, reasons: [reason('nail_escalation_exhausted', false, { input: current, threshold: 'regional_manager' })] };
  }
  return {
    value: next,
    reasons: [reason('nail_escalation', true, { input: next, params: { after: current, backOfficeSupport: next !== 'rep' } })],
  };
}
