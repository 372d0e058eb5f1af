import { PassThrough, Readable } from 'node:stream';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Db } from '../../src/db/client.ts';
import {
  makeAccount,
  makeActivity,
  makeCompetitor,
  makeContact,
  makeFinancials,
  makePlaybookRecord,
  makeRelation,
  makeUser,
} from '../../src/demo/factories/index.ts';
import { backupDatabase } from '../../src/jobs/backup/backup.ts';
import { restoreDatabase } from '../../src/jobs/backup/restore.ts';
import { query, quoted, tablesInDependencyOrder } from '../../src/jobs/backup/tables.ts';
import { createTestDatabase } from '../support/test-db.ts';
import { seedCompany } from './transfer-fixtures.ts';

async function takeBackup(db: Db): Promise<Buffer> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (b: Buffer) => chunks.push(b));
  await backupDatabase({ db, output });
  return Buffer.concat(chunks);
}

/** Every table's rows as PostgreSQL prints them, in a stable order. */
async function contents(db: Db): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const table of await tablesInDependencyOrder(db)) {
    const rows = await query<{ r: string }>(db, sql`select to_jsonb(t)::text as r from ${quoted(table)} t`);
    out[table] = rows.map((row) => row.r).sort();
  }
  return out;
}

describe('backup and restore', () => {
  let source: Database;
  let snapshot: Buffer;

  beforeAll(async () => {
    source = await createTestDatabase();
    const { rep } = await seedCompany(source.db);
    await makeUser(source.db, { email: 'exec@example.com', role: 'executive', password: 'long enough secret' });
    for (let i = 0; i < 3; i++) {
      const account = await makeAccount(source.db, { name: `Account ${i}`, ownerId: rep.id, walletEstimate: 12_345_678_901.23 });
      await makeFinancials(source.db, { accountId: account.id, months: 14 });
      const contact = await makeContact(source.db, { accountId: account.id });
      await makeActivity(source.db, { accountId: account.id, userIds: [rep.id], contactIds: [contact.id] });
      // Arrays, JSON documents and a foreign key between two children of one account.
      await makeCompetitor(source.db, { accountId: account.id, serviceLines: ['linehaul', 'warehousing'], share: 0.35 });
      await makePlaybookRecord(source.db, {
        accountId: account.id,
        kind: 'nail_assessment',
        payload: { decision: 'attack', note: '组合攻关' },
      });
      await makeRelation(source.db, { accountId: account.id, fromContactId: contact.id });
    }
    snapshot = await takeBackup(source.db);
  });
  afterAll(() => source.close());

  it('restores into a fresh database with the same rows in every table', async () => {
    const target = await createTestDatabase();
    try {
      const summary = await restoreDatabase({ db: target.db, input: Readable.from([snapshot]) });
      const before = await contents(source.db);
      const after = await contents(target.db);
      expect(Object.fromEntries(Object.entries(after).map(([t, rows]) => [t, rows.length]))).toEqual(
        Object.fromEntries(Object.entries(before).map(([t, rows]) => [t, rows.length])),
      );
      expect(after).toEqual(before);
      expect(summary.rows).toBe(Object.values(before).reduce((n, rows) => n + rows.length, 0));
      expect(before.financial_periods?.length).toBe(42);
    } finally {
      await target.close();
    }
  });

  it('writes a versioned header with the migration level, parents before children', async () => {
    const lines = gunzipSync(snapshot).toString('utf8').split('\n');
    const header = JSON.parse(lines[0]!);
    expect(header).toMatchObject({ format: 'abreast-backup', formatVersion: 1 });
    expect(header.migration.count).toBeGreaterThan(0);
    const names = header.tables.map((t: { name: string }) => t.name);
    expect(names.indexOf('users')).toBeLessThan(names.indexOf('accounts'));
    expect(names.indexOf('accounts')).toBeLessThan(names.indexOf('contacts'));
    expect(names.indexOf('contacts')).toBeLessThan(names.indexOf('contact_relations'));
  });

  it('refuses a database that is not empty, and leaves it as it was', async () => {
    const target = await createTestDatabase();
    try {
      await makeUser(target.db, { email: 'someone@example.com' });
      await expect(restoreDatabase({ db: target.db, input: Readable.from([snapshot]) })).rejects.toThrow(/not empty/);
      expect((await contents(target.db)).users).toHaveLength(1);
    } finally {
      await target.close();
    }
  });

  it('refuses a cut-off or foreign file and restores nothing from it', async () => {
    const target = await createTestDatabase();
    try {
      const plain = gunzipSync(snapshot).toString('utf8');
      const cut = gzipSync(plain.slice(0, Math.floor(plain.length * 0.8)));
      await expect(restoreDatabase({ db: target.db, input: Readable.from([cut]) })).rejects.toThrow(/not a usable Abreast backup/);
      await expect(restoreDatabase({ db: target.db, input: Readable.from([Buffer.from('name,industry\n')]) })).rejects.toThrow(/not gzip/);
      const counts = Object.values(await contents(target.db)).map((rows) => rows.length);
      expect(counts.every((n) => n === 0)).toBe(true);
    } finally {
      await target.close();
    }
  });
});
