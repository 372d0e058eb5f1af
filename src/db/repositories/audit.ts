import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Reason } from '../../domain/reason.ts';
import type { Db, Tx } from '../client.ts';
import { auditEvents, users } from '../schema/index.ts';

export interface AuditEntry {
  accountId: string;
  field: string;
  before: unknown;
  after: unknown;
  reason?: string | null;
  /** The rules and values that produced a computed change. */
  reasons?: Reason[] | null;
  settingsVersion?: number | null;
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
      reasons: e.reasons ?? null,
      settingsVersion: e.settingsVersion ?? null,
      actorId: e.actorId ?? null,
      ...(e.at ? { at: e.at } : {}),
    })),
  );
}

/** One account's audit history, newest first; only the given fields when `fields` is set. */
export async function accountHistory(db: Db | Tx, accountId: string, fields?: readonly string[]) {
  return db
    .select({
      id: auditEvents.id,
      field: auditEvents.field,
      before: auditEvents.before,
      after: auditEvents.after,
      reason: auditEvents.reason,
      reasons: auditEvents.reasons,
      settingsVersion: auditEvents.settingsVersion,
      actorId: auditEvents.actorId,
      actorName: users.name,
      actorNameZh: users.nameZh,
      at: auditEvents.at,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(and(eq(auditEvents.accountId, accountId), fields ? inArray(auditEvents.field, [...fields]) : undefined))
    .orderBy(desc(auditEvents.at), desc(auditEvents.id));
}
