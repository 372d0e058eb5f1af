import type { dealActions, dealProofs, dealSignals, deals, dealTeamMembers, onboardingIssues, proofAssets } from '../../db/schema/index.ts';
import { checkSalesAction } from '../../domain/deals/check-sales-action.ts';
import { DEFAULT_SALES_ACTIONS } from '../../domain/deals/default-actions.ts';
import { nextSequence } from './sequence.ts';

export type NewDeal = typeof deals.$inferInsert;
export type NewDealTeamMember = typeof dealTeamMembers.$inferInsert;
export type NewDealSignal = typeof dealSignals.$inferInsert;
export type NewDealAction = typeof dealActions.$inferInsert;
export type NewProofAsset = typeof proofAssets.$inferInsert;
export type NewDealProof = typeof dealProofs.$inferInsert;
export type NewOnboardingIssue = typeof onboardingIssues.$inferInsert;

export function dealRow(overrides: Partial<NewDeal> & { accountId: string }): NewDeal {
  const n = nextSequence();
  return { name: `Deal ${n}`, nameZh: `商机${n}`, kind: 'standard', stage: 'lead', outcome: 'open', ...overrides };
}

export function dealTeamMemberRow(
  overrides: Partial<NewDealTeamMember> & { accountId: string; dealId: string; userId: string },
): NewDealTeamMember {
  return { role: 'sales', ...overrides };
}

export function dealSignalRow(overrides: Partial<NewDealSignal> & { accountId: string; dealId: string }): NewDealSignal {
  return { signal: 'complained_about_current_provider', observedAt: new Date(), ...overrides };
}

/**
 * A logged sales action; `check` keeps the verdict given at the time, in the shape the
 * deal routes store. By default nothing was known of the customer's stage, so it was not checked.
 */
export function dealActionRow(overrides: Partial<NewDealAction> & { accountId: string; dealId: string }): NewDealAction {
  const action = overrides.action ?? 'discovery_call';
  const check = { ...checkSalesAction({ action, buyingStage: null, catalogue: DEFAULT_SALES_ACTIONS }), buyingStage: null, confidence: 0 };
  return { action, occurredAt: new Date(), check, ...overrides };
}

export function proofAssetRow(overrides: Partial<NewProofAsset> = {}): NewProofAsset {
  const n = nextSequence();
  return { kind: 'reference', title: `Customer reference ${n}`, titleZh: `客户推荐${n}`, industries: [], serviceLines: [], ...overrides };
}

export function dealProofRow(overrides: NewDealProof): NewDealProof {
  return { ...overrides };
}

export function onboardingIssueRow(
  overrides: Partial<NewOnboardingIssue> & { accountId: string; dealId: string; dueOn: string },
): NewOnboardingIssue {
  return { title: 'Onboarding issue / 磨合期问题', status: 'open', ...overrides };
}
