import { and, count, desc, eq, isNull } from 'drizzle-orm';
import { AppError } from '../../server/errors.ts';
import type { Db, Tx } from '../client.ts';
import { accounts, notifications } from '../schema/index.ts';

// In-app notifications: what the account team must hear of (an executive visit
// planned on its account, …). Written inside the transaction of the change.

export async function notifyUsers(
  tx: Db | Tx,
  options: { userIds: readonly string[]; accountId: string | null; kind: string; payload: Record<string, unknown> },
): Promise<void> {
  const userIds = [...new Set(options.userIds)];
  if (userIds.length === 0) return;
  await tx
    .insert(notifications)
    .values(userIds.map((userId) => ({ userId, accountId: options.accountId, kind: options.kind, payload: options.payload })));
}

/** A user's notifications, newest first, with the account's name, and how many are unread. */
export async function listNotifications(db: Db, options: { userId: string; limit: number }) {
  const [items, [unread]] = await Promise.all([
    db
      .select({
        id: notifications.id,
        kind: notifications.kind,
        accountId: notifications.accountId,
        accountName: accounts.name,
        accountNameZh: accounts.nameZh,
        payload: notifications.payload,
        readAt: notifications.readAt,
        createdAt: notifications.createdAt,
      })
      .from(notifications)
      .leftJoin(accounts, eq(accounts.id, notifications.accountId))
      .where(eq(notifications.userId, options.userId))
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(options.limit),
    db
      .select({ n: count() })
      .from(notifications)
      .where(and(eq(notifications.userId, options.userId), isNull(notifications.readAt))),
  ]);
  return { items: items.map((i) => ({ ...i, payload: (i.payload ?? {}) as Record<string, unknown> })), unread: unread?.n ?? 0 };
}

/** Mark one of the user's notifications read (someone else's is not found). */
export async function markNotificationRead(db: Db, options: { userId: string; id: string; now: Date }) {
  const rows = await db
    .update(notifications)
    .set({ readAt: options.now })
    .where(and(eq(notifications.id, options.id), eq(notifications.userId, options.userId)))
    .returning({ id: notifications.id });
  if (rows.length === 0) throw new AppError('not_found', 'No such notification.');
}

export async function markAllNotificationsRead(db: Db, options: { userId: string; now: Date }) {
  await db
    .update(notifications)
    .set({ readAt: options.now })
    .where(and(eq(notifications.userId, options.userId), isNull(notifications.readAt)));
}
