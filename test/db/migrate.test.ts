import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../src/db/client.ts';
import { migrate } from '../../src/db/migrate.ts';
import { createTestDatabase, testDbKind } from '../support/test-db.ts';

// Not the cached PGlite template: this file proves the migrations apply from nothing.
async function freshDatabase(): Promise<Database> {
  if (testDbKind() === 'postgres') return createTestDatabase();
  const database = await openDatabase({ memory: true });
  await migrate(database);
  return database;
}

describe(`migrations on ${testDbKind()}`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase();
  });
  afterAll(() => database?.close());

  it('runs on the database the project names', () => {
    expect(database.kind).toBe(testDbKind());
  });

  it('creates the accounts table with its version column for optimistic concurrency', async () => {
    const result = await database.db.execute(
      sql`select column_name from information_schema.columns where table_schema = 'public' and table_name = 'accounts'`,
    );
    const columns = (result as unknown as { rows: { column_name: string }[] }).rows.map((r) => r.column_name);
    expect(columns).toContain('id');
    expect(columns).toContain('version');
  });

  it('records every migration it applied and applies none twice', async () => {
    const count = async () => {
      const result = await database.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
      return (result as unknown as { rows: { n: number }[] }).rows[0]?.n ?? 0;
    };
    const before = await count();
    expect(before).toBeGreaterThan(0);
    await migrate(database);
    expect(await count()).toBe(before);
  });
});
