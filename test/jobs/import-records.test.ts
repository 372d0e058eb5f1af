import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.ts';
import { activities, activityParticipants, contacts, financialPeriods } from '../../src/db/schema/index.ts';
import { makeAccount, makeRegion } from '../../src/demo/factories/index.ts';
import { accountScope } from '../../src/server/auth/scope.ts';
import { createTestDatabase } from '../support/test-db.ts';
import { csv, rejected, rowCount, run, seedCompany } from './transfer-fixtures.ts';

describe('importing contacts, financial periods and activities from CSV', () => {
  let database: Database;
  let company: Awaited<ReturnType<typeof seedCompany>>;
  let acme: { id: string };
  let south: { id: string };

  beforeAll(async () => {
    database = await createTestDatabase();
    company = await seedCompany(database.db);
    acme = await makeAccount(database.db, { name: 'Acme Apparel', nameZh: '阿克米服饰', regionId: company.east.id });
    south = await makeRegion(database.db, { code: 'SOUTH' });
    await makeAccount(database.db, { name: 'Twin', regionId: south.id });
    await makeAccount(database.db, { name: 'twin', regionId: south.id });
    await makeAccount(database.db, { name: 'Canton Pharma', regionId: south.id });
  });
  afterAll(() => database.close());

  const contactHeader = ['account_name', 'name', 'name_zh', 'department', 'title', 'influence', 'buying_role', 'attitude', 'owner_email'];

  it('imports contacts, finding the account by its English or Chinese name', async () => {
    const file = csv(contactHeader, [
      ['Acme Apparel', 'Wang Wei', '王伟', 'Logistics', 'Director', 5, 'decision_maker', 'supporter', 'li.rep@example.com'],
      ['阿克米服饰', 'Zhao Min', '', 'Procurement', 'Buyer', 2, 'gatekeeper', 'neutral', ''],
    ]);
    expect(await run(database.db, 'contacts', file)).toEqual({ kind: 'contacts', imported: 2 });
    const rows = await database.db.select().from(contacts).where(eq(contacts.accountId, acme.id));
    expect(rows.map((c) => c.name).sort()).toEqual(['Wang Wei', 'Zhao Min']);
    expect(rows.find((c) => c.name === 'Wang Wei')).toMatchObject({ influence: 5, buyingRole: 'decision_maker', ownerId: company.rep.id });
  });

  it('names the account column when the account is unknown, ambiguous or not an id', async () => {
    const file = csv(
      ['account_name', 'account_id', 'name', 'department', 'title'],
      [
        ['Nobody Ltd', '', 'A', 'Ops', 'Clerk'],
        ['Twin', '', 'B', 'Ops', 'Clerk'],
        ['', 'not-a-uuid', 'C', 'Ops', 'Clerk'],
        ['', '00000000-0000-4000-8000-000000000000', 'D', 'Ops', 'Clerk'],
      ],
    );
    const errors = await rejected(run(database.db, 'contacts', file));
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'account_name'],
      [3, 'account_name'],
      [4, 'account_id'],
      [5, 'account_id'],
    ]);
    expect(errors[1]?.message).toContain('give account_id');
  });

  it("does not let a manager's import reach accounts outside their scope", async () => {
    const manager = {
      id: company.admin.id,
      email: 'm@example.com',
      name: 'M',
      nameZh: null,
      role: 'manager' as const,
      regionId: company.east.id,
      departmentId: null,
      locale: 'en',
    };
    const file = csv(contactHeader, [['Canton Pharma', 'Chen Jie', '', 'Logistics', 'Manager', 3, 'user', 'neutral', '']]);
    const errors = await rejected(run(database.db, 'contacts', file, { scope: accountScope(manager) }));
    expect(errors).toEqual([{ row: 2, column: 'account_name', message: 'no account is named Canton Pharma' }]);
  });

  it('refuses a contact name the account already has', async () => {
    const file = csv(contactHeader, [['Acme Apparel', 'wang wei', '', 'Logistics', 'Director', 3, 'user', 'neutral', '']]);
    expect(await rejected(run(database.db, 'contacts', file))).toEqual([
      { row: 2, column: 'name', message: expect.stringContaining('already has a contact') },
    ]);
  });

  it('upserts financial periods per month; a month twice in one file is an error', async () => {
    const header = ['account_name', 'month', 'revenue', 'gross_profit', 'volume'];
    await run(
      database.db,
      'financials',
      csv(header, [
        ['Acme Apparel', '2025-01', 100, 10, 5],
        ['Acme Apparel', '2025-02', 200, 20, 6],
      ]),
    );
    await run(database.db, 'financials', csv(header, [['Acme Apparel', '2025-02', 250, 30, 7]]));
    const rows = await database.db.select().from(financialPeriods).where(eq(financialPeriods.accountId, acme.id));
    expect(rows.map((r) => [r.month, r.revenue, r.grossProfit, r.volume]).sort()).toEqual([
      ['2025-01-01', 100, 10, 5],
      ['2025-02-01', 250, 30, 7],
    ]);
    const twice = csv(header, [
      ['Acme Apparel', '2025-03', 1, 1, 1],
      ['Acme Apparel', '2025-03-01', 2, 2, 2],
      ['Acme Apparel', '2025-13', 1, 1, 1],
    ]);
    const errors = await rejected(run(database.db, 'financials', twice));
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [3, 'month'],
      [4, 'month'],
    ]);
  });

  it('imports activities with our people by email and their contacts by name', async () => {
    const header = ['account_name', 'kind', 'occurred_at', 'subject', 'executive_level', 'our_emails', 'contact_names'];
    const file = csv(header, [
      [
        'Acme Apparel',
        'visit',
        '2025-03-01T10:00:00+08:00',
        'Quarterly review',
        'yes',
        'li.rep@example.com; admin@example.com',
        'Wang Wei;王伟;Zhao Min',
      ],
    ]);
    expect(await run(database.db, 'activities', file)).toEqual({ kind: 'activities', imported: 1 });
    const [activity] = await database.db.select().from(activities).where(eq(activities.accountId, acme.id));
    expect(activity).toMatchObject({ kind: 'visit', executiveLevel: true, occurredAt: new Date('2025-03-01T02:00:00Z') });
    const parts = await database.db
      .select()
      .from(activityParticipants)
      .where(and(eq(activityParticipants.accountId, acme.id), eq(activityParticipants.activityId, activity!.id)));
    expect(parts.filter((p) => p.side === 'ours')).toHaveLength(2);
    expect(parts.filter((p) => p.side === 'theirs')).toHaveLength(2);

    // The same file again would count the visit twice.
    expect(await rejected(run(database.db, 'activities', file))).toEqual([
      { row: 2, column: 'subject', message: 'this activity is already recorded' },
    ]);
  });

  it('names our_emails and contact_names when a participant is unknown, and writes nothing', async () => {
    const before = await rowCount(database.db, activities);
    const file = csv(
      ['account_name', 'kind', 'occurred_at', 'subject', 'our_emails', 'contact_names'],
      [['Acme Apparel', 'call', '2025-04-01', 'Follow-up', 'ghost@example.com', 'Nobody']],
    );
    const errors = await rejected(run(database.db, 'activities', file));
    expect(errors.map((e) => e.column).sort()).toEqual(['contact_names', 'our_emails']);
    expect(await rowCount(database.db, activities)).toBe(before);
  });
});
