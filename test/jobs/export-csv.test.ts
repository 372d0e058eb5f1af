import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.ts';
import { makeAccount, makeUser } from '../../src/demo/factories/index.ts';
import { exportColumns } from '../../src/jobs/export/export-csv.ts';
import { transferKinds } from '../../src/jobs/import/kinds.ts';
import { accountScope } from '../../src/server/auth/scope.ts';
import { createTestDatabase } from '../support/test-db.ts';
import { csv, exported, run, seedCompany } from './transfer-fixtures.ts';

const files = {
  accounts: csv(
    [
      'name',
      'name_zh',
      'industry',
      'region_code',
      'province',
      'city',
      'owner_email',
      'status',
      'wallet_estimate',
      'collection_cycle_days',
      'overdue_share',
      'joint_office',
      'description',
    ],
    [
      [
        'Acme Apparel',
        '阿克米服饰',
        'apparel',
        'EAST',
        'Zhejiang',
        'Hangzhou',
        'li.rep@example.com',
        'active',
        '98765432.10',
        95,
        '0.3',
        'true',
        'Line one\nline two, with "quotes"',
      ],
      ['Beta Pharma', '', 'pharma', '', 'Guangdong', 'Guangzhou', '', 'prospect', '', '', '', '', ''],
    ],
  ),
  contacts: csv(
    ['account_name', 'name', 'name_zh', 'department', 'title', 'rank', 'influence', 'buying_role', 'attitude', 'owner_email', 'left_at'],
    [
      ['Acme Apparel', 'Wang Wei', '王伟', 'Logistics', 'Director', 2, 5, 'coach', 'supporter', 'li.rep@example.com', ''],
      ['Acme Apparel', 'Zhao Min', '', 'Procurement', 'Buyer', 4, 2, 'gatekeeper', 'opponent', '', '2025-06-30'],
    ],
  ),
  financials: csv(
    ['account_name', 'month', 'revenue', 'gross_profit', 'volume'],
    [
      ['Acme Apparel', '2025-01', '1234567.89', '123456.78', 42.5],
      ['Acme Apparel', '2025-02', 1000, -50, 0],
      ['Beta Pharma', '2025-01', 10, 1, 1],
    ],
  ),
  activities: csv(
    ['account_name', 'kind', 'occurred_at', 'subject', 'notes', 'customer_invested', 'our_emails', 'contact_names'],
    [
      [
        'Acme Apparel',
        'meeting',
        '2025-03-01T10:00:00.000Z',
        'Joint project kick-off',
        '第一次',
        'true',
        'li.rep@example.com',
        'Wang Wei;Zhao Min',
      ],
      ['Acme Apparel', 'visit', '2025-03-08T02:00:00.000Z', 'Site visit', '', '', '', ''],
    ],
  ),
};

async function loaded(): Promise<Database> {
  const database = await createTestDatabase();
  await seedCompany(database.db);
  for (const kind of transferKinds) await run(database.db, kind, files[kind]);
  return database;
}

describe('exporting CSV', () => {
  let source: Database;
  let target: Database;

  beforeAll(async () => {
    source = await loaded();
    target = await createTestDatabase();
    await seedCompany(target.db);
  });
  afterAll(async () => {
    await source.close();
    await target.close();
  });

  it('writes the import columns, starting with a byte-order mark for Excel', async () => {
    const text = await exported(source.db, 'contacts');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.slice(1).split('\n')[0]).toBe(exportColumns('contacts').join(','));
  });

  it('round-trips: what one database exports, another imports, and exports the same again', async () => {
    for (const kind of transferKinds) {
      const first = await exported(source.db, kind);
      const result = await run(target.db, kind, first);
      expect(result.imported, kind).toBeGreaterThan(0);
      expect(await exported(target.db, kind), kind).toBe(first);
    }
  });

  it('keeps values exact: money, shares, months, times, lists and multi-line text', async () => {
    const accountsText = await exported(source.db, 'accounts');
    expect(accountsText).toContain('98765432.1,');
    expect(accountsText).toContain('"Line one\nline two, with ""quotes"""');
    expect(await exported(source.db, 'financials')).toContain('Acme Apparel,2025-01,1234567.89,123456.78,42.5');
    expect(await exported(source.db, 'activities')).toContain(
      'Acme Apparel,meeting,2025-03-01T10:00:00.000Z,Joint project kick-off,第一次,false,true,,,,li.rep@example.com,Wang Wei;Zhao Min',
    );
  });

  it('pages through every row exactly once, whatever the page size', async () => {
    const whole = await exported(source.db, 'financials');
    expect(await exported(source.db, 'financials', { pageSize: 1 })).toBe(whole);
    expect(await exported(source.db, 'financials', { pageSize: 2 })).toBe(whole);
  });

  it("exports only the accounts in the caller's scope", async () => {
    const db = source.db;
    const rep = await makeUser(db, { email: 'other.rep@example.com', role: 'rep' });
    await makeAccount(db, { name: 'Mine Logistics', ownerId: rep.id });
    const user = {
      id: rep.id,
      email: rep.email,
      name: rep.name,
      nameZh: null,
      role: 'rep' as const,
      regionId: null,
      departmentId: null,
      locale: 'en',
    };
    const text = await exported(db, 'accounts', { scope: accountScope(user) });
    const names = text
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(',')[0]);
    expect(names).toEqual(['Mine Logistics']);
  });
});
