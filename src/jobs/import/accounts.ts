import { inArray, sql } from 'drizzle-orm';
import { recordAudit } from '../../db/repositories/audit.ts';
import { accounts } from '../../db/schema/index.ts';
import { createAccountBody } from '../../server/routes/accounts.schema.ts';
import { chunks, refText, validRows } from './column-spec.ts';
import { definePlan, type ImportWrite, insertBatchSize } from './plan.ts';
import { lookUp, lower, regionIdsByCode, resolveUserColumn } from './references.ts';
import type { RowError } from './row-error.ts';

/** Accounts (SPEC §1.1): created, never merged; a name already in use is refused. */
export const accountsImport = definePlan({
  columns: [
    { column: 'name', field: 'name', type: 'text' },
    { column: 'name_zh', field: 'nameZh', type: 'text' },
    { column: 'industry', field: 'industry', type: 'text' },
    { column: 'region_code', type: 'text' },
    { column: 'province', field: 'province', type: 'text' },
    { column: 'city', field: 'city', type: 'text' },
    { column: 'owner_email', type: 'text' },
    { column: 'status', field: 'status', type: 'text' },
    { column: 'wallet_estimate', field: 'walletEstimate', type: 'number' },
    { column: 'payment_terms_days', field: 'paymentTermsDays', type: 'integer' },
    { column: 'collection_cycle_days', field: 'collectionCycleDays', type: 'integer' },
    { column: 'overdue_share', field: 'overdueShare', type: 'share' },
    { column: 'customer_growth', field: 'customerGrowth', type: 'share' },
    { column: 'joint_office', field: 'jointOffice', type: 'boolean' },
    { column: 'co_located', field: 'coLocated', type: 'boolean' },
    { column: 'description', field: 'description', type: 'text' },
  ],
  required: [['name'], ['industry'], ['province'], ['city']],
  schema: createAccountBody.omit({ regionId: true, ownerId: true, reason: true }),

  async resolve(ctx, rows) {
    const errors: RowError[] = [];
    const regionIds = await regionIdsByCode(
      ctx.db,
      rows.flatMap((r) => refText(r, 'region_code') ?? []),
    );
    for (const r of rows) {
      const code = refText(r, 'region_code');
      if (code && !regionIds.has(lower(code)))
        errors.push({ row: r.row, column: 'region_code', message: `no region has the code ${code}` });
    }
    const owners = await resolveUserColumn(ctx, rows, 'owner_email');
    errors.push(...owners.errors);

    // Names identify accounts in the other files, so they stay unique.
    const valid = validRows(rows);
    const firstRowOf = new Map<string, number>();
    for (const r of valid) {
      const key = lower(r.input.name);
      const earlier = firstRowOf.get(key);
      if (earlier) errors.push({ row: r.row, column: 'name', message: `row ${earlier} already names this account` });
      else firstRowOf.set(key, r.row);
    }
    const taken = await lookUp(firstRowOf.keys(), (chunk) =>
      ctx.db
        .select({ name: accounts.name })
        .from(accounts)
        .where(inArray(sql`lower(${accounts.name})`, chunk)),
    );
    for (const { name } of taken) {
      errors.push({ row: firstRowOf.get(lower(name))!, column: 'name', message: `an account named ${name} already exists` });
    }

    const write: ImportWrite = async (tx, onBatch) => {
      let written = 0;
      for (const batch of chunks(valid, insertBatchSize)) {
        const values = batch.map((r) => {
          const code = refText(r, 'region_code');
          return {
            ...r.input,
            id: crypto.randomUUID(),
            regionId: code ? regionIds.get(lower(code)) : null,
            ownerId: owners.idOf.get(r.row) ?? null,
          };
        });
        await tx.insert(accounts).values(values);
        await recordAudit(
          tx,
          values.flatMap((a) => [
            { accountId: a.id, field: 'created', before: null, after: a.name, actorId: ctx.actorId, reason: 'CSV import' },
            { accountId: a.id, field: 'owner', before: null, after: a.ownerId, actorId: ctx.actorId, reason: 'CSV import' },
          ]),
        );
        written += batch.length;
        onBatch(written);
      }
      return written;
    };
    return { errors, write };
  },
});
