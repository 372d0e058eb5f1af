import { dealActions, dealProofs, dealSignals, deals, dealTeamMembers, onboardingIssues, proofAssets } from '../../db/schema/index.ts';
import { isoDay } from '../dates.ts';
import {
  dealActionRow,
  dealRow,
  dealSignalRow,
  dealTeamMemberRow,
  type NewDeal,
  type NewDealAction,
  type NewDealSignal,
  type NewDealTeamMember,
  type NewOnboardingIssue,
  type NewProofAsset,
  onboardingIssueRow,
  proofAssetRow,
} from '../rows/deal-rows.ts';
import { makeAccount } from './accounts.ts';
import { makeUser } from './company.ts';
import { type Executor, first } from './executor.ts';

type OnDeal<T> = Partial<T> & { accountId?: string; dealId?: string };

export async function makeDeal(db: Executor, overrides: Partial<NewDeal> = {}) {
  const accountId = overrides.accountId ?? (await makeAccount(db)).id;
  return first(
    await db
      .insert(deals)
      .values(dealRow({ ...overrides, accountId }))
      .returning(),
  );
}

/** The deal the overrides name (with its account), or a fresh deal. */
async function dealFor(db: Executor, overrides: { accountId?: string; dealId?: string }) {
  if (overrides.dealId && overrides.accountId) return { accountId: overrides.accountId, dealId: overrides.dealId };
  const deal = await makeDeal(db, overrides.accountId ? { accountId: overrides.accountId } : {});
  return { accountId: deal.accountId, dealId: deal.id };
}

export async function makeDealTeamMember(db: Executor, overrides: OnDeal<NewDealTeamMember> = {}) {
  const ref = await dealFor(db, overrides);
  const userId = overrides.userId ?? (await makeUser(db)).id;
  return first(
    await db
      .insert(dealTeamMembers)
      .values(dealTeamMemberRow({ ...overrides, ...ref, userId }))
      .returning(),
  );
}

export async function makeDealSignal(db: Executor, overrides: OnDeal<NewDealSignal> = {}) {
  const ref = await dealFor(db, overrides);
  return first(
    await db
      .insert(dealSignals)
      .values(dealSignalRow({ ...overrides, ...ref }))
      .returning(),
  );
}

export async function makeDealAction(db: Executor, overrides: OnDeal<NewDealAction> = {}) {
  const ref = await dealFor(db, overrides);
  return first(
    await db
      .insert(dealActions)
      .values(dealActionRow({ ...overrides, ...ref }))
      .returning(),
  );
}

export async function makeProofAsset(db: Executor, overrides: Partial<NewProofAsset> = {}) {
  return first(await db.insert(proofAssets).values(proofAssetRow(overrides)).returning());
}

/** Attach a proof from the library to a deal. */
export async function attachProof(db: Executor, link: { accountId: string; dealId: string; proofAssetId: string; attachedAt?: Date }) {
  return first(await db.insert(dealProofs).values(link).returning());
}

export async function makeOnboardingIssue(db: Executor, overrides: OnDeal<NewOnboardingIssue> = {}) {
  const ref = await dealFor(db, overrides);
  const dueOn = overrides.dueOn ?? isoDay(new Date());
  return first(
    await db
      .insert(onboardingIssues)
      .values(onboardingIssueRow({ ...overrides, ...ref, dueOn }))
      .returning(),
  );
}
