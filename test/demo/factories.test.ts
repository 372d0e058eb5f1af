import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.ts';
import * as schema from '../../src/db/schema/index.ts';
import {
  attachProof,
  makeAccount,
  makeActivity,
  makeCommitment,
  makeContact,
  makeDeal,
  makeDealSignal,
  makeExecutivePairing,
  makeFinancials,
  makeProofAsset,
  makeRelation,
  makeSite,
  makeSupportRequest,
  makeUser,
} from '../../src/demo/factories/index.ts';
import { createRandom } from '../../src/demo/random.ts';
import { financialSeries } from '../../src/demo/rows/financial-rows.ts';
import { verifyPassword } from '../../src/server/auth/password.ts';
import { createTestDatabase } from '../support/test-db.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe('factories', () => {
  it('insert one record with sensible defaults and return the stored row', async () => {
    const account = await makeAccount(database.db);
    expect(account).toMatchObject({ status: 'active', industry: 'fmcg', version: 1 });
    expect(account.id).toMatch(/^[0-9a-f-]{36}$/);
    const renamed = await makeAccount(database.db, { name: 'Hangzhou Test Apparel', industry: 'apparel', status: 'prospect' });
    expect(renamed).toMatchObject({ name: 'Hangzhou Test Apparel', industry: 'apparel', status: 'prospect' });
    expect(renamed.name).not.toBe(account.name);
  });

  it('create the parents a record needs when none is given', async () => {
    const before = await database.db.$count(schema.accounts);
    const site = await makeSite(database.db);
    expect(await database.db.$count(schema.accounts)).toBe(before + 1);
    const [parent] = await database.db.select().from(schema.accounts).where(eq(schema.accounts.id, site.accountId));
    expect(parent).toBeDefined();
    const relation = await makeRelation(database.db, { kind: 'rival' });
    const ends = await database.db.select().from(schema.contacts).where(eq(schema.contacts.accountId, relation.accountId));
    expect(ends.map((c) => c.id).sort()).toEqual([relation.fromContactId, relation.toContactId].sort());
    const request = await makeSupportRequest(database.db);
    expect(request.status).toBe('open');
    const commitment = await makeCommitment(database.db);
    const [promiser] = await database.db.select().from(schema.users).where(eq(schema.users.id, commitment.promisedBy));
    expect(promiser?.role).toBe('executive');
  });

  it('write through a transaction as well, and roll back with it', async () => {
    const before = await database.db.$count(schema.accounts);
    await expect(
      database.db.transaction(async (tx) => {
        const pairing = await makeExecutivePairing(tx);
        expect(pairing.cadenceDays).toBe(92);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await database.db.$count(schema.accounts)).toBe(before);
  });

  it('make a user who signs in with the password given, and only with it', async () => {
    const user = await makeUser(database.db, { email: 'Someone@Example.test', password: 'correct horse' });
    expect(await verifyPassword('correct horse', user.passwordHash)).toBe(true);
    expect(await verifyPassword('wrong horse', user.passwordHash)).toBe(false);
    expect((await makeUser(database.db)).passwordHash).toBeNull();
  });

  it('make an activity with its participants on both sides', async () => {
    const contact = await makeContact(database.db);
    const rep = await makeUser(database.db);
    const activity = await makeActivity(database.db, {
      accountId: contact.accountId,
      userIds: [rep.id],
      contactIds: [contact.id],
      kind: 'meeting',
    });
    expect(activity.participants.map((p) => [p.side, p.userId ?? p.contactId])).toEqual([
      ['ours', rep.id],
      ['theirs', contact.id],
    ]);
    const stored = await database.db
      .select()
      .from(schema.activityParticipants)
      .where(eq(schema.activityParticipants.activityId, activity.id));
    expect(stored).toHaveLength(2);
  });

  it('attach signals and proof to a deal of the same account', async () => {
    const deal = await makeDeal(database.db, { kind: 'solution', stage: 'solution_proof' });
    const signal = await makeDealSignal(database.db, { accountId: deal.accountId, dealId: deal.id, signal: 'asked_insurance' });
    expect(signal).toMatchObject({ accountId: deal.accountId, dealId: deal.id, signal: 'asked_insurance' });
    const proof = await makeProofAsset(database.db, { kind: 'insurance' });
    const link = await attachProof(database.db, { accountId: deal.accountId, dealId: deal.id, proofAssetId: proof.id });
    expect(link.proofAssetId).toBe(proof.id);
  });

  it('make n months of business ending the month before now', async () => {
    const now = new Date('2025-07-10T00:00:00Z');
    const rows = await makeFinancials(database.db, { now, months: 6, baseRevenue: 500_000 });
    expect(rows.map((r) => r.month)).toEqual(['2025-01-01', '2025-02-01', '2025-03-01', '2025-04-01', '2025-05-01', '2025-06-01']);
    expect(rows.every((r) => r.revenue === 500_000)).toBe(true);
  });
});

describe('financialSeries', () => {
  const now = new Date('2025-07-10T00:00:00Z');
  const base = { accountId: 'a', now, baseRevenue: 1_000_000, seasonality: 0 };

  it('grows with a positive trend and shrinks with a negative one', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.05, noNaN: true }), (growth) => {
        const up = financialSeries({ ...base, monthlyGrowth: growth });
        const down = financialSeries({ ...base, monthlyGrowth: -growth });
        expect(up[23]!.revenue).toBeGreaterThan(up[0]!.revenue);
        expect(down[23]!.revenue).toBeLessThan(down[0]!.revenue);
      }),
    );
  });

  it('applies a recent change only to the last months', () => {
    const rows = financialSeries({ ...base, recentChange: { months: 3, monthlyRate: -0.1 } });
    expect(rows.slice(0, 21).every((r) => r.revenue === 1_000_000)).toBe(true);
    expect(rows.slice(21).map((r) => r.revenue)).toEqual([900_000, 810_000, 729_000]);
  });

  it('keeps gross profit between zero and revenue, and volume non-negative, whatever the noise', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.double({ min: 0, max: 0.6, noNaN: true }),
        (seed, noise, margin) => {
          const rows = financialSeries({ ...base, seasonality: 1, noise, margin, random: createRandom(seed) });
          for (const r of rows) {
            expect(r.revenue).toBeGreaterThanOrEqual(0);
            expect(r.grossProfit).toBeGreaterThanOrEqual(0);
            expect(r.grossProfit).toBeLessThanOrEqual(r.revenue);
            expect(r.volume).toBeGreaterThanOrEqual(0);
          }
        },
      ),
    );
  });
});

describe('createRandom', () => {
  it('repeats itself for the same seed, and differs for another', () => {
    const draw = (seed: number | string) => {
      const r = createRandom(seed);
      return Array.from({ length: 20 }, () => r.next());
    };
    expect(draw('abreast-demo')).toEqual(draw('abreast-demo'));
    expect(draw(1)).not.toEqual(draw(2));
  });

  it('stays within the bounds it is asked for', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 0, max: 1000 }), (seed, min, span) => {
        const r = createRandom(seed);
        for (let i = 0; i < 50; i++) {
          const n = r.int(min, min + span);
          expect(Number.isInteger(n)).toBe(true);
          expect(n).toBeGreaterThanOrEqual(min);
          expect(n).toBeLessThanOrEqual(min + span);
          const x = r.next();
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThan(1);
        }
        const items = [1, 2, 3, 4, 5];
        expect(r.shuffle(items).sort()).toEqual(items);
        expect(new Set(r.sample(items, 3)).size).toBe(3);
      }),
    );
  });
});
