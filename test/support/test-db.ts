import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, openDatabase } from '../../src/db/client.ts';
import { migrate } from '../../src/db/migrate.ts';
import { openMigratedPglite } from './pglite-template.ts';

export type TestDbKind = 'pglite' | 'postgres';

/** Which database the medium tests run on, set per vitest project. */
export function testDbKind(): TestDbKind {
  return process.env.ABREAST_TEST_DB === 'postgres' ? 'postgres' : 'pglite';
}

/**
 * A fresh, migrated database for one test file: an in-memory PGlite, or a new
 * database on the throwaway PostgreSQL server started by postgres-server.ts.
 */
export async function createTestDatabase(): Promise<Database> {
  if (testDbKind() === 'pglite') return openMigratedPglite();
  const adminUrl = inject('postgresUrl');
  if (!adminUrl) throw new Error('No PostgreSQL server: run this file in the `postgres` vitest project.');
  const name = `abreast_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString() });
  await migrate(database);
  return database;
}
