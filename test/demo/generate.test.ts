import { eq, notInArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.ts';
import * as schema from '../../src/db/schema/index.ts';
import { makeRegion, makeUser } from '../../src/demo/factories/index.ts';
import { type GeneratedCounts, generatePortfolio } from '../../src/demo/generate.ts';
import { createTestDatabase } from '../support/test-db.ts';

const now = new Date('2025-09-02T12:00:00Z');
let database: Database;
let counts: GeneratedCounts;
const progress: [number, number][] = [];
let eastReps: string[];
let eastId: string;
let southId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const east = await makeRegion(database.db, { code: 'east' });
  const south = await makeRegion(database.db, { code: 'south' });
  eastId = east.id;
  southId = south.id;
  eastReps = [
    (await makeUser(database.db, { role: 'rep', regionId: east.id })).id,
    (await makeUser(database.db, { role: 'rep', regionId: east.id })).id,
  ];
  counts = await generatePortfolio({
    db: database.db,
    accounts: 1000,
    seed: 42,
    now,
    batchSize: 300,
    onProgress: (done, total) => progress.push([done, total]),
  });
}, 600_000);
afterAll(async () => {
  await database?.close();
});

describe('generatePortfolio', () => {
  it('inserts the number of accounts asked for, and reports what it wrote table by table', async () => {
    const { db } = database;
    expect(counts.accounts).toBe(1000);
    expect(await db.$count(schema.accounts)).toBe(counts.accounts);
    expect(await db.$count(schema.sites)).toBe(counts.sites);
    expect(await db.$count(schema.financialPeriods)).toBe(counts.financialPeriods);
    expect(await db.$count(schema.serviceUsage)).toBe(counts.serviceUsage);
    expect(await db.$count(schema.competitors)).toBe(counts.competitors);
    expect(await db.$count(schema.contacts)).toBe(counts.contacts);
    expect(await db.$count(schema.activities)).toBe(counts.activities);
    expect(await db.$count(schema.activityParticipants)).toBe(counts.activityParticipants);
  });

  it('gives every customer 24 months of business and every account its site, people and service lines', async () => {
    const { db } = database;
    const customers = await db.$count(schema.accounts, notInArray(schema.accounts.status, ['prospect']));
    expect(customers).toBeGreaterThan(850);
    expect(counts.financialPeriods).toBe(24 * customers);
    expect(counts.sites).toBe(1000);
    expect(counts.contacts).toBeGreaterThanOrEqual(1000);
    expect(counts.contacts).toBeLessThanOrEqual(3000);
    expect(counts.serviceUsage).toBeGreaterThanOrEqual(2000);
    expect(counts.serviceUsage).toBeLessThanOrEqual(4000);
    const months = await db
      .selectDistinct({ month: schema.financialPeriods.month })
      .from(schema.financialPeriods)
      .orderBy(schema.financialPeriods.month);
    expect(months).toHaveLength(24);
    expect(months[0]?.month).toBe('2023-09-01');
    expect(months[23]?.month).toBe('2025-08-01');
  });

  it('keeps activities in the year before now, with participants from the same account', async () => {
    const { db } = database;
    const activities = await db.select().from(schema.activities);
    for (const a of activities) {
      expect(a.occurredAt.getTime()).toBeLessThanOrEqual(now.getTime());
      expect(a.occurredAt.getTime()).toBeGreaterThanOrEqual(now.getTime() - 366 * 86_400_000);
    }
    const contacts = new Map((await db.select().from(schema.contacts)).map((c) => [c.id, c.accountId]));
    const participants = await db.select().from(schema.activityParticipants).where(eq(schema.activityParticipants.side, 'theirs'));
    expect(participants.length).toBe(activities.length);
    for (const p of participants) expect(contacts.get(p.contactId ?? '')).toBe(p.accountId);
  });

  it('assigns owners among the reps of the account’s region', async () => {
    const accounts = await database.db.select().from(schema.accounts);
    const east = accounts.filter((a) => a.regionId === eastId);
    expect(east.length).toBeGreaterThan(100);
    for (const a of east) expect(eastReps).toContain(a.ownerId);
    // A region without reps leaves its accounts unowned; unknown regions leave the region empty.
    expect(accounts.filter((a) => a.regionId === southId).every((a) => a.ownerId === null)).toBe(true);
    expect(accounts.filter((a) => a.regionId === null).every((a) => a.ownerId === null)).toBe(true);
    expect(accounts.filter((a) => a.regionId === null).length).toBeGreaterThan(0);
  });

  it('reports progress after every batch', () => {
    expect(progress).toEqual([
      [0, 1000],
      [300, 1000],
      [600, 1000],
      [900, 1000],
      [1000, 1000],
    ]);
  });

  it('builds the same portfolio from the same seed, with fresh ids, and another from another seed', async () => {
    const { db } = database;
    const before = new Set((await db.select({ id: schema.accounts.id }).from(schema.accounts)).map((a) => a.id));
    const fingerprint = (a: typeof schema.accounts.$inferSelect) => `${a.name}|${a.walletEstimate}|${a.status}|${a.collectionCycleDays}`;
    const all = await db.select().from(schema.accounts);
    await generatePortfolio({ db, accounts: 20, seed: 42, now, batchSize: 7 });
    await generatePortfolio({ db, accounts: 20, seed: 43, now });
    const added = (await db.select().from(schema.accounts)).filter((a) => !before.has(a.id));
    expect(added).toHaveLength(40);
    const earlier = new Set(all.map(fingerprint));
    const again = added.filter((a) => earlier.has(fingerprint(a)));
    // The 20 from seed 42 repeat the first 20 of the big run; the 20 from seed 43 do not.
    expect(again).toHaveLength(20);
  });
});
