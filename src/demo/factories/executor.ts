import type { Db, Tx } from '../../db/client.ts';

/** Factories write through a database or an open transaction alike. */
export type Executor = Db | Tx;

/** The single row an insert … returning gave back. */
export function first<T>(rows: readonly T[]): T {
  const row = rows[0];
  if (row === undefined) throw new Error('insert returned no row');
  return row;
}
