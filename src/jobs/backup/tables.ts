import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';

/** Rows of a raw query, whichever driver ran it (both answer `{ rows }`). */
export async function query<T>(db: Db | Tx, statement: ReturnType<typeof sql>): Promise<T[]> {
  const result = (await db.execute(statement)) as unknown as { rows: T[] };
  return result.rows;
}

export const quoted = (name: string) => sql.raw(`"${name.replaceAll('"', '""')}"`);

/**
 * The product's tables, parents before children (by their foreign keys), read
 * from the database itself so that every table a migration adds is included.
 */
export async function tablesInDependencyOrder(db: Db | Tx): Promise<string[]> {
  const tables = await query<{ name: string }>(
    db,
    sql`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition order by c.relname`,
  );
  const links = await query<{ child: string; parent: string }>(
    db,
    sql`select cl.relname as child, pl.relname as parent from pg_constraint k
        join pg_class cl on cl.oid = k.conrelid join pg_class pl on pl.oid = k.confrelid
        join pg_namespace n on n.oid = cl.relnamespace
        where k.contype = 'f' and n.nspname = 'public' and cl.relname <> pl.relname`,
  );
  const parents = new Map(tables.map((t) => [t.name, new Set<string>()]));
  for (const link of links) parents.get(link.child)?.add(link.parent);
  const ordered: string[] = [];
  const placed = new Set<string>();
  while (ordered.length < tables.length) {
    const ready = tables.filter((t) => !placed.has(t.name) && [...parents.get(t.name)!].every((p) => placed.has(p)));
    if (ready.length === 0) throw new Error('The tables reference each other in a cycle; no order loads them.');
    for (const t of ready) {
      ordered.push(t.name);
      placed.add(t.name);
    }
  }
  return ordered;
}

/** A table's column names, in their order. */
export async function tableColumns(db: Db | Tx, table: string): Promise<string[]> {
  const rows = await query<{ name: string }>(
    db,
    sql`select column_name as name from information_schema.columns
        where table_schema = 'public' and table_name = ${table} order by ordinal_position`,
  );
  return rows.map((r) => r.name);
}

export interface MigrationLevel {
  /** How many migrations were applied. */
  count: number;
  /** The last one's hash. */
  hash: string | null;
}

/** Which migrations the database has: a backup restores only into the same level. */
export async function migrationLevel(db: Db | Tx): Promise<MigrationLevel> {
  const rows = await query<{ count: number | string; hash: string | null }>(
    db,
    sql`select (select count(*) from drizzle.__drizzle_migrations) as count,
        (select hash from drizzle.__drizzle_migrations order by created_at desc, id desc limit 1) as hash`,
  );
  return { count: Number(rows[0]?.count ?? 0), hash: rows[0]?.hash ?? null };
}
