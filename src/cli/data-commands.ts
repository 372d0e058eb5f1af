import { createReadStream, createWriteStream, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Argument, type Command } from 'commander';
import type { Config } from '../config.ts';
import { type Database, openDatabase } from '../db/client.ts';
import { type LockHolder, readLockHolder } from '../db/lock.ts';
import { migrate } from '../db/migrate.ts';
import { findUserByEmail } from '../db/repositories/users.ts';
import { backupDatabase } from '../jobs/backup/backup.ts';
import { restoreDatabase } from '../jobs/backup/restore.ts';
import { exportCsv } from '../jobs/export/export-csv.ts';
import { importCsv } from '../jobs/import/import-csv.ts';
import { type TransferKind, transferKinds } from '../jobs/import/kinds.ts';
import { maxReportedErrors, rowErrorsOf } from '../jobs/import/row-error.ts';
import { type ApiTarget, exportThroughApi, importThroughApi } from './api-client.ts';
import { cliConfig } from './context.ts';
import { progressBar } from './progress.ts';

/** The embedded database's holder, if a live process (the server) has it; with DATABASE_URL, none. */
function locate(command: Command): { config: Config; holder: LockHolder | null } {
  const config = cliConfig(command);
  return { config, holder: config.databaseUrl ? null : readLockHolder(config.dataDir) };
}

async function withDatabase<T>(config: Config, work: (database: Database) => Promise<T>, opts: { migrate: boolean }): Promise<T> {
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    if (opts.migrate) await migrate(database);
    return await work(database);
  } finally {
    await database.close();
  }
}

/** PGlite keeps no lock of its own: while the server has the directory, go through its API. */
function throughServer(config: Config, holder: LockHolder, token: string | undefined): ApiTarget {
  const who = `Process ${holder.pid} holds the embedded database in ${config.dataDir}`;
  if (!holder.port) throw new Error(`${who} and is not serving yet; wait for it, or stop it.`);
  if (!token)
    throw new Error(
      `${who} (the server on port ${holder.port}). Stop the server, or pass --token (or set ABREAST_TOKEN) to go through its API.`,
    );
  return { port: holder.port, token };
}

function refuseWhileServing(config: Config, holder: LockHolder | null, what: string): void {
  if (!holder) return;
  const port = holder.port ? ` on port ${holder.port}` : '';
  throw new Error(
    `The server (process ${holder.pid}${port}) holds the embedded database in ${config.dataDir}. Stop it, then run ${what} again.`,
  );
}

function requireFile(file: string): void {
  if (!existsSync(file) || !statSync(file).isFile()) throw new Error(`No such file: ${file}`);
}

/** Every row error, one line each, on stderr. */
function printRowErrors(err: unknown): void {
  const errors = rowErrorsOf(err);
  if (!errors) return;
  for (const e of errors) console.error(`  row ${e.row}${e.column ? `, column ${e.column}` : ''}: ${e.message}`);
  const total = ((err as { details?: { errorCount?: number } }).details?.errorCount ?? errors.length) as number;
  if (total > errors.length) console.error(`  … and ${total - errors.length} more (the first ${maxReportedErrors} are listed)`);
}

const kindArgument = () => new Argument('<kind>', 'what the file holds').choices(transferKinds);
const tokenHelp = 'API token, when the server holds the embedded database (env ABREAST_TOKEN)';

export function registerDataCommands(program: Command): void {
  program
    .command('import')
    .description('import a CSV file, all or nothing: any bad row and nothing is written')
    .addArgument(kindArgument())
    .argument('<file>', 'the CSV file, header first')
    .option('--token <token>', tokenHelp)
    .option('--as <email>', 'the user recorded as having imported (audit history)')
    .action(async (kind: TransferKind, file: string, opts: { token?: string; as?: string }, command: Command) => {
      requireFile(file);
      const { config, holder } = locate(command);
      try {
        const result = holder
          ? await importThroughApi(throughServer(config, holder, opts.token ?? process.env.ABREAST_TOKEN), kind, file)
          : await withDatabase(
              config,
              async ({ db }) => {
                const actor = opts.as ? await findUserByEmail(db, opts.as) : null;
                if (opts.as && !actor) throw new Error(`No user with email ${opts.as}.`);
                const size = statSync(file).size;
                const bar = progressBar();
                try {
                  return await importCsv({
                    db,
                    kind,
                    input: createReadStream(file),
                    actorId: actor?.id ?? null,
                    onProgress: (p) =>
                      p.phase === 'checking' ? bar.update('checking', p.bytes, size) : bar.update('writing', p.rows, p.total),
                  });
                } finally {
                  bar.stop();
                }
              },
              { migrate: true },
            );
        console.log(`Imported ${result.imported} ${result.imported === 1 ? 'row' : 'rows'} of ${kind} from ${file}.`);
      } catch (err) {
        printRowErrors(err);
        throw err;
      }
    });

  program
    .command('export')
    .description('export as CSV, in the columns the import reads')
    .addArgument(kindArgument())
    .option('-o, --out <file>', 'write to this file (default: standard output)')
    .option('--token <token>', tokenHelp)
    .action(async (kind: TransferKind, opts: { out?: string; token?: string }, command: Command) => {
      const { config, holder } = locate(command);
      // A file appears only once it is whole.
      const partial = opts.out ? `${opts.out}.partial` : null;
      const output = partial ? createWriteStream(partial) : process.stdout;
      try {
        if (holder)
          await exportThroughApi(
            throughServer(config, holder, opts.token ?? process.env.ABREAST_TOKEN),
            kind,
            output,
            output !== process.stdout,
          );
        else await withDatabase(config, ({ db }) => exportCsv({ db, kind, output, end: output !== process.stdout }), { migrate: true });
        if (partial && opts.out) renameSync(partial, opts.out);
        if (opts.out) console.error(`Exported ${kind} to ${opts.out}.`);
      } catch (err) {
        if (partial) rmSync(partial, { force: true });
        throw err;
      }
    });

  program
    .command('backup')
    .description('write a consistent snapshot of every table to a file (gzip’d JSON lines)')
    .argument('<file>', 'where to write the backup, e.g. abreast-2025-06-30.jsonl.gz')
    .action(async (file: string, _opts, command: Command) => {
      const { config, holder } = locate(command);
      refuseWhileServing(config, holder, 'backup');
      if (!config.databaseUrl && !existsSync(join(config.dataDir, 'PG_VERSION')))
        throw new Error(`There is no embedded database in ${config.dataDir}.`);
      const partial = `${file}.partial`;
      const bar = progressBar();
      try {
        const summary = await withDatabase(
          config,
          ({ db }) => backupDatabase({ db, output: createWriteStream(partial), onProgress: (p) => bar.update('backup', p.done, p.total) }),
          { migrate: false },
        );
        bar.stop();
        renameSync(partial, file);
        console.log(`Backed up ${summary.rows} rows of ${summary.tables.length} tables (migration ${summary.migration.count}) to ${file}.`);
      } catch (err) {
        bar.stop();
        rmSync(partial, { force: true });
        throw err;
      }
    });

  program
    .command('restore')
    .description('load a backup into an empty database (migrated first), all or nothing')
    .argument('<file>', 'a file written by abreast backup')
    .action(async (file: string, _opts, command: Command) => {
      requireFile(file);
      const { config, holder } = locate(command);
      refuseWhileServing(config, holder, 'restore');
      const bar = progressBar();
      try {
        const summary = await withDatabase(
          config,
          ({ db }) => restoreDatabase({ db, input: createReadStream(file), onProgress: (p) => bar.update('restore', p.done, p.total) }),
          { migrate: true },
        );
        console.log(`Restored ${summary.rows} rows of ${summary.tables.length} tables from ${file}.`);
      } finally {
        bar.stop();
      }
    });
}
