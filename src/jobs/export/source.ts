import { type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';

export interface ExportPage {
  /** Records keyed by export column. */
  records: Record<string, unknown>[];
  /** The sort key of the last record: where the next page starts. */
  last: string[] | null;
}

/** Where one kind's rows come from, in pages, in a stable order (keyset paging). */
export interface ExportSource {
  page(db: Db | Tx, opts: { scope?: SQL; after: string[] | null; limit: number }): Promise<ExportPage>;
}

/** `(a, b, …) > (x, y, …)` for keyset paging; each value cast as its column is. */
export function after(keys: SQL[], casts: string[], values: string[] | null): SQL | undefined {
  if (!values) return undefined;
  const params = values.map((v, i) => sql`${v}::${sql.raw(casts[i] ?? 'text')}`);
  return sql`(${sql.join(keys, sql`, `)}) > (${sql.join(params, sql`, `)})`;
}
