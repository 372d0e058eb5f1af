import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { importPlans } from '../import/import-csv.ts';
import type { TransferKind } from '../import/kinds.ts';
import { accountsSource } from './accounts-source.ts';
import { activitiesSource } from './activities-source.ts';
import { cellText } from './cells.ts';
import { contactsSource } from './contacts-source.ts';
import { financialsSource } from './financials-source.ts';
import type { ExportSource } from './source.ts';

const sources: Record<TransferKind, ExportSource> = {
  accounts: accountsSource,
  contacts: contactsSource,
  financials: financialsSource,
  activities: activitiesSource,
};

/** The columns an export writes: the import's own, naming accounts by name so the file moves between databases. */
export const exportColumns = (kind: TransferKind) => importPlans[kind].columns.map((c) => c.column).filter((c) => c !== 'account_id');

export interface ExportCsvOptions {
  db: Db;
  kind: TransferKind;
  output: Writable;
  /** The caller's account scope; none exports everything. */
  scope?: SQL;
  /** End the output when done (not for stdout). Default true. */
  end?: boolean;
  /** Rows per query. */
  pageSize?: number;
  onProgress?: (rows: number) => void;
}

/**
 * Stream one kind as CSV, page by page, in the import's columns so that the file
 * re-imports. Starts with a byte-order mark so that Excel reads the Chinese right.
 */
export async function exportCsv(opts: ExportCsvOptions): Promise<{ kind: TransferKind; exported: number }> {
  const columns = exportColumns(opts.kind);
  const stringifier = stringify({ header: true, columns, bom: true });
  const done = pipeline(stringifier, opts.output, { end: opts.end ?? true });
  let exported = 0;
  try {
    let last: string[] | null = null;
    do {
      const page = await sources[opts.kind].page(opts.db, { scope: opts.scope, after: last, limit: opts.pageSize ?? 1000 });
      for (const record of page.records) {
        if (!stringifier.write(columns.map((c) => cellText(record[c])))) await once(stringifier, 'drain');
      }
      exported += page.records.length;
      opts.onProgress?.(exported);
      last = page.records.length === (opts.pageSize ?? 1000) ? page.last : null;
    } while (last);
    stringifier.end();
  } catch (err) {
    stringifier.destroy(err as Error);
    await done.catch(() => {});
    throw err;
  }
  await done;
  return { kind: opts.kind, exported };
}
