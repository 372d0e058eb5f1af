import type {
  accountPlans,
  commitments,
  escalations,
  executivePairings,
  planActions,
  programGoals,
  revenueSplits,
  supportRequests,
  toolkitAssets,
} from '../../db/schema/index.ts';
import { nextSequence } from './sequence.ts';

export type NewExecutivePairing = typeof executivePairings.$inferInsert;
export type NewCommitment = typeof commitments.$inferInsert;
export type NewEscalation = typeof escalations.$inferInsert;
export type NewSupportRequest = typeof supportRequests.$inferInsert;
export type NewAccountPlan = typeof accountPlans.$inferInsert;
export type NewPlanAction = typeof planActions.$inferInsert;
export type NewRevenueSplit = typeof revenueSplits.$inferInsert;
export type NewToolkitAsset = typeof toolkitAssets.$inferInsert;
export type NewProgramGoal = typeof programGoals.$inferInsert;

export function executivePairingRow(
  overrides: Partial<NewExecutivePairing> & { accountId: string; executiveId: string; since: string },
): NewExecutivePairing {
  return { cadenceDays: 92, ...overrides };
}

export function commitmentRow(overrides: Partial<NewCommitment> & { accountId: string; promisedBy: string; dueOn: string }): NewCommitment {
  return { what: 'Send the peak-season capacity plan / 提供大促运力方案', status: 'open', ...overrides };
}

export function escalationRow(overrides: Partial<NewEscalation> & { accountId: string }): NewEscalation {
  return { title: 'Late deliveries / 配送延误', rootCause: 'operations', routedDepartmentIds: [], status: 'open', ...overrides };
}

export function supportRequestRow(
  overrides: Partial<NewSupportRequest> & { accountId: string; departmentId: string; raisedBy: string; dueAt: Date },
): NewSupportRequest {
  return { need: 'Quote for a new lane / 新线路报价', status: 'open', ...overrides };
}

export function accountPlanRow(overrides: Partial<NewAccountPlan> & { accountId: string }): NewAccountPlan {
  return { goals: {}, ...overrides };
}

export function planActionRow(overrides: Partial<NewPlanAction> & { accountId: string; dueOn: string }): NewPlanAction {
  return { what: 'Quarterly business review / 季度业务回顾', ...overrides };
}

export function revenueSplitRow(overrides: NewRevenueSplit): NewRevenueSplit {
  return { ...overrides };
}

export function toolkitAssetRow(overrides: Partial<NewToolkitAsset> = {}): NewToolkitAsset {
  const n = nextSequence();
  return { kind: 'deck', title: `Company deck ${n}`, titleZh: `公司介绍${n}`, industries: [], stages: [], ...overrides };
}

export function programGoalRow(overrides: Partial<NewProgramGoal> & { year: number }): NewProgramGoal {
  return { metric: 'benchmarks_built', target: 1, actual: 0, active: true, ...overrides };
}
