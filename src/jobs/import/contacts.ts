import { and, inArray, sql } from 'drizzle-orm';
import { contacts } from '../../db/schema/index.ts';
import { contactBody } from '../../server/routes/account-records.schema.ts';
import { accountColumns, accountRequired } from './account-columns.ts';
import { chunks, validRows } from './column-spec.ts';
import { definePlan, type ImportWrite, insertBatchSize } from './plan.ts';
import { lower, resolveAccountColumn, resolveUserColumn } from './references.ts';
import type { RowError } from './row-error.ts';

/** People inside the customer (SPEC §5). A name is unique within its account: activities name contacts. */
export const contactsImport = definePlan({
  columns: [
    ...accountColumns,
    { column: 'name', field: 'name', type: 'text' },
    { column: 'name_zh', field: 'nameZh', type: 'text' },
    { column: 'department', field: 'department', type: 'text' },
    { column: 'title', field: 'title', type: 'text' },
    { column: 'title_zh', field: 'titleZh', type: 'text' },
    { column: 'rank', field: 'rank', type: 'integer' },
    { column: 'influence', field: 'influence', type: 'integer' },
    { column: 'buying_role', field: 'buyingRole', type: 'text' },
    { column: 'attitude', field: 'attitude', type: 'text' },
    { column: 'relationship_strength', field: 'relationshipStrength', type: 'integer' },
    { column: 'owner_email', type: 'text' },
    { column: 'is_main_contact', field: 'isMainContact', type: 'boolean' },
    { column: 'email', field: 'email', type: 'text' },
    { column: 'phone', field: 'phone', type: 'text' },
    { column: 'left_at', field: 'leftAt', type: 'text' },
    { column: 'notes', field: 'notes', type: 'text' },
  ],
  required: [accountRequired, ['name'], ['department'], ['title']],
  schema: contactBody.omit({ ownerId: true }),

  async resolve(ctx, rows) {
    const account = await resolveAccountColumn(ctx, rows);
    const owners = await resolveUserColumn(ctx, rows, 'owner_email');
    const errors: RowError[] = [...account.errors, ...owners.errors];

    const valid = validRows(rows).filter((r) => account.idOf.has(r.row));
    const key = (accountId: string, name: string) => `${accountId}\u0000${lower(name)}`;
    const firstRowOf = new Map<string, number>();
    for (const r of valid) {
      const k = key(account.idOf.get(r.row)!, r.input.name);
      const earlier = firstRowOf.get(k);
      if (earlier) errors.push({ row: r.row, column: 'name', message: `row ${earlier} already names this contact of the account` });
      else firstRowOf.set(k, r.row);
    }
    const existing = [];
    for (const batch of chunks(valid, 2000)) {
      const accountIds = [...new Set(batch.map((r) => account.idOf.get(r.row)!))];
      const names = [...new Set(batch.map((r) => lower(r.input.name)))];
      existing.push(
        ...(await ctx.db
          .select({ accountId: contacts.accountId, name: contacts.name })
          .from(contacts)
          .where(and(inArray(contacts.accountId, accountIds), inArray(sql`lower(${contacts.name})`, names)))),
      );
    }
    for (const c of existing) {
      const row = firstRowOf.get(key(c.accountId, c.name));
      if (row) errors.push({ row, column: 'name', message: `the account already has a contact named ${c.name}` });
    }

    const write: ImportWrite = async (tx, onBatch) => {
      let written = 0;
      for (const batch of chunks(valid, insertBatchSize)) {
        await tx
          .insert(contacts)
          .values(batch.map((r) => ({ ...r.input, accountId: account.idOf.get(r.row)!, ownerId: owners.idOf.get(r.row) ?? null })));
        written += batch.length;
        onBatch(written);
      }
      return written;
    };
    return { errors, write };
  },
});
