import { PassThrough, Readable } from 'node:stream';
import { count, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../src/db/client.ts';
import { makeRegion, makeUser } from '../../src/demo/factories/index.ts';
import { exportCsv } from '../../src/jobs/export/export-csv.ts';
import { type ImportCsvOptions, importCsv } from '../../src/jobs/import/import-csv.ts';
import type { TransferKind } from '../../src/jobs/import/kinds.ts';
import { type RowError, rowErrorsOf } from '../../src/jobs/import/row-error.ts';

/** A CSV file from a header and rows; cells with commas or quotes are quoted. */
export function csv(header: string[], rows: (string | number)[][]): string {
  const cell = (v: string | number) => (/[",\n]/.test(String(v)) ? `"${String(v).replaceAll('"', '""')}"` : String(v));
  return `${[header, ...rows].map((r) => r.map(cell).join(',')).join('\n')}\n`;
}

export const accountHeader = [
  'name',
  'name_zh',
  'industry',
  'region_code',
  'province',
  'city',
  'owner_email',
  'status',
  'wallet_estimate',
  'overdue_share',
];

/** The company every import refers to: a region and a rep. */
export async function seedCompany(db: Db) {
  const east = await makeRegion(db, { code: 'EAST', nameEn: 'East', nameZh: '华东' });
  const rep = await makeUser(db, { email: 'li.rep@example.com', role: 'rep', regionId: east.id });
  const admin = await makeUser(db, { email: 'admin@example.com', role: 'admin' });
  return { east, rep, admin };
}

export const run = (db: Db, kind: TransferKind, text: string, extra: Partial<ImportCsvOptions> = {}) =>
  importCsv({ db, kind, input: Readable.from([text]), actorId: null, ...extra });

/** The row errors of an import that must fail (the test fails if it succeeds). */
export async function rejected(promise: Promise<unknown>): Promise<RowError[]> {
  try {
    await promise;
  } catch (err) {
    const errors = rowErrorsOf(err);
    if (errors) return errors;
    throw err;
  }
  throw new Error('the import was expected to be refused');
}

export async function exported(db: Db, kind: TransferKind, extra: { pageSize?: number; scope?: SQL } = {}): Promise<string> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (b: Buffer) => chunks.push(b));
  await exportCsv({ db, kind, output, ...extra });
  return Buffer.concat(chunks).toString('utf8');
}

export async function rowCount(db: Db, table: PgTable): Promise<number> {
  const [row] = await db.select({ n: count() }).from(table);
  return Number(row?.n ?? 0);
}
