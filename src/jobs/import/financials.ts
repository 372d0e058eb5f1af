import { sql } from 'drizzle-orm';
import { financialPeriods } from '../../db/schema/index.ts';
import { financialBody } from '../../server/routes/account-records.schema.ts';
import { accountColumns, accountRequired } from './account-columns.ts';
import { chunks, validRows } from './column-spec.ts';
import { definePlan, type ImportWrite, insertBatchSize } from './plan.ts';
import { resolveAccountColumn } from './references.ts';
import type { RowError } from './row-error.ts';

/** The first day of the month a YYYY-MM (or YYYY-MM-01) key names. */
export const monthStart = (month: string) => (month.length === 7 ? `${month}-01` : month);

/** Our business with the account per month: a month already there is replaced (upsert). */
export const financialsImport = definePlan({
  columns: [
    ...accountColumns,
    { column: 'month', field: 'month', type: 'text' },
    { column: 'revenue', field: 'revenue', type: 'number' },
    { column: 'gross_profit', field: 'grossProfit', type: 'number' },
    { column: 'volume', field: 'volume', type: 'number' },
  ],
  required: [accountRequired, ['month'], ['revenue'], ['gross_profit']],
  schema: financialBody,

  async resolve(ctx, rows) {
    const account = await resolveAccountColumn(ctx, rows);
    const errors: RowError[] = [...account.errors];
    const valid = validRows(rows).filter((r) => account.idOf.has(r.row));
    // Two rows for one month would make the result depend on their order.
    const firstRowOf = new Map<string, number>();
    for (const r of valid) {
      const key = `${account.idOf.get(r.row)} ${monthStart(r.input.month)}`;
      const earlier = firstRowOf.get(key);
      if (earlier) errors.push({ row: r.row, column: 'month', message: `row ${earlier} already gives this month for this account` });
      else firstRowOf.set(key, r.row);
    }

    const write: ImportWrite = async (tx, onBatch) => {
      let written = 0;
      for (const batch of chunks(valid, insertBatchSize)) {
        await tx
          .insert(financialPeriods)
          .values(batch.map((r) => ({ ...r.input, month: monthStart(r.input.month), accountId: account.idOf.get(r.row)! })))
          .onConflictDoUpdate({
            target: [financialPeriods.accountId, financialPeriods.month],
            set: { revenue: sql`excluded.revenue`, grossProfit: sql`excluded.gross_profit`, volume: sql`excluded.volume` },
          });
        written += batch.length;
        onBatch(written);
      }
      return written;
    };
    return { errors, write };
  },
});
