import { once } from 'node:events';
import { PassThrough, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import {
  type BackupHeader,
  type BackupProgress,
  type BackupSummary,
  backupFormat,
  backupFormatVersion,
  type EndLine,
  type SectionLine,
} from './format.ts';
import { migrationLevel, query, quoted, tableColumns, tablesInDependencyOrder } from './tables.ts';

export interface BackupOptions {
  db: Db;
  output: Writable;
  now?: Date;
  onProgress?: (progress: BackupProgress) => void;
}

const fetchSize = 1000;

/**
 * Write a consistent snapshot of every table: everything is read in one
 * read-only repeatable-read transaction, so the copy is the database as it was
 * at one instant, even while others write.
 */
export async function backupDatabase(opts: BackupOptions): Promise<BackupSummary> {
  const lines = new PassThrough();
  const written = pipeline(lines, createGzip(), opts.output);
  const put = async (line: string) => {
    if (!lines.write(`${line}\n`)) await once(lines, 'drain');
  };
  try {
    const summary = await opts.db.transaction(
      async (tx) => {
        const names = await tablesInDependencyOrder(tx);
        const tables: BackupHeader['tables'] = [];
        for (const name of names) {
          const [row] = await query<{ n: number | string }>(tx, sql`select count(*) as n from ${quoted(name)}`);
          tables.push({ name, rows: Number(row?.n ?? 0) });
        }
        const migration = await migrationLevel(tx);
        const total = tables.reduce((sum, t) => sum + t.rows, 0);
        const header: BackupHeader = {
          format: backupFormat,
          formatVersion: backupFormatVersion,
          createdAt: (opts.now ?? new Date()).toISOString(),
          migration,
          tables,
        };
        await put(JSON.stringify(header));
        let done = 0;
        for (const table of tables) {
          const section: SectionLine = { table: table.name, columns: await tableColumns(tx, table.name), rows: table.rows };
          await put(JSON.stringify(section));
          done += await copyRows(tx, table.name, put);
          opts.onProgress?.({ table: table.name, done, total });
        }
        const end: EndLine = { end: true, rows: done };
        await put(JSON.stringify(end));
        return { migration, tables, rows: done };
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
    lines.end();
    await written;
    return summary;
  } catch (err) {
    lines.destroy(err as Error);
    await written.catch(() => {});
    throw err;
  }
}

/** Stream one table's rows through a cursor, as PostgreSQL writes them in JSON. */
async function copyRows(tx: Db | Tx, table: string, put: (line: string) => Promise<void>): Promise<number> {
  await tx.execute(sql`declare backup_rows no scroll cursor for select to_json(t)::text as r from ${quoted(table)} t`);
  let copied = 0;
  for (;;) {
    const rows = await query<{ r: string }>(tx, sql.raw(`fetch ${fetchSize} from backup_rows`));
    for (const row of rows) await put(row.r);
    copied += rows.length;
    if (rows.length < fetchSize) break;
  }
  await tx.execute(sql`close backup_rows`);
  return copied;
}
