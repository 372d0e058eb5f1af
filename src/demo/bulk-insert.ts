import { getTableColumns, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../db/client.ts';

// Rows per statement: one JSON parameter each, so this bounds memory, not parameters.
const ROWS_PER_STATEMENT = 5_000;

/**
 * Insert many rows of one table in a few statements. Rows travel as one JSON
 * document expanded by `jsonb_to_recordset`, which both PostgreSQL and PGlite run
 * far faster than a multi-row VALUES list with a parameter per value (and never
 * meets the 65,535-parameter limit). Every row must set the same columns; the
 * columns no row sets take their defaults.
 */
export async function insertMany<T extends PgTable>(db: Db | Tx, table: T, rows: readonly T['$inferInsert'][]): Promise<void> {
  if (rows.length === 0) return;
  const columns = getTableColumns(table);
  const keys = Object.keys(columns).filter((key) => rows.some((row) => (row as Record<string, unknown>)[key] !== undefined));
  const names = keys.map((key) => sql.identifier(columns[key]?.name ?? key));
  const shape = sql.join(
    keys.map((key) => sql`${sql.identifier(columns[key]?.name ?? key)} ${sql.raw(columns[key]?.getSQLType() ?? 'text')}`),
    sql`, `,
  );
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(i, i + ROWS_PER_STATEMENT).map((row) => {
      const record = row as Record<string, unknown>;
      return Object.fromEntries(keys.map((key) => [columns[key]?.name ?? key, record[key] ?? null]));
    });
    await db.execute(
      sql`insert into ${table} (${sql.join(names, sql`, `)}) select ${sql.join(names, sql`, `)} from jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb) as x(${shape})`,
    );
  }
}
