import type { Readable } from 'node:stream';
import type { SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { accountsImport } from './accounts.ts';
import { activitiesImport } from './activities.ts';
import { type CheckedRow, checkRow } from './column-spec.ts';
import { contactsImport } from './contacts.ts';
import { financialsImport } from './financials.ts';
import type { TransferKind } from './kinds.ts';
import type { ImportPlan } from './plan.ts';
import { readCsvRecords } from './read-csv.ts';
import { importRejected, type RowError } from './row-error.ts';

export const importPlans: Record<TransferKind, ImportPlan> = {
  accounts: accountsImport,
  contacts: contactsImport,
  financials: financialsImport,
  activities: activitiesImport,
};

export type ImportProgress = { phase: 'checking'; rows: number; bytes: number } | { phase: 'writing'; rows: number; total: number };

export interface ImportCsvOptions {
  db: Db;
  kind: TransferKind;
  input: Readable;
  /** Who imports (audit); null for an operator at the command line. */
  actorId: string | null;
  /** The accounts rows may refer to (the caller's account scope); none is all. */
  scope?: SQL;
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportResult {
  kind: TransferKind;
  imported: number;
}

/**
 * Import one CSV file, all or nothing: every row is checked (cells, schema, then
 * every reference in bulk); if any fails nothing is written and the import.invalid
 * error lists them all; otherwise all rows are written in one transaction.
 */
export async function importCsv(opts: ImportCsvOptions): Promise<ImportResult> {
  const plan = importPlans[opts.kind];
  const rules = { known: plan.columns.map((c) => c.column), required: plan.required };
  const rows: CheckedRow<unknown>[] = [];
  const errors: RowError[] = [];
  const onRead = (count: number, bytes: number) => opts.onProgress?.({ phase: 'checking', rows: count, bytes });
  for await (const record of readCsvRecords(opts.input, rules, onRead)) {
    if ('error' in record) {
      errors.push(record.error);
      continue;
    }
    const checked = checkRow({ row: record.row, cells: record.cells, columns: plan.columns, schema: plan.schema });
    rows.push(checked.checked);
    errors.push(...checked.errors);
  }
  if (errors.some((e) => e.row === 1)) throw importRejected(errors);

  // References are checked inside the writing transaction, so what was checked is what is written to.
  const imported = await opts.db.transaction(async (tx) => {
    const { errors: refErrors, write } = await plan.resolve({ db: tx, scope: opts.scope, actorId: opts.actorId }, rows);
    errors.push(...refErrors);
    if (errors.length) throw importRejected(errors);
    return write(tx, (written) => opts.onProgress?.({ phase: 'writing', rows: written, total: rows.length }));
  });
  return { kind: opts.kind, imported };
}
