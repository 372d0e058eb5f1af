import { type Judgement, type Reason, reason } from '../reason.ts';
import type { DepartmentKind } from './vocabulary.ts';

/** Why a strategic account's business went wrong; required before anyone is blamed. */
export const ROOT_CAUSES = ['internal_collaboration', 'operations', 'sales', 'customer_side', 'external'] as const;
export type RootCause = (typeof ROOT_CAUSES)[number];

/** Who an escalation goes to: departments, or the account's own team. */
export type EscalationTarget = DepartmentKind | 'account_team';

export interface Escalation {
  accountId: string;
  rootCause?: RootCause | null;
  /** Departments whose hand-offs failed; needed for internal-collaboration causes. */
  departmentsInvolved?: readonly DepartmentKind[];
}

export type EscalationError = 'root_cause_missing' | 'departments_missing';

export interface EscalationRoute {
  valid: boolean;
  routeTo: EscalationTarget[];
  error: EscalationError | null;
}

// Where each cause lands when no department is named. Internal collaboration has no
// fixed owner: it goes to whichever departments failed to work together.
const DEFAULT_TARGETS: Record<Exclude<RootCause, 'internal_collaboration'>, EscalationTarget[]> = {
  operations: ['operations'],
  sales: ['sales'],
  customer_side: ['account_team'],
  external: ['account_team', 'operations'],
};

/**
 * 拍桌子 guard rail: an escalation must name its root cause; internal-collaboration
 * causes go to the departments involved and never land on the sales team alone.
 */
export function routeEscalation(options: { escalation: Escalation }): Judgement<EscalationRoute> {
  const { rootCause, departmentsInvolved = [] } = options.escalation;
  const reasons: Reason[] = [];

  if (!rootCause) {
    reasons.push(reason('escalation_root_cause', false, { input: rootCause ?? null, threshold: 'required' }));
    return { value: { valid: false, routeTo: [], error: 'root_cause_missing' }, reasons };
  }
  reasons.push(reason('escalation_root_cause', true, { input: rootCause, threshold: 'required' }));

  if (rootCause === 'internal_collaboration') {
    // The method's point: a collaboration failure is not the sales team's fault to absorb.
    const routeTo = [...new Set(departmentsInvolved)].filter((d) => d !== 'sales');
    const salesExcluded = departmentsInvolved.includes('sales');
    if (salesExcluded) reasons.push(reason('escalation_not_to_sales', true, { input: 'sales' }));
    if (routeTo.length === 0) {
      reasons.push(
        reason('escalation_departments_involved', false, { input: departmentsInvolved.length, threshold: 1 }),
      );
      return { value: { valid: false, routeTo: [], error: 'departments_missing' }, reasons };
    }
    reasons.push(reason('escalation_routed_to_departments', true, { input: routeTo, params: { rootCause } }));
    return { value: { valid: true, routeTo, error: null }, reasons };
  }

  const routeTo = [...new Set<EscalationTarget>([...DEFAULT_TARGETS[rootCause], ...departmentsInvolved])];
  reasons.push(reason('escalation_routed_by_cause', true, { input: routeTo, params: { rootCause } }));
  return { value: { valid: true, routeTo, error: null }, reasons };
}
