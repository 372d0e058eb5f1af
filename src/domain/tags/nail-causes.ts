import { type Judgement, type Reason, reason } from '../reason.ts';

/** 原因区分: why a nail will not move. */
export const NAIL_CAUSES = ['trust', 'competitor', 'internal_legacy'] as const;
export type NailCause = (typeof NAIL_CAUSES)[number];

export const NAIL_ACTIONS = [
  'diagnose_cause',
  'resolve_legacy_issue_first',
  'find_who_offended_them',
  'assign_new_contact_person',
  'site_visit_to_our_operation',
  'precise_presentation',
  'show_benchmark_cases',
  'competitor_comparison',
  'request_policy_support',
] as const;
export type NailAction = (typeof NAIL_ACTIONS)[number];

// Seed 004: show them our operation and explain us precisely when they do not trust
// us; show what the competitor's offer will cost them when it looks better; and
// nothing restarts until a legacy problem is settled.
export const NAIL_COUNTER_ACTIONS: Record<NailCause, readonly NailAction[]> = {
  internal_legacy: ['resolve_legacy_issue_first', 'find_who_offended_them', 'assign_new_contact_person'],
  trust: ['site_visit_to_our_operation', 'precise_presentation', 'show_benchmark_cases'],
  competitor: ['competitor_comparison', 'precise_presentation', 'request_policy_support'],
};

// Legacy first: nothing else is heard until it is settled.
const CAUSE_ORDER: readonly NailCause[] = ['internal_legacy', 'trust', 'competitor'];

/**
 * The counter-actions for a nail's recorded causes. A legacy problem goes first,
 * because only once it is resolved can cooperation restart (只有将历史遗留问题解决掉).
 */
export function nailCounterActions(options: { causes: readonly NailCause[] }): Judgement<NailAction[]> {
  const causes = CAUSE_ORDER.filter((c) => options.causes.includes(c));
  const reasons: Reason[] = [reason('nail_cause', causes.length > 0, { input: causes, threshold: 1 })];
  if (causes.length === 0) return { value: ['diagnose_cause'], reasons };
  const actions = [...new Set(causes.flatMap((c) => NAIL_COUNTER_ACTIONS[c]))];
  return { value: actions, reasons };
}
