import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeAccount, makeFinancials, makeRegion, makeUser } from '../../src/demo/factories/index.ts';
import { type TestApp, startTestApp, testPassword } from './harness.ts';

describe('accounts API', () => {
  let t: TestApp;
  let headers: Record<string, string>;
  let east: { id: string };
  let south: { id: string };

  beforeAll(async () => {
    t = await startTestApp();
    const db = t.database.db;
    east = await makeRegion(db, { code: 'EAST', nameEn: 'East', nameZh: '华东' });
    south = await makeRegion(db, { code: 'SOUTH', nameEn: 'South', nameZh: '华南' });
    await makeUser(db, { email: 'admin@example.com', role: 'admin', password: testPassword });
    for (let i = 0; i < 7; i++) {
      const a = await makeAccount(db, { name: `East Apparel ${i}`, industry: 'apparel', regionId: east.id, province: 'Zhejiang', city: 'Hangzhou' });
      await makeFinancials(db, { accountId: a.id, months: 24, baseRevenue: (i + 1) * 100_000 });
    }
    await makeAccount(db, { name: 'Pearl River Pharma', nameZh: '珠江制药', industry: 'pharma', regionId: south.id, province: 'Guangdong', city: 'Guangzhou' });
    headers = await t.login('admin@example.com');
  });
  afterAll(() => t.close());

  const get = (url: string) => t.app.inject({ method: 'GET', url, headers });

  it('filters by region and pages through every account exactly once with a cursor', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await get(`/api/accounts?region=${east.id}&limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body.total).toBe(7);
      seen.push(...body.items.map((a: { name: string; regionId: string }) => a.name));
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...seen].sort());
    expect(new Set(seen).size).toBe(7);
    expect(seen.every((n) => n.startsWith('East'))).toBe(true);
  });

  it('sorts by trailing-twelve-month revenue, largest first, across pages', async () => {
    const first = (await get('/api/accounts?sort=-revenue&limit=4')).json();
    const second = (await get(`/api/accounts?sort=-revenue&limit=4&cursor=${first.nextCursor}`)).json();
    const revenues: number[] = [...first.items, ...second.items].map((a: { revenue12m: number }) => a.revenue12m);
    expect(revenues).toEqual([...revenues].sort((a, b) => b - a));
    expect(revenues[0]).toBeGreaterThan(revenues[6] ?? 0);
    expect(first.items[0].name).toBe('East Apparel 6');
  });

  it('searches English and Chinese names', async () => {
    expect((await get('/api/accounts?q=珠江')).json().items.map((a: { name: string }) => a.name)).toEqual(['Pearl River Pharma']);
    expect((await get('/api/accounts?q=pearl')).json().total).toBe(1);
  });

  it('rejects a cursor it did not give out, naming the field', async () => {
    const res = await get('/api/accounts?cursor=garbage');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('cursor');
  });

  it('creates an account and names the field of bad input without writing anything', async () => {
    const bad = await t.app.inject({ method: 'POST', url: '/api/accounts', headers, payload: { name: 'X', industry: 'spaceships', province: 'P', city: 'C' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'validation.failed', field: 'industry' });
    expect((await get('/api/accounts?q=X')).json().items.find((a: { name: string }) => a.name === 'X')).toBeUndefined();

    const ok = await t.app.inject({ method: 'POST', url: '/api/accounts', headers, payload: { name: 'Yangtze Auto Parts', industry: 'auto_parts', province: 'Hubei', city: 'Wuhan' } });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().account).toMatchObject({ name: 'Yangtze Auto Parts', status: 'prospect', version: 1 });
  });

  it('updates with the version read, refuses a stale version with 409 and audits owner and status', async () => {
    const account = await makeAccount(t.database.db, { name: 'Versioned Co', regionId: east.id, status: 'prospect' });
    const owner = await makeUser(t.database.db, { role: 'rep', name: 'New Owner' });
    const patch = (payload: object) => t.app.inject({ method: 'PATCH', url: `/api/accounts/${account.id}`, headers, payload });

    const first = await patch({ version: 1, ownerId: owner.id, status: 'active', reason: 'handover' });
    expect(first.statusCode).toBe(200);
    expect(first.json().account).toMatchObject({ version: 2, ownerId: owner.id, status: 'active' });

    const stale = await patch({ version: 1, description: 'overwrites?' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('conflict.stale_version');
    expect((await get(`/api/accounts/${account.id}`)).json().account.description).toBeNull();

    const describe = await patch({ version: 2, description: 'Cold-chain pilot in Q1' });
    expect(describe.json().account).toMatchObject({ version: 3, status: 'active', description: 'Cold-chain pilot in Q1' });

    const badField = await patch({ version: 3, overdueShare: 3 });
    expect(badField.statusCode).toBe(400);
    expect(badField.json().error.field).toBe('overdueShare');

    const history = (await get(`/api/accounts/${account.id}/history`)).json().items;
    expect(history).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'owner', before: null, after: owner.id, reason: 'handover' }),
        expect.objectContaining({ field: 'status', before: 'prospect', after: 'active' }),
      ]),
    );
  });

  it('keeps team changes in the history', async () => {
    const account = await makeAccount(t.database.db, { name: 'Team Co' });
    const member = await makeUser(t.database.db, { role: 'staff' });
    const add = await t.app.inject({ method: 'POST', url: `/api/accounts/${account.id}/team`, headers, payload: { userId: member.id, role: 'delivery', reason: 'onboarding' } });
    expect(add.statusCode).toBe(200);
    expect(add.json().items).toEqual([expect.objectContaining({ userId: member.id, role: 'delivery' })]);
    const removed = await t.app.inject({ method: 'DELETE', url: `/api/accounts/${account.id}/team/${member.id}?role=delivery`, headers });
    expect(removed.statusCode).toBe(204);
    const team = (await get(`/api/accounts/${account.id}/history`)).json().items.filter((e: { field: string }) => e.field === 'team');
    expect(team).toHaveLength(2);
    expect(team.map((e: { after: string[] }) => e.after.length).sort()).toEqual([0, 1]);
  });

  it('logs an activity with participants on both sides', async () => {
    const account = await makeAccount(t.database.db, { name: 'Visit Co' });
    const contact = await t.app.inject({ method: 'POST', url: `/api/accounts/${account.id}/contacts`, headers, payload: { name: 'Li Wei', department: 'Logistics', title: 'Director' } });
    expect(contact.statusCode).toBe(201);
    const me = (await get('/api/me')).json().user;
    const logged = await t.app.inject({
      method: 'POST',
      url: `/api/accounts/${account.id}/activities`,
      headers,
      payload: { kind: 'visit', occurredAt: '2026-10-01T09:00:00Z', subject: 'Quarterly review', ourUserIds: [me.id], contactIds: [contact.json().id] },
    });
    expect(logged.statusCode).toBe(201);
    const [activity] = (await get(`/api/accounts/${account.id}/activities`)).json().items;
    expect(activity.participants).toEqual(
      expect.arrayContaining([expect.objectContaining({ side: 'ours', userId: me.id }), expect.objectContaining({ side: 'theirs', contactName: 'Li Wei' })]),
    );
  });
});
