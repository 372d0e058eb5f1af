import { and, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { accounts, regions, users } from '../../db/schema/index.ts';
import { type CheckedRow, chunks, refText } from './column-spec.ts';
import type { RowError } from './row-error.ts';

/** What an import needs besides the file: where to write, whose accounts, who did it. */
export interface ImportContext {
  db: Db | Tx;
  /** Which existing accounts rows may name (the caller's account scope); none is all. */
  scope?: SQL;
  actorId: string | null;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const lower = (s: string) => s.trim().toLowerCase();

/** Look values up a few thousand at a time: one query per chunk, never one per row. */
export async function lookUp<T>(values: Iterable<string>, query: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (const chunk of chunks([...new Set(values)], 5000)) out.push(...(await query(chunk)));
  return out;
}

/** Region ids by lower-cased code. */
export async function regionIdsByCode(db: Db | Tx, codes: Iterable<string>): Promise<Map<string, string>> {
  const rows = await lookUp([...codes].map(lower), (chunk) =>
    db
      .select({ id: regions.id, code: regions.code })
      .from(regions)
      .where(inArray(sql`lower(${regions.code})`, chunk)),
  );
  return new Map(rows.map((r) => [lower(r.code), r.id]));
}

/** Users by lower-cased email, with whether they are active. */
export async function usersByEmail(db: Db | Tx, emails: Iterable<string>): Promise<Map<string, { id: string; active: boolean }>> {
  const rows = await lookUp([...emails].map(lower), (chunk) =>
    db
      .select({ id: users.id, email: users.email, active: users.active })
      .from(users)
      .where(inArray(sql`lower(${users.email})`, chunk)),
  );
  return new Map(rows.map((r) => [lower(r.email), { id: r.id, active: r.active }]));
}

/** Resolve one user column (owner_email) for every row; unknown or inactive users are row errors. */
export async function resolveUserColumn(ctx: ImportContext, rows: CheckedRow<unknown>[], column: string) {
  const found = await usersByEmail(
    ctx.db,
    rows.flatMap((r) => refText(r, column) ?? []),
  );
  const idOf = new Map<number, string>();
  const errors: RowError[] = [];
  for (const r of rows) {
    const email = refText(r, column);
    if (!email) continue;
    const user = found.get(lower(email));
    if (!user) errors.push({ row: r.row, column, message: `no user has the email ${email}` });
    else if (!user.active) errors.push({ row: r.row, column, message: `the user ${email} is deactivated` });
    else idOf.set(r.row, user.id);
  }
  return { idOf, errors };
}

/**
 * The account each row belongs to, by account_id or else by account_name (English
 * or Chinese), among the accounts the caller may see. A name two accounts share
 * is ambiguous: the row must give the id.
 */
export async function resolveAccountColumn(ctx: ImportContext, rows: CheckedRow<unknown>[]) {
  const ids = rows.flatMap((r) => refText(r, 'account_id') ?? []).filter((id) => uuidPattern.test(id));
  const names = rows.flatMap((r) => (refText(r, 'account_id') ? [] : (refText(r, 'account_name') ?? [])));
  const byId = await lookUp(
    ids.map((id) => id.toLowerCase()),
    (chunk) =>
      ctx.db
        .select({ id: accounts.id })
        .from(accounts)
        .where(and(inArray(accounts.id, chunk), ctx.scope)),
  );
  const knownIds = new Set(byId.map((r) => r.id));
  const byName = await lookUp(names.map(lower), (chunk) =>
    ctx.db
      .select({ id: accounts.id, name: accounts.name, nameZh: accounts.nameZh })
      .from(accounts)
      .where(and(or(inArray(sql`lower(${accounts.name})`, chunk), inArray(sql`lower(${accounts.nameZh})`, chunk)), ctx.scope)),
  );
  const idsByName = new Map<string, Set<string>>();
  for (const a of byName) {
    for (const name of [a.name, a.nameZh]) {
      if (!name) continue;
      const set = idsByName.get(lower(name)) ?? new Set<string>();
      set.add(a.id);
      idsByName.set(lower(name), set);
    }
  }
  const idOf = new Map<number, string>();
  const errors: RowError[] = [];
  for (const r of rows) {
    const id = refText(r, 'account_id');
    const name = refText(r, 'account_name');
    if (id) {
      if (!uuidPattern.test(id)) errors.push({ row: r.row, column: 'account_id', message: `"${id}" is not an account id` });
      else if (!knownIds.has(id.toLowerCase())) errors.push({ row: r.row, column: 'account_id', message: `no account has the id ${id}` });
      else idOf.set(r.row, id.toLowerCase());
    } else if (name) {
      const matches = [...(idsByName.get(lower(name)) ?? [])];
      if (matches.length === 0) errors.push({ row: r.row, column: 'account_name', message: `no account is named ${name}` });
      else if (matches.length > 1)
        errors.push({
          row: r.row,
          column: 'account_name',
          message: `${matches.length} accounts are named ${name}; give account_id instead`,
        });
      else idOf.set(r.row, matches[0]!);
    } else {
      errors.push({ row: r.row, column: 'account_name', message: 'required (or account_id)' });
    }
  }
  return { idOf, errors };
}
