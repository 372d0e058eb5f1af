import { and, asc, desc, eq, inArray, ne, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { AppError } from '../../server/errors.ts';
import type { CreateDealBody, UpdateDealBody } from '../../server/routes/deals.schema.ts';
import type { Db, Tx } from '../client.ts';
import { accounts, dealSignals, deals, dealTeamMembers, onboardingIssues, users } from '../schema/index.ts';

// Deals of the accounts in a user's scope (SPEC §4). Callers check the account is in
// scope before touching one account's deals; every query still names account_id
// (the distribution key).

const owner = alias(users, 'deal_owner');

const dealColumns = {
  deal: deals,
  accountName: accounts.name,
  accountNameZh: accounts.nameZh,
  industry: accounts.industry,
  ownerName: owner.name,
  ownerNameZh: owner.nameZh,
};

type Joined = {
  deal: typeof deals.$inferSelect;
  accountName: string;
  accountNameZh: string | null;
  industry: string;
  ownerName: string | null;
  ownerNameZh: string | null;
};
const flatten = ({ deal, ...rest }: Joined) => ({ ...deal, ...rest });
export type StoredDeal = ReturnType<typeof flatten>;

export interface DealListFilters {
  /** The caller's account scope (src/server/auth/scope.ts); undefined sees every account. */
  scope: SQL | undefined;
  accountId?: string;
  kind?: string;
  ownerId?: string;
  includeLost: boolean;
  limit: number;
}

/** Deals in scope, newest stage move first. */
export async function listDeals(db: Db, filters: DealListFilters): Promise<StoredDeal[]> {
  const rows = await db
    .select(dealColumns)
    .from(deals)
    .innerJoin(accounts, eq(accounts.id, deals.accountId))
    .leftJoin(owner, eq(owner.id, deals.ownerId))
    .where(
      and(
        filters.scope,
        filters.accountId ? eq(deals.accountId, filters.accountId) : undefined,
        filters.kind ? eq(deals.kind, filters.kind) : undefined,
        filters.ownerId ? eq(deals.ownerId, filters.ownerId) : undefined,
        filters.includeLost ? undefined : ne(deals.outcome, 'lost'),
      ),
    )
    .orderBy(desc(deals.stageChangedAt), asc(deals.id))
    .limit(filters.limit);
  return rows.map(flatten);
}

/** One deal of an account, or a 404. */
export async function getDeal(db: Db | Tx, accountId: string, dealId: string): Promise<StoredDeal> {
  const [row] = await db
    .select(dealColumns)
    .from(deals)
    .innerJoin(accounts, eq(accounts.id, deals.accountId))
    .leftJoin(owner, eq(owner.id, deals.ownerId))
    .where(and(eq(deals.accountId, accountId), eq(deals.id, dealId)));
  if (!row) throw new AppError('not_found', 'No such deal on this account.');
  return flatten(row);
}

/** What the judgements of many deals are computed from: signals, team roles, onboarding issues. */
export async function loadDealEvidence(db: Db, refs: { accountId: string; id: string }[]) {
  if (refs.length === 0) return { signals: [], team: [], issues: [] };
  const accountIds = [...new Set(refs.map((r) => r.accountId))];
  const dealIds = refs.map((r) => r.id);
  const [signals, team, issues] = await Promise.all([
    db
      .select({
        dealId: dealSignals.dealId,
        signal: dealSignals.signal,
        observedAt: dealSignals.observedAt,
        retractedAt: dealSignals.retractedAt,
      })
      .from(dealSignals)
      .where(and(inArray(dealSignals.accountId, accountIds), inArray(dealSignals.dealId, dealIds))),
    db
      .select({ dealId: dealTeamMembers.dealId, role: dealTeamMembers.role })
      .from(dealTeamMembers)
      .where(and(inArray(dealTeamMembers.accountId, accountIds), inArray(dealTeamMembers.dealId, dealIds))),
    db
      .select({ dealId: onboardingIssues.dealId, id: onboardingIssues.id, title: onboardingIssues.title, dueOn: onboardingIssues.dueOn, status: onboardingIssues.status })
      .from(onboardingIssues)
      .where(and(inArray(onboardingIssues.accountId, accountIds), inArray(onboardingIssues.dealId, dealIds))),
  ]);
  return { signals, team, issues };
}
export type DealEvidence = Awaited<ReturnType<typeof loadDealEvidence>>;

async function requireUserExists(db: Db | Tx, userId: string | null | undefined, field: string) {
  if (!userId) return;
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.id, userId));
  if (!user) throw new AppError('validation.failed', 'No such user.', { field });
}

export async function createDeal(db: Db, accountId: string, input: CreateDealBody & { stage: string }) {
  await requireUserExists(db, input.ownerId, 'ownerId');
  const [row] = await db
    .insert(deals)
    .values({ ...input, accountId })
    .returning({ id: deals.id });
  return row!.id;
}

/** Update with optimistic concurrency: a stale version is a 409, never a silent overwrite. */
export async function updateDeal(
  db: Db,
  opts: { accountId: string; dealId: string; patch: Omit<UpdateDealBody, 'version'> & { stage?: string }; version: number; now: Date },
) {
  const { accountId, dealId, patch, version, now } = opts;
  await requireUserExists(db, patch.ownerId, 'ownerId');
  await db.transaction(async (tx) => {
    const [current] = await tx
      .select({ version: deals.version, stage: deals.stage })
      .from(deals)
      .where(and(eq(deals.accountId, accountId), eq(deals.id, dealId)))
      .for('update');
    if (!current) throw new AppError('not_found', 'No such deal on this account.');
    if (current.version !== version) {
      throw new AppError(
        'conflict.stale_version',
        `The deal was changed by someone else (version ${current.version}, you had ${version}). Reload and try again.`,
        { field: 'version' },
      );
    }
    const moved = patch.stage !== undefined && patch.stage !== current.stage ? { stageChangedAt: now } : {};
    await tx
      .update(deals)
      .set({ ...patch, ...moved, version: version + 1, updatedAt: now })
      .where(and(eq(deals.accountId, accountId), eq(deals.id, dealId)));
  });
}
