import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import type { Database, Db } from '../../src/db/client.ts';
import { migrate } from '../../src/db/migrate.ts';
import * as schema from '../../src/db/schema/index.ts';

// A fresh PGlite runs initdb (seconds, more on a busy machine); loading a data
// directory that is already initialised and migrated skips both. The copy is
// cached on disk, keyed by the migrations and the PGlite version, and shared by
// the test files of a run and by later runs.
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const migrationsDir = join(repoRoot, 'src/db/migrations');
const cacheDir = join(repoRoot, 'test-results/.cache');

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)]));
}

function templateKey(): string {
  const hash = createHash('sha256');
  hash.update(JSON.parse(readFileSync(join(repoRoot, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')).version);
  for (const file of listFiles(migrationsDir).sort()) hash.update(file).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

function wrap(client: PGlite): Database {
  return { db: drizzle(client, { schema }) as unknown as Db, kind: 'pglite', close: () => client.close() };
}

async function buildTemplate(path: string): Promise<void> {
  const client = await PGlite.create();
  try {
    await migrate(wrap(client));
    const dump = await client.dumpDataDir('none');
    mkdirSync(cacheDir, { recursive: true });
    // Parallel test files may build it at once: write aside, then rename into place atomically.
    const partial = `${path}.${process.pid}.partial`;
    writeFileSync(partial, new Uint8Array(await dump.arrayBuffer()));
    renameSync(partial, path);
  } finally {
    await client.close();
  }
}

/** An in-memory PGlite, already migrated, loaded from the cached template. */
export async function openMigratedPglite(): Promise<Database> {
  const path = join(cacheDir, `pglite-${templateKey()}.tar`);
  if (!existsSync(path)) await buildTemplate(path);
  const client = await PGlite.create({ loadDataDir: new Blob([readFileSync(path)]) });
  const database = wrap(client);
  // A no-op when the template is current; keeps the database right if it is not.
  await migrate(database);
  return database;
}
