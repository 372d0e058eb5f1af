import { and, inArray } from 'drizzle-orm';
import { activities, activityParticipants } from '../../db/schema/index.ts';
import { activityBody } from '../../server/routes/account-records.schema.ts';
import { accountColumns, accountRequired } from './account-columns.ts';
import { resolveParticipants } from './activity-participants.ts';
import { chunks, validRows } from './column-spec.ts';
import { definePlan, type ImportWrite, insertBatchSize } from './plan.ts';
import { lower, resolveAccountColumn } from './references.ts';
import type { RowError } from './row-error.ts';

const identity = (accountId: string, a: { kind: string; occurredAt: Date; subject: string }) =>
  `${accountId}\u0000${a.kind}\u0000${a.occurredAt.toISOString()}\u0000${lower(a.subject)}`;

/**
 * Visits, calls, meetings and emails with who took part. The same activity (account,
 * kind, time, subject) is never recorded twice: visit density would count it twice.
 */
export const activitiesImport = definePlan({
  columns: [
    ...accountColumns,
    { column: 'kind', field: 'kind', type: 'text' },
    { column: 'occurred_at', field: 'occurredAt', type: 'text' },
    { column: 'subject', field: 'subject', type: 'text' },
    { column: 'notes', field: 'notes', type: 'text' },
    { column: 'executive_level', field: 'executiveLevel', type: 'boolean' },
    { column: 'customer_invested', field: 'customerInvested', type: 'boolean' },
    { column: 'objective', field: 'objective', type: 'text' },
    { column: 'agenda', field: 'agenda', type: 'text' },
    { column: 'team_notified_at', field: 'teamNotifiedAt', type: 'text' },
    { column: 'our_emails', type: 'list' },
    { column: 'contact_names', type: 'list' },
  ],
  required: [accountRequired, ['kind'], ['occurred_at'], ['subject']],
  schema: activityBody.omit({ ourUserIds: true, contactIds: true, dealId: true }),

  async resolve(ctx, rows) {
    const account = await resolveAccountColumn(ctx, rows);
    const people = await resolveParticipants(ctx, rows, account.idOf);
    const errors: RowError[] = [...account.errors, ...people.errors];

    const valid = validRows(rows).filter((r) => account.idOf.has(r.row));
    const firstRowOf = new Map<string, number>();
    for (const r of valid) {
      const key = identity(account.idOf.get(r.row)!, r.input);
      const earlier = firstRowOf.get(key);
      if (earlier) errors.push({ row: r.row, column: 'subject', message: `row ${earlier} already records this activity` });
      else firstRowOf.set(key, r.row);
    }
    for (const batch of chunks(valid, 2000)) {
      const existing = await ctx.db
        .select({ accountId: activities.accountId, kind: activities.kind, occurredAt: activities.occurredAt, subject: activities.subject })
        .from(activities)
        .where(
          and(
            inArray(activities.accountId, [...new Set(batch.map((r) => account.idOf.get(r.row)!))]),
            inArray(
              activities.occurredAt,
              batch.map((r) => r.input.occurredAt),
            ),
          ),
        );
      for (const a of existing) {
        const row = firstRowOf.get(identity(a.accountId, a));
        if (row) errors.push({ row, column: 'subject', message: 'this activity is already recorded' });
      }
    }

    const write: ImportWrite = async (tx, onBatch) => {
      let written = 0;
      for (const batch of chunks(valid, insertBatchSize)) {
        const values = batch.map((r) => ({
          ...r.input,
          id: crypto.randomUUID(),
          accountId: account.idOf.get(r.row)!,
          createdBy: ctx.actorId,
        }));
        await tx.insert(activities).values(values);
        const participants = batch.flatMap((r, i) => {
          const { id: activityId, accountId } = values[i]!;
          return [
            ...(people.userIds.get(r.row) ?? []).map((userId) => ({ accountId, activityId, side: 'ours', userId })),
            ...(people.contactIds.get(r.row) ?? []).map((contactId) => ({ accountId, activityId, side: 'theirs', contactId })),
          ];
        });
        for (const part of chunks(participants, insertBatchSize * 4)) await tx.insert(activityParticipants).values(part);
        written += batch.length;
        onBatch(written);
      }
      return written;
    };
    return { errors, write };
  },
});
