import {
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
import { isoDay } from '../dates.ts';
import {
  accountPlanRow,
  commitmentRow,
  escalationRow,
  executivePairingRow,
  type NewAccountPlan,
  type NewCommitment,
  type NewEscalation,
  type NewExecutivePairing,
  type NewPlanAction,
  type NewProgramGoal,
  type NewRevenueSplit,
  type NewSupportRequest,
  type NewToolkitAsset,
  planActionRow,
  programGoalRow,
  revenueSplitRow,
  supportRequestRow,
  toolkitAssetRow,
} from '../rows/organisation-rows.ts';
import { makeAccount } from './accounts.ts';
import { makeDepartment, makeUser } from './company.ts';
import { type Executor, first } from './executor.ts';

async function accountIdFor(db: Executor, accountId: string | undefined): Promise<string> {
  return accountId ?? (await makeAccount(db)).id;
}

export async function makeExecutivePairing(db: Executor, overrides: Partial<NewExecutivePairing> = {}) {
  const accountId = await accountIdFor(db, overrides.accountId);
  const executiveId = overrides.executiveId ?? (await makeUser(db, { role: 'executive' })).id;
  const since = overrides.since ?? isoDay(new Date());
  return first(
    await db
      .insert(executivePairings)
      .values(executivePairingRow({ ...overrides, accountId, executiveId, since }))
      .returning(),
  );
}

export async function makeCommitment(db: Executor, overrides: Partial<NewCommitment> = {}) {
  const accountId = await accountIdFor(db, overrides.accountId);
  const promisedBy = overrides.promisedBy ?? (await makeUser(db, { role: 'executive' })).id;
  const dueOn = overrides.dueOn ?? isoDay(new Date());
  return first(
    await db
      .insert(commitments)
      .values(commitmentRow({ ...overrides, accountId, promisedBy, dueOn }))
      .returning(),
  );
}

export async function makeEscalation(db: Executor, overrides: Partial<NewEscalation> = {}) {
  const accountId = await accountIdFor(db, overrides.accountId);
  return first(
    await db
      .insert(escalations)
      .values(escalationRow({ ...overrides, accountId }))
      .returning(),
  );
}

export async function makeSupportRequest(db: Executor, overrides: Partial<NewSupportRequest> = {}) {
  const accountId = await accountIdFor(db, overrides.accountId);
  const departmentId = overrides.departmentId ?? (await makeDepartment(db, { kind: 'pricing' })).id;
  const raisedBy = overrides.raisedBy ?? (await makeUser(db)).id;
  const dueAt = overrides.dueAt ?? new Date();
  const row = supportRequestRow({ ...overrides, accountId, departmentId, raisedBy, dueAt });
  return first(await db.insert(supportRequests).values(row).returning());
}

export async function makeAccountPlan(db: Executor, overrides: Partial<NewAccountPlan> = {}) {
  const accountId = await accountIdFor(db, overrides.accountId);
  return first(
    await db
      .insert(accountPlans)
      .values(accountPlanRow({ ...overrides, accountId }))
      .returning(),
  );
}

export async function makePlanAction(db: Executor, overrides: Partial<NewPlanAction> = {}) {
  const accountId = await accountIdFor(db, overrides.accountId);
  const dueOn = overrides.dueOn ?? isoDay(new Date());
  return first(
    await db
      .insert(planActions)
      .values(planActionRow({ ...overrides, accountId, dueOn }))
      .returning(),
  );
}

export async function makeRevenueSplit(db: Executor, overrides: Partial<NewRevenueSplit> = {}) {
  const accountId = await accountIdFor(db, overrides.accountId);
  const departmentId = overrides.departmentId ?? (await makeDepartment(db)).id;
  const row = revenueSplitRow({ share: 1, ...overrides, accountId, departmentId });
  return first(await db.insert(revenueSplits).values(row).returning());
}

export async function makeToolkitAsset(db: Executor, overrides: Partial<NewToolkitAsset> = {}) {
  return first(await db.insert(toolkitAssets).values(toolkitAssetRow(overrides)).returning());
}

export async function makeProgramGoal(db: Executor, overrides: Partial<NewProgramGoal> = {}) {
  const year = overrides.year ?? new Date().getUTCFullYear();
  return first(
    await db
      .insert(programGoals)
      .values(programGoalRow({ ...overrides, year }))
      .returning(),
  );
}
