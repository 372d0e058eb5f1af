import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.ts';
import { accounts, auditEvents } from '../../src/db/schema/index.ts';
import { createTestDatabase } from '../support/test-db.ts';
import { accountHeader, csv, rejected, rowCount, run, seedCompany } from './transfer-fixtures.ts';

describe('importing accounts from CSV', () => {
  let database: Database;
  let company: Awaited<ReturnType<typeof seedCompany>>;

  beforeAll(async () => {
    database = await createTestDatabase();
    company = await seedCompany(database.db);
  });
  afterAll(() => database.close());
  beforeEach(async () => {
    await database.db.delete(auditEvents);
    await database.db.delete(accounts);
  });

  const good = csv(accountHeader, [
    ['Hangzhou Apparel', '杭州服饰', 'apparel', 'east', 'Zhejiang', 'Hangzhou', 'LI.REP@example.com', 'active', '1,200,000', '25%'],
    ['Ningbo Auto Parts', '宁波汽配', 'auto_parts', '', 'Zhejiang', 'Ningbo', '', '', '', ''],
  ]);

  it('imports every row of a good file, resolving region code and owner email', async () => {
    expect(await run(database.db, 'accounts', good)).toEqual({ kind: 'accounts', imported: 2 });
    const [row] = await database.db.select().from(accounts).where(eq(accounts.name, 'Hangzhou Apparel'));
    expect(row).toMatchObject({
      nameZh: '杭州服饰',
      regionId: company.east.id,
      ownerId: company.rep.id,
      status: 'active',
      walletEstimate: 1_200_000,
      overdueShare: 0.25,
    });
    const [other] = await database.db.select().from(accounts).where(eq(accounts.name, 'Ningbo Auto Parts'));
    expect(other).toMatchObject({ regionId: null, ownerId: null, status: 'prospect' });
  });

  it("keeps 'created' and 'owner' history for imported accounts, with the importer as actor", async () => {
    await run(database.db, 'accounts', good, { actorId: company.admin.id });
    const events = await database.db.select().from(auditEvents);
    expect(events.filter((e) => e.field === 'created')).toHaveLength(2);
    const owner = events.filter((e) => e.field === 'owner');
    expect(owner).toHaveLength(1);
    expect(owner[0]).toMatchObject({ after: company.rep.id, actorId: company.admin.id });
  });

  it('imports nothing when one row is bad, and names that row and column', async () => {
    const oneBad = csv(accountHeader, [
      ['Good One', '', 'apparel', 'EAST', 'Zhejiang', 'Hangzhou', '', '', '', ''],
      ['Bad Industry', '', 'spaceflight', 'EAST', 'Zhejiang', 'Hangzhou', '', '', '', ''],
      ['Good Two', '', 'pharma', 'EAST', 'Zhejiang', 'Hangzhou', '', '', '', ''],
    ]);
    const errors = await rejected(run(database.db, 'accounts', oneBad));
    expect(errors).toEqual([{ row: 3, column: 'industry', message: expect.stringContaining('apparel') }]);
    expect(await rowCount(database.db, accounts)).toBe(0);
    expect(await rowCount(database.db, auditEvents)).toBe(0);
  });

  it('reports an unknown owner email as an error of column owner_email', async () => {
    const file = csv(accountHeader, [['Unknown Owner Co', '', 'fmcg', 'EAST', 'Jiangsu', 'Suzhou', 'nobody@example.com', '', '', '']]);
    expect(await rejected(run(database.db, 'accounts', file))).toEqual([
      { row: 2, column: 'owner_email', message: expect.stringContaining('nobody@example.com') },
    ]);
  });

  it('lists every error of every row, not only the first', async () => {
    const file = csv(accountHeader, [
      ['', '', 'apparel', 'NORTH', 'Zhejiang', 'Hangzhou', '', 'won', 'lots', '150%'],
      ['Fine', '', 'apparel', 'EAST', 'Zhejiang', 'Hangzhou', '', '', '', ''],
    ]);
    const errors = await rejected(run(database.db, 'accounts', file));
    expect(errors.map((e) => `${e.row}:${e.column}`).sort()).toEqual([
      '2:name',
      '2:overdue_share',
      '2:region_code',
      '2:status',
      '2:wallet_estimate',
    ]);
    expect(errors.find((e) => e.column === 'name')?.message).toBe('required');
  });

  it('refuses a name already in use, in the file or in the database', async () => {
    await run(database.db, 'accounts', good);
    const again = csv(accountHeader, [
      ['Suzhou Electronics', '', 'electronics', '', 'Jiangsu', 'Suzhou', '', '', '', ''],
      ['suzhou electronics', '', 'electronics', '', 'Jiangsu', 'Suzhou', '', '', '', ''],
      ['HANGZHOU APPAREL', '', 'apparel', '', 'Zhejiang', 'Hangzhou', '', '', '', ''],
    ]);
    const errors = await rejected(run(database.db, 'accounts', again));
    expect(errors).toEqual([
      { row: 3, column: 'name', message: 'row 2 already names this account' },
      { row: 4, column: 'name', message: expect.stringContaining('already exists') },
    ]);
  });

  it('checks the header: unknown, duplicated and missing columns are row-1 errors', async () => {
    const errors = await rejected(run(database.db, 'accounts', 'name,industry,city,city,colour\nA,apparel,X,X,red\n'));
    expect(errors).toEqual([
      { row: 1, column: 'city', message: 'the column appears twice' },
      { row: 1, column: 'colour', message: expect.stringContaining('not a column') },
      { row: 1, column: 'province', message: 'this column is required' },
    ]);
  });

  it('reads a byte-order mark, CRLF line ends and headers in any case', async () => {
    const file = '\uFEFFName,Industry,Province,City\r\nWuxi Pharma,pharma,Jiangsu,Wuxi\r\n';
    expect(await run(database.db, 'accounts', file)).toEqual({ kind: 'accounts', imported: 1 });
  });

  it('reports a row with the wrong number of values, and a broken quote, by row', async () => {
    const file = 'name,industry,province,city\nA,apparel,Zhejiang\nB,apparel,Zhejiang,Hangzhou\n"C,apparel,Zhejiang,Hangzhou\n';
    const errors = await rejected(run(database.db, 'accounts', file));
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [2, null],
      [4, null],
    ]);
    expect(errors[0]?.message).toContain('has 3 values; the header has 4');
    expect(errors[1]?.message).toContain('not valid CSV');
  });

  it('writes a large file in batches within one transaction and reports progress', async () => {
    const rows = Array.from({ length: 1234 }, (_, i) => [
      `Bulk ${i}`,
      '',
      'ecommerce',
      'EAST',
      'Guangdong',
      'Shenzhen',
      'li.rep@example.com',
      'active',
      '1000',
      '0.1',
    ]);
    const phases: string[] = [];
    let written = 0;
    const result = await run(database.db, 'accounts', csv(accountHeader, rows), {
      onProgress: (p) => {
        phases.push(p.phase);
        if (p.phase === 'writing') written = p.rows;
      },
    });
    expect(result.imported).toBe(1234);
    expect(written).toBe(1234);
    expect(phases).toContain('checking');
    expect(await rowCount(database.db, accounts)).toBe(1234);
  });
});
