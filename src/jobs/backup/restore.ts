import type { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { AppError } from '../../server/errors.ts';
import {
  type BackupHeader,
  type BackupProgress,
  type BackupSummary,
  backupFormat,
  backupFormatVersion,
  type EndLine,
  type SectionLine,
} from './format.ts';
import { backupLines, badBackup, parseLine } from './read-backup.ts';
import { migrationLevel, query, quoted, tableColumns, tablesInDependencyOrder } from './tables.ts';

export interface RestoreOptions {
  /** A migrated database with no rows in any table. */
  db: Db;
  input: Readable;
  onProgress?: (progress: BackupProgress) => void;
}

// Rows per insert, and a cap on the JSON sent at once.
const batchRows = 500;
const batchChars = 4_000_000;

/**
 * Load a backup into an empty database, in one transaction, parents before
 * children: either everything is restored or nothing is.
 */
export async function restoreDatabase(opts: RestoreOptions): Promise<BackupSummary> {
  const lines = backupLines(opts.input)[Symbol.asyncIterator]();
  const next = async () => {
    const r = await lines.next();
    return r.done ? undefined : r.value;
  };
  const header = parseLine<BackupHeader>(await next(), 'the header');
  if (header.format !== backupFormat) throw badBackup('the first line does not name the Abreast backup format');
  if (header.formatVersion !== backupFormatVersion)
    throw badBackup(`its format version is ${header.formatVersion}; this version of Abreast reads ${backupFormatVersion}`);
  const total = header.tables.reduce((sum, t) => sum + t.rows, 0);

  return opts.db.transaction(async (tx) => {
    await checkTarget(tx, header);
    let done = 0;
    for (const table of header.tables) {
      const section = parseLine<SectionLine>(await next(), `the section of ${table.name}`);
      if (section.table !== table.name) throw badBackup(`the section of ${table.name} is missing`);
      const columns = await tableColumns(tx, table.name);
      if (columns.length !== section.columns.length || !section.columns.every((c) => columns.includes(c))) {
        throw badBackup(`the columns of ${table.name} differ from this database's`);
      }
      let batch: string[] = [];
      let chars = 0;
      const flush = async () => {
        if (batch.length === 0) return;
        const rows = `[${batch.join(',')}]`;
        try {
          await tx.execute(
            sql`insert into ${quoted(table.name)} select * from json_populate_recordset(null::${quoted(table.name)}, ${rows}::json)`,
          );
        } catch (err) {
          throw badBackup(`the rows of ${table.name} do not load (${(err as Error).message})`);
        }
        done += batch.length;
        batch = [];
        chars = 0;
      };
      for (let i = 0; i < section.rows; i++) {
        const row = await next();
        if (row === undefined || !row.startsWith('{')) throw badBackup(`the rows of ${table.name} end early`);
        batch.push(row);
        chars += row.length;
        if (batch.length >= batchRows || chars >= batchChars) await flush();
      }
      await flush();
      opts.onProgress?.({ table: table.name, done, total });
    }
    const end = parseLine<EndLine>(await next(), 'the end line');
    if (end.end !== true || end.rows !== done) throw badBackup('its end line is missing or does not match the rows read');
    return { migration: header.migration, tables: header.tables, rows: done };
  });
}

/** The database must be at the backup's migration level, have its tables, and hold no rows. */
async function checkTarget(tx: Tx, header: BackupHeader): Promise<void> {
  const level = await migrationLevel(tx);
  if (level.count !== header.migration.count || level.hash !== header.migration.hash) {
    throw new AppError(
      'validation.failed',
      `The backup was taken at migration ${header.migration.count}; this database is at migration ${level.count}. Restore with the version of Abreast that made the backup.`,
    );
  }
  const tables = await tablesInDependencyOrder(tx);
  const missing = header.tables.filter((t) => !tables.includes(t.name));
  if (missing.length) throw badBackup(`this database has no table ${missing.map((t) => t.name).join(', ')}`);
  const filled: string[] = [];
  for (const table of tables) {
    const [row] = await query<{ filled: boolean }>(tx, sql`select exists (select 1 from ${quoted(table)}) as filled`);
    if (row?.filled) filled.push(table);
  }
  if (filled.length) {
    throw new AppError(
      'conflict.duplicate',
      `The database is not empty (rows in ${filled.slice(0, 5).join(', ')}${filled.length > 5 ? ', …' : ''}); a backup is restored only into an empty one. Point --data-dir or DATABASE_URL at a new database.`,
    );
  }
}
