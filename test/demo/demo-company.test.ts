import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.ts';
import * as schema from '../../src/db/schema/index.ts';
import { DEMO_PASSWORD, demoLogins, isDatabaseEmpty, loadDemoCompany } from '../../src/demo/company.ts';
import { departmentKinds } from '../../src/domain/catalog.ts';
import { verifyPassword } from '../../src/server/auth/password.ts';
import { createTestDatabase } from '../support/test-db.ts';
import { DEMO_NOW, type LoadedDemo } from './loaded-demo.ts';

let demo: LoadedDemo;
let emptyBefore: boolean;

beforeAll(async () => {
  const database = await createTestDatabase();
  emptyBefore = await isDatabaseEmpty(database.db);
  const summary = await loadDemoCompany({ db: database.db, now: DEMO_NOW });
  demo = { database, summary, now: DEMO_NOW };
});
afterAll(async () => {
  await demo?.database.close();
});

describe('loading the demo company', () => {
  it('loads into an empty database and reports a count for every table it fills', async () => {
    const { db } = demo.database;
    expect(emptyBefore).toBe(true);
    expect(await isDatabaseEmpty(db)).toBe(false);
    expect(demo.summary.accounts).toBe(60);
    expect(demo.summary.users).toBe(demoLogins.length);
    for (const [table, rows] of Object.entries(demo.summary)) expect(rows, table).toBeGreaterThan(0);
    expect(demo.summary.activities).toBe(await db.$count(schema.activities));
    expect(demo.summary.financialPeriods).toBe(await db.$count(schema.financialPeriods));
  });

  it('refuses a second load and leaves the data as it was', async () => {
    const { db } = demo.database;
    await expect(loadDemoCompany({ db, now: DEMO_NOW })).rejects.toMatchObject({ code: 'conflict.duplicate' });
    expect(await db.$count(schema.users)).toBe(demo.summary.users);
    expect(await db.$count(schema.accounts)).toBe(60);
  });
});

describe('one transaction, one outcome', () => {
  let other: Database;
  beforeAll(async () => {
    other = await createTestDatabase();
  });
  afterAll(async () => {
    await other?.close();
  });

  it('leaves nothing behind when the load fails half-way', async () => {
    // A region already using the demo's code: users are still absent, so the load starts, then fails.
    await other.db.insert(schema.regions).values({ code: 'west', nameEn: 'Taken', nameZh: '占用' });
    await expect(loadDemoCompany({ db: other.db, now: DEMO_NOW })).rejects.toThrow();
    expect(await other.db.$count(schema.regions)).toBe(1);
    expect(await other.db.$count(schema.departments)).toBe(0);
    expect(await other.db.$count(schema.users)).toBe(0);
    expect(await other.db.$count(schema.settingsVersions)).toBe(0);
  });

  it('gives the same company for the same `now`', async () => {
    await other.db.delete(schema.regions);
    const summary = await loadDemoCompany({ db: other.db, now: DEMO_NOW });
    expect(summary).toEqual(demo.summary);
    const fingerprint = async (database: Database) => {
      const revenue = await database.db
        .select({ name: schema.accounts.name, total: sql<string>`coalesce(sum(${schema.financialPeriods.revenue}), 0)::text` })
        .from(schema.accounts)
        .leftJoin(schema.financialPeriods, eq(schema.financialPeriods.accountId, schema.accounts.id))
        .groupBy(schema.accounts.name)
        .orderBy(schema.accounts.name);
      const contacts = await database.db.select({ name: schema.contacts.name }).from(schema.contacts).orderBy(schema.contacts.name);
      const visits = await database.db
        .select({ at: schema.activities.occurredAt, subject: schema.activities.subject })
        .from(schema.activities)
        .orderBy(schema.activities.occurredAt, schema.activities.subject);
      return { revenue, contacts, visits };
    };
    expect(await fingerprint(other)).toEqual(await fingerprint(demo.database));
  }, 180_000);
});

describe('the people of Abreast Logistics', () => {
  it('has every demo login, with its role, signing in with the shared demo password', async () => {
    const { db } = demo.database;
    expect(demoLogins.length).toBeGreaterThanOrEqual(20);
    for (const login of demoLogins) {
      const [user] = await db.select().from(schema.users).where(sql`lower(${schema.users.email}) = ${login.email.toLowerCase()}`);
      expect(user, login.email).toBeDefined();
      expect(user?.role).toBe(login.role);
      expect(user?.name).toBe(login.name);
      expect(user?.nameZh).toMatch(/\p{Script=Han}/u);
      expect(await verifyPassword(DEMO_PASSWORD, user?.passwordHash ?? null), login.email).toBe(true);
    }
    const [admin] = await db.select().from(schema.users).where(eq(schema.users.email, 'admin@abreast.demo'));
    expect(admin?.role).toBe('admin');
    expect(await verifyPassword('not-the-demo-password', admin?.passwordHash ?? null)).toBe(false);
  }, 180_000);

  it('has a CEO and two other executives, one of them without sales training', async () => {
    const executives = await demo.database.db.select().from(schema.users).where(eq(schema.users.role, 'executive'));
    expect(executives.map((e) => e.email).sort()).toEqual(['cco@abreast.demo', 'ceo@abreast.demo', 'coo@abreast.demo']);
    expect(executives.filter((e) => e.salesTrained)).toHaveLength(2);
    expect(executives.find((e) => e.email === 'coo@abreast.demo')?.salesTrained).toBe(false);
  });

  it('has a sales director per region, managing it, and reps reporting to their region’s director', async () => {
    const { db } = demo.database;
    const regions = await db.select().from(schema.regions);
    expect(regions.map((r) => r.code).sort()).toEqual(['east', 'north', 'south', 'west']);
    const users = await db.select().from(schema.users);
    for (const region of regions) {
      expect(region.provinces.length, region.code).toBeGreaterThan(2);
      expect(region.nameZh).toMatch(/\p{Script=Han}/u);
      const manager = users.find((u) => u.id === region.managerId);
      expect(manager?.role, region.code).toBe('manager');
      expect(manager?.regionId).toBe(region.id);
    }
    const reps = users.filter((u) => u.role === 'rep');
    expect(reps.length).toBeGreaterThanOrEqual(10);
    for (const rep of reps) {
      const supervisor = users.find((u) => u.id === rep.supervisorId);
      expect(supervisor?.role, rep.email).toBe('manager');
      expect(supervisor?.regionId, rep.email).toBe(rep.regionId);
      expect(rep.email).toMatch(/^rep\.(east|south|north|west)\d@abreast\.demo$/);
    }
  });

  it('has a department of every kind, with back-office staff where a rep asks for support', async () => {
    const { db } = demo.database;
    const departments = await db.select().from(schema.departments);
    expect(new Set(departments.map((d) => d.kind))).toEqual(new Set(departmentKinds));
    const staff = await db
      .select({ kind: schema.departments.kind })
      .from(schema.users)
      .innerJoin(schema.departments, eq(schema.departments.id, schema.users.departmentId))
      .where(eq(schema.users.role, 'staff'));
    for (const kind of ['solution_design', 'delivery', 'operations', 'pricing', 'it_integration', 'legal', 'finance']) {
      expect(
        staff.map((s) => s.kind),
        kind,
      ).toContain(kind);
    }
  });
});
