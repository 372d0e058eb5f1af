import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/client.ts';
import { makeAccount, makeActivity, makeFinancials, makeServiceUsage, makeUser } from '../../src/demo/factories/index.ts';
import { type TestApp, startTestApp, testPassword } from './harness.ts';

const NOW = new Date('2025-06-15T08:00:00Z');

/** A head customer in a strategic industry that needs a solution and met our executives. */
async function headCustomer(db: Db, overrides: Parameters<typeof makeAccount>[1]) {
  const account = await makeAccount(db, { industry: 'apparel', ...overrides });
  await makeFinancials(db, { accountId: account.id, months: 24, baseRevenue: 1_000_000, seasonality: 0, now: NOW });
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

describe('judgement API', () => {
  let t: TestApp;
  let admin: Record<string, string>;
  let manager: Record<string, string>;
  let rep: Record<string, string>;
  let otherRep: Record<string, string>;
  let account: { id: string };

  beforeAll(async () => {
    t = await startTestApp();
    t.setNow(NOW);
    const db = t.database.db;
    await makeUser(db, { email: 'admin@example.com', role: 'admin', name: 'Ada Admin', password: testPassword });
    await makeUser(db, { email: 'manager@example.com', role: 'manager', password: testPassword });
    const owner = await makeUser(db, { email: 'rep@example.com', role: 'rep', password: testPassword });
    await makeUser(db, { email: 'other@example.com', role: 'rep', password: testPassword });
    account = await headCustomer(db, { name: 'Trapped Apparel', ownerId: owner.id, collectionCycleDays: 120 });
    await makeAccount(db, { name: 'Small Co' });
    admin = await t.login('admin@example.com');
    manager = await t.login('manager@example.com');
    rep = await t.login('rep@example.com');
    otherRep = await t.login('other@example.com');
  });
  afterAll(() => t.close());

  const judgement = (headers: Record<string, string>) =>
    t.app.inject({ method: 'GET', url: `/api/accounts/${account.id}/judgement`, headers });
  const run = (headers: Record<string, string>) => t.app.inject({ method: 'POST', url: '/api/evaluations/run', headers });

  it('judges an account never evaluated on the spot, with every reason', async () => {
    const res = await judgement(rep);
    expect(res.statusCode).toBe(200);
    const { evaluation, history } = res.json();
    expect(evaluation.tier.value).toBe('key_account');
    expect(evaluation.tier.reasons.map((r: { rule: string }) => r.rule)).toContain('tier.payment_trap_blocked');
    expect(evaluation.criteria.scale.reasons[0]).toMatchObject({
      rule: 'scale.head_customer',
      met: true,
      key: 'reasons.scale.head_customer',
    });
    expect(evaluation.paymentTrap).toMatchObject({ value: true });
    // No site recorded: the head office where the account is registered stands in for it.
    expect(evaluation.serviceability.value.served).toBe(true);
    expect(evaluation.serviceability.reasons[1]).toMatchObject({
      rule: 'serviceability.site',
      params: { site: 'Trapped Apparel', kind: 'hq' },
    });
    expect(evaluation.growth.value.rate).toBe(0);
    expect(evaluation.level.nextStep.value.actions).toEqual(['confirm_level_with_customer']);
    expect(evaluation.evaluatedAt).toBe(NOW.toISOString());
    expect(history).toEqual([expect.objectContaining({ field: 'tier', before: null, after: 'key_account', actorId: null })]);
  });

  it('hides an account outside the caller’s scope as not found', async () => {
    expect((await judgement(otherRep)).statusCode).toBe(404);
    const bad = await t.app.inject({ method: 'GET', url: '/api/accounts/not-an-id/judgement', headers: admin });
    expect(bad.statusCode).toBe(400);
  });

  it('re-evaluates the portfolio for managers, executives and admins only', async () => {
    expect((await run(rep)).statusCode).toBe(403);
    const first = await run(manager);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ evaluated: 2, changed: 1, settingsVersion: 1 });
    expect((await run(admin)).json()).toMatchObject({ evaluated: 2, changed: 0 });
  });

  it('follows a settings change on the next run, and the history names who ran it and why', async () => {
    const { document, version } = (await t.app.inject({ method: 'GET', url: '/api/settings', headers: admin })).json();
    document.selection.paymentTrap.maxCollectionDays = 120;
    expect((await t.app.inject({ method: 'PUT', url: '/api/settings', headers: admin, payload: { document, version } })).statusCode).toBe(
      200,
    );
    t.setNow(new Date(NOW.getTime() + 60_000));
    expect((await run(admin)).json()).toMatchObject({ changed: 1, settingsVersion: 2 });

    const { evaluation, history } = (await judgement(rep)).json();
    expect(evaluation.tier.value).toBe('strategic');
    expect(evaluation.settingsVersion).toBe(2);
    expect(history[0]).toMatchObject({ field: 'tier', before: 'key_account', after: 'strategic', actorName: 'Ada Admin' });
    expect(history[0].reason).toContain('payment_trap cleared');
    expect(history[0].reason).toContain('settings v2');
  });

  it('documents the routes in the OpenAPI document', async () => {
    const paths = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json().paths;
    expect(Object.keys(paths)).toEqual(
      expect.arrayContaining([
        '/api/accounts/{id}/judgement',
        '/api/evaluations/run',
        '/api/settings',
        '/api/pool',
        '/api/pool-reviews/{id}',
      ]),
    );
  });
});
