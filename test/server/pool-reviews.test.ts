import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/client.ts';
import { makeAccount, makeActivity, makeFinancials, makeServiceUsage, makeUser } from '../../src/demo/factories/index.ts';
import { type TestApp, startTestApp, testPassword } from './harness.ts';

const NOW = new Date('2025-06-15T08:00:00Z');

/** A head customer in a strategic industry that needs a solution and met our executives. */
async function headCustomer(db: Db, overrides: Parameters<typeof makeAccount>[1], baseRevenue: number) {
  const account = await makeAccount(db, { industry: 'apparel', ...overrides });
  await makeFinancials(db, { accountId: account.id, months: 24, baseRevenue, seasonality: 0, now: NOW });
  await makeServiceUsage(db, { accountId: account.id, serviceLine: 'warehousing' });
  await makeServiceUsage(db, { accountId: account.id, serviceLine: 'linehaul' });
  await makeActivity(db, {
    accountId: account.id,
    kind: 'meeting',
    executiveLevel: true,
    occurredAt: new Date(NOW.getTime() - 30 * 86_400_000),
  });
  return account;
}

describe('strategic pool and its reviews API', () => {
  let t: TestApp;
  let admin: Record<string, string>;
  let manager: Record<string, string>;
  let rep: Record<string, string>;
  let clock = NOW.getTime();
  const later = () => t.setNow(new Date((clock += 60_000)));

  beforeAll(async () => {
    t = await startTestApp();
    t.setNow(NOW);
    const db = t.database.db;
    await makeUser(db, { email: 'admin@example.com', role: 'admin', password: testPassword });
    await makeUser(db, { email: 'manager@example.com', role: 'manager', name: 'Mia Manager', password: testPassword });
    const owner = await makeUser(db, { email: 'rep@example.com', role: 'rep', password: testPassword });
    await headCustomer(db, { name: 'Seastar Apparel', ownerId: owner.id }, 1_200_000);
    await headCustomer(db, { name: 'Trapped Apparel', collectionCycleDays: 150 }, 1_000_000);
    // Big enough that both apparel accounts are within the first half of the revenue, small enough to stay out.
    const small = await makeAccount(db, { name: 'Small Co', industry: 'fmcg' });
    await makeFinancials(db, { accountId: small.id, months: 24, baseRevenue: 500_000, seasonality: 0, now: NOW });
    admin = await t.login('admin@example.com');
    manager = await t.login('manager@example.com');
    rep = await t.login('rep@example.com');
  });
  afterAll(() => t.close());

  const get = (url: string, headers = manager) => t.app.inject({ method: 'GET', url, headers });
  const review = (note: string, headers = manager) =>
    t.app.inject({ method: 'POST', url: '/api/pool-reviews', headers, payload: { note } });
  const changeSettings = async (change: (document: any) => void) => {
    const { document, version } = (await get('/api/settings', admin)).json();
    change(document);
    const res = await t.app.inject({ method: 'PUT', url: '/api/settings', headers: admin, payload: { document, version } });
    expect(res.statusCode).toBe(200);
  };

  it('lets managers, executives and admins take reviews, not reps', async () => {
    expect((await review('mine', rep)).statusCode).toBe(403);
    expect((await get('/api/pool-reviews', rep)).statusCode).toBe(403);
  });

  it('takes a dated snapshot after judging the portfolio, with its counts', async () => {
    expect((await get('/api/pool-reviews')).json().due.value.due).toBe(true);
    const res = await review('Q2 review');
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      note: 'Q2 review',
      takenByName: 'Mia Manager',
      settingsVersion: 1,
      summary: {
        accounts: 3,
        tiers: { strategic: 1, key_account: 1, high_potential: 0, regular: 1 },
        paymentTrapFlagged: 1,
        strategicPoolMax: 30,
        poolSizeWarning: { value: false },
      },
    });
    const list = (await get('/api/pool-reviews')).json();
    expect(list.items).toHaveLength(1);
    expect(list.due.value.due).toBe(false);

    const detail = (await get(`/api/pool-reviews/${res.json().id}`)).json();
    expect(detail.previous).toBeNull();
    expect(detail.pool.map((p: { name: string }) => p.name)).toEqual(['Seastar Apparel']);
    expect(detail.pool[0].snapshotReasons.tier.map((r: { rule: string }) => r.rule)).toContain('tier.all_met');
    expect(detail.diff.entered.map((e: { name: string }) => e.name)).toEqual(['Seastar Apparel']);
  });

  it('shows who entered and why at the next review, and leaves the old one as it was', async () => {
    const first = (await get('/api/pool-reviews')).json().items[0];
    await changeSettings((d) => {
      d.selection.paymentTrap.maxCollectionDays = 150;
      d.selection.strategicPoolMax = 1;
    });
    later();
    const second = (await review('after the payment terms review')).json();
    expect(second.settingsVersion).toBe(2);
    expect(second.summary.tiers.strategic).toBe(2);
    expect(second.summary.poolSizeWarning).toMatchObject({ value: true, reasons: [{ rule: 'pool.size', input: 2, threshold: 1 }] });

    const detail = (await get(`/api/pool-reviews/${second.id}`)).json();
    expect(detail.previous.id).toBe(first.id);
    expect(detail.diff.entered).toHaveLength(1);
    expect(detail.diff.entered[0]).toMatchObject({
      name: 'Trapped Apparel',
      before: { tier: 'key_account', paymentTrap: true },
      after: { tier: 'strategic' },
    });
    expect(detail.diff.entered[0].reasons.map((r: { rule: string }) => r.rule)).toContain('pool.payment_trap_cleared');
    expect(detail.diff.stayed).toHaveLength(1);

    const old = (await get(`/api/pool-reviews/${first.id}`)).json();
    expect(old.pool.map((p: { name: string }) => p.name)).toEqual(['Seastar Apparel']);
    expect(old.review.summary).toEqual(first.summary);
  });

  it('says who left and why', async () => {
    await changeSettings((d) => {
      d.selection.strategicIndustries = ['pharma'];
    });
    later();
    const third = (await review('strategy moved to pharma')).json();
    const detail = (await get(`/api/pool-reviews/${third.id}`)).json();
    expect(detail.pool).toEqual([]);
    expect(detail.diff.left.map((e: { name: string }) => e.name).sort()).toEqual(['Seastar Apparel', 'Trapped Apparel']);
    const reasons = detail.diff.left[0].reasons;
    expect(reasons).toContainEqual(expect.objectContaining({ rule: 'pool.criterion_lost', params: { criterion: 'strategic_fit' } }));
    expect(detail.diff.left[0].snapshotReasons.criteria.strategic_fit[0]).toMatchObject({ rule: 'strategic_fit.industry', met: false });
  });

  it('shows the current pool: accounts in my scope, the count company-wide against the maximum', async () => {
    await changeSettings((d) => {
      d.selection.strategicIndustries = ['apparel'];
    });
    expect((await t.app.inject({ method: 'POST', url: '/api/evaluations/run', headers: admin })).statusCode).toBe(200);
    const forAdmin = (await get('/api/pool', admin)).json();
    expect(forAdmin.accounts.map((a: { name: string }) => a.name)).toEqual(['Seastar Apparel', 'Trapped Apparel']);
    expect(forAdmin).toMatchObject({ count: 2, max: 1, poolSizeWarning: { value: true } });
    const forRep = (await get('/api/pool', rep)).json();
    expect(forRep.accounts.map((a: { name: string }) => a.name)).toEqual(['Seastar Apparel']);
    expect(forRep.count).toBe(2);
  });

  it('answers 404 for a review that does not exist', async () => {
    expect((await get('/api/pool-reviews/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
});
