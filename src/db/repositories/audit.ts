import { desc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../client.ts';
import { auditEvents, users } from '../schema/index.ts';

export interface AuditEntry {
  accountId: string;
  field: string;
  before: unknown;
  after: unknown;
  reason?: string | null;
  actorId?: string | null;
  at?: Date;
}

/** Keep who changed what, when, from what to what and why. Call inside the write's transaction. */
export async function recordAudit(tx: Db | Tx, entries: AuditEntry | AuditEntry[]): Promise<void> {
  const list = (Array.isArray(entries) ? entries : [entries]).filter((e) => JSON.stringify(e.before) !== JSON.stringify(e.after));
  if (list.length === 0) return;
  await tx.insert(auditEvents).values(
    list.map((e) => ({
      accountId: e.accountId,
      field: e.field,
      before: e.before ?? null,
      after: e.after ?? null,
      reason: e.reason ?? null,
      actorId: e.actorId ?? null,
      ...(e.at ? { at: e.at } : {}),
    })),
  );
}

export async function accountHistory(db: Db, accountId: string) {
  return db
    .select({
      id: auditEvents.id,
      field: auditEvents.field,
      before: auditEvents.before,
      after: auditEvents.after,
      reason: auditEvents.reason,
      actorId: auditEvents.actorId,
      actorName: users.name,
      actorNameZh: users.nameZh,
      at: auditEvents.at,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(eq(auditEvents.accountId, accountId))
    .orderBy(desc(auditEvents.at));
}
