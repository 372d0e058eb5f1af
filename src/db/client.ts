import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { acquireDataDirLock, type DataDirLock } from './lock.ts';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
/** The one database interface both drivers satisfy. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle; repositories accept either. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
  /** Held while the embedded database is open in a directory. */
  lock?: DataDirLock;
}

export interface OpenOptions {
  /** A PostgreSQL server (node-postgres). */
  url?: string;
  /** The embedded database's directory (PGlite). */
  dataDir?: string;
  /** An in-memory PGlite, for tests. */
  memory?: boolean;
}

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.url) {
    const pool = new pg.Pool({ connectionString: opts.url, max: 10 });
    // numeric comes back as a string by default; drizzle maps mode:'number' columns itself.
    await pool.query('select 1');
    return { db: drizzlePg(pool, { schema }) as unknown as Db, kind: 'postgres', close: () => pool.end() };
  }
  if (opts.memory || !opts.dataDir) {
    const client = await PGlite.create();
    return { db: drizzlePglite(client, { schema }) as unknown as Db, kind: 'pglite', close: () => client.close() };
  }
  // PGlite keeps no lock of its own: two processes on one directory corrupt it.
  const lock = acquireDataDirLock(opts.dataDir);
  try {
    const client = await PGlite.create({ dataDir: opts.dataDir });
    // PGlite's Node file system writes through to the OS, so with the WAL written at
    // every commit an acknowledged write survives a killed process (not a power cut).
    await client.exec('SET synchronous_commit = on');
    return {
      db: drizzlePglite(client, { schema }) as unknown as Db,
      kind: 'pglite',
      lock,
      close: async () => {
        await client.close();
        lock.release();
      },
    };
  } catch (err) {
    lock.release();
    throw err;
  }
}
