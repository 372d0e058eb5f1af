import { type SQL, and, asc, count, desc, eq, gte, ilike, lt, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { AppError } from '../../server/errors.ts';
import type { AccountFields, ListAccountsQuery, UpdateAccountBody } from '../../server/routes/accounts.schema.ts';
import type { Db } from '../client.ts';
import { accountEvaluations, accounts, financialPeriods, regions, users } from '../schema/index.ts';
import { recordAudit } from './audit.ts';

/** The trailing twelve complete months before `now`, as [from, to) month keys. */
export function trailingYear(now: Date): { from: string; to: string } {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth();
  const key = (year: number, month: number) => {
    const d = new Date(Date.UTC(year, month, 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-01`;
  };
  return { from: key(y, m - 12), to: key(y, m) };
}

interface Cursor {
  v: string | number | null;
  id: string;
}
const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString('base64url');
function decodeCursor(raw: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(raw, 'base64url').toString()) as Cursor;
    if (typeof c.id !== 'string') throw new Error();
    return c;
  } catch {
    throw new AppError('validation.failed', 'The cursor is not one this API gave out.', { field: 'cursor' });
  }
}

const owner = alias(users, 'owner');

/** Accounts in the caller's scope, filtered, searched, sorted and paged by cursor. */
export async function listAccounts(db: Db, opts: { scope: SQL | undefined; query: ListAccountsQuery; now: Date }) {
  const { query } = opts;
  const { from, to } = trailingYear(opts.now);
  const rev = db
    .select({
      accountId: financialPeriods.accountId,
      revenue12m: sql<number>`sum(${financialPeriods.revenue})`.as('revenue12m'),
    })
    .from(financialPeriods)
    .where(and(gte(financialPeriods.month, from), lt(financialPeriods.month, to)))
    .groupBy(financialPeriods.accountId)
    .as('rev');

  const revenue = sql<number>`coalesce(${rev.revenue12m}, 0)`;
  const sortKey = query.sort.replace('-', '') as 'name' | 'revenue' | 'updated';
  const descending = query.sort.startsWith('-');
  const sortExpr = { name: sql`lower(${accounts.name})`, revenue, updated: accounts.updatedAt }[sortKey];
  const castCursor = { name: (v: unknown) => sql`${v}::text`, revenue: (v: unknown) => sql`${v}::numeric`, updated: (v: unknown) => sql`${v}::timestamptz` }[sortKey];

  const filters: (SQL | undefined)[] = [
    opts.scope,
    query.region ? eq(accounts.regionId, query.region) : undefined,
    query.industry ? eq(accounts.industry, query.industry) : undefined,
    query.owner ? eq(accounts.ownerId, query.owner) : undefined,
    query.status ? eq(accounts.status, query.status) : undefined,
    query.tier ? eq(accountEvaluations.tier, query.tier) : undefined,
    query.tag ? eq(accountEvaluations.tag, query.tag) : undefined,
    query.q
      ? or(ilike(accounts.name, `%${query.q}%`), ilike(accounts.nameZh, `%${query.q}%`), ilike(accounts.city, `%${query.q}%`))
      : undefined,
  ];
  const where = and(...filters);
  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  const after = cursor
    ? descending
      ? sql`(${sortExpr}, ${accounts.id}) < (${castCursor(cursor.v)}, ${cursor.id}::uuid)`
      : sql`(${sortExpr}, ${accounts.id}) > (${castCursor(cursor.v)}, ${cursor.id}::uuid)`
    : undefined;

  const base = () =>
    db
      .select({
        id: accounts.id,
        name: accounts.name,
        nameZh: accounts.nameZh,
        industry: accounts.industry,
        regionId: accounts.regionId,
        regionName: regions.nameEn,
        regionNameZh: regions.nameZh,
        province: accounts.province,
        city: accounts.city,
        ownerId: accounts.ownerId,
        ownerName: owner.name,
        ownerNameZh: owner.nameZh,
        status: accounts.status,
        revenue12m: revenue.mapWith(Number),
        tier: accountEvaluations.tier,
        tag: accountEvaluations.tag,
        paymentTrap: accountEvaluations.paymentTrap,
        updatedAt: accounts.updatedAt,
        version: accounts.version,
        sortValue: sql<string | number | null>`${sortExpr}`,
      })
      .from(accounts)
      .leftJoin(rev, eq(rev.accountId, accounts.id))
      .leftJoin(owner, eq(owner.id, accounts.ownerId))
      .leftJoin(regions, eq(regions.id, accounts.regionId))
      .leftJoin(accountEvaluations, eq(accountEvaluations.accountId, accounts.id));

  const order = descending ? [desc(sortExpr), desc(accounts.id)] : [asc(sortExpr), asc(accounts.id)];
  const rows = await base()
    .where(and(where, after))
    .orderBy(...order)
    .limit(query.limit + 1);
  const [{ total } = { total: 0 }] = await db
    .select({ total: count() })
    .from(accounts)
    .leftJoin(accountEvaluations, eq(accountEvaluations.accountId, accounts.id))
    .where(where);

  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > query.limit && last
      ? encodeCursor({ v: (last.sortValue as unknown) instanceof Date ? (last.sortValue as unknown as Date).toISOString() : (last.sortValue as string | number | null), id: last.id })
      : null;
  return { items: page.map(({ sortValue: _, ...item }) => item), nextCursor, total: Number(total) };
}

/** One account in the caller's scope, with its owner and region. */
export async function getAccount(db: Db, opts: { scope: SQL | undefined; id: string }) {
  const [row] = await db
    .select({ account: accounts, owner: { id: owner.id, name: owner.name, nameZh: owner.nameZh }, region: { id: regions.id, nameEn: regions.nameEn, nameZh: regions.nameZh } })
    .from(accounts)
    .leftJoin(owner, eq(owner.id, accounts.ownerId))
    .leftJoin(regions, eq(regions.id, accounts.regionId))
    .where(and(eq(accounts.id, opts.id), opts.scope));
  if (!row) throw new AppError('account.not_found', 'No such account.');
  return { ...row.account, owner: row.owner?.id ? row.owner : null, region: row.region?.id ? row.region : null };
}

export async function createAccount(db: Db, opts: { input: AccountFields; actorId: string | null; reason?: string }) {
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(accounts).values(opts.input).returning();
    const account = row!;
    await recordAudit(tx, [
      { accountId: account.id, field: 'created', before: null, after: account.name, actorId: opts.actorId, reason: opts.reason },
      { accountId: account.id, field: 'owner', before: null, after: account.ownerId, actorId: opts.actorId, reason: opts.reason },
    ]);
    return account;
  });
}

/** Fields whose changes are audited on the account itself. */
const auditedFields = ['ownerId', 'status', 'regionId'] as const;
const auditName: Record<(typeof auditedFields)[number], string> = { ownerId: 'owner', status: 'status', regionId: 'region' };

/** Update with optimistic concurrency: a stale version is a 409, never a silent overwrite. */
export async function updateAccount(db: Db, opts: { scope: SQL | undefined; id: string; patch: UpdateAccountBody; actorId: string | null }) {
  const { version, reason, ...changes } = opts.patch;
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(accounts)
      .where(and(eq(accounts.id, opts.id), opts.scope))
      .for('update');
    if (!current) throw new AppError('account.not_found', 'No such account.');
    if (current.version !== version) {
      throw new AppError('conflict.stale_version', `The account was changed by someone else (version ${current.version}, you had ${version}). Reload and try again.`, {
        field: 'version',
      });
    }
    const [row] = await tx
      .update(accounts)
      .set({ ...changes, version: current.version + 1, updatedAt: new Date() })
      .where(eq(accounts.id, opts.id))
      .returning();
    await recordAudit(
      tx,
      auditedFields
        .filter((f) => f in changes)
        .map((f) => ({ accountId: opts.id, field: auditName[f], before: current[f], after: row![f], actorId: opts.actorId, reason })),
    );
    return row!;
  });
}
