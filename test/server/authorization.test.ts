import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeAccount, makeRegion, makeTeamMember, makeUser } from '../../src/demo/factories/index.ts';
import { type TestApp, startTestApp, testPassword } from './harness.ts';

/**
 * Scope rules: a rep sees the accounts they own or whose team they are on; a
 * manager those of their region; executives and admins all; only admins manage
 * users. Someone else's account is a 404 (never data); a disallowed action a 403.
 */
describe('who sees and does what', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  const as: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    t = await startTestApp();
    const db = t.database.db;
    const east = await makeRegion(db, { code: 'EAST' });
    const south = await makeRegion(db, { code: 'SOUTH' });
    const users = {
      admin: await makeUser(db, { email: 'admin@x.test', role: 'admin', password: testPassword }),
      exec: await makeUser(db, { email: 'exec@x.test', role: 'executive', password: testPassword }),
      managerEast: await makeUser(db, { email: 'manager@x.test', role: 'manager', regionId: east.id, password: testPassword }),
      rep: await makeUser(db, { email: 'rep@x.test', role: 'rep', regionId: east.id, password: testPassword }),
      otherRep: await makeUser(db, { email: 'other@x.test', role: 'rep', regionId: east.id, password: testPassword }),
      staff: await makeUser(db, { email: 'staff@x.test', role: 'staff', password: testPassword }),
    };
    ids.owned = (await makeAccount(db, { name: 'Owned by rep', ownerId: users.rep.id, regionId: east.id })).id;
    ids.handover = (await makeAccount(db, { name: 'Handed over', ownerId: users.rep.id, regionId: east.id })).id;
    ids.team = (await makeAccount(db, { name: 'Rep on team', ownerId: users.otherRep.id, regionId: east.id })).id;
    await makeTeamMember(db, { accountId: ids.team, userId: users.rep.id, role: 'solution' });
    await makeTeamMember(db, { accountId: ids.team, userId: users.staff.id, role: 'delivery' });
    ids.others = (await makeAccount(db, { name: 'Other rep east', ownerId: users.otherRep.id, regionId: east.id })).id;
    ids.south = (await makeAccount(db, { name: 'South account', ownerId: users.otherRep.id, regionId: south.id })).id;
    for (const [who, user] of Object.entries(users)) as[who] = await t.login(user.email);
  });
  afterAll(() => t.close());

  const names = async (who: string) =>
    (await t.app.inject({ method: 'GET', url: '/api/accounts?limit=200', headers: as[who] })).json().items.map((a: { name: string }) => a.name).sort();

  it('a rep sees only the accounts they own or whose team they are on', async () => {
    expect(await names('rep')).toEqual(['Handed over', 'Owned by rep', 'Rep on team']);
  });

  it('staff see the accounts whose team they are on', async () => {
    expect(await names('staff')).toEqual(['Rep on team']);
  });

  it('a manager sees their region', async () => {
    expect(await names('managerEast')).toEqual(['Handed over', 'Other rep east', 'Owned by rep', 'Rep on team']);
  });

  it('executives and admins see all', async () => {
    expect(await names('exec')).toHaveLength(5);
    expect(await names('admin')).toHaveLength(5);
  });

  it("another rep's account is not found for reads, writes and its records", async () => {
    for (const url of [`/api/accounts/${ids.others}`, `/api/accounts/${ids.others}/contacts`, `/api/accounts/${ids.south}/history`]) {
      const res = await t.app.inject({ method: 'GET', url, headers: as.rep });
      expect(res.statusCode, url).toBe(404);
      expect(res.body).not.toContain('Other rep east');
    }
    const write = await t.app.inject({ method: 'PATCH', url: `/api/accounts/${ids.others}`, headers: as.rep, payload: { version: 1, description: 'mine now' } });
    expect(write.statusCode).toBe(404);
    const manager = await t.app.inject({ method: 'GET', url: `/api/accounts/${ids.south}`, headers: as.managerEast });
    expect(manager.statusCode).toBe(404);
  });

  it('a rep may not hand an account to someone else (403), a manager may', async () => {
    const other = (await t.app.inject({ method: 'GET', url: '/api/me', headers: as.otherRep })).json().user.id;
    const rep = await t.app.inject({ method: 'PATCH', url: `/api/accounts/${ids.handover}`, headers: as.rep, payload: { version: 1, ownerId: other } });
    expect(rep.statusCode).toBe(403);
    expect(rep.json().error).toMatchObject({ code: 'auth.forbidden', field: 'ownerId' });
    const mgr = await t.app.inject({ method: 'PATCH', url: `/api/accounts/${ids.handover}`, headers: as.managerEast, payload: { version: 1, ownerId: other } });
    expect(mgr.statusCode).toBe(200);
  });

  it('staff may not create accounts; only admins add users', async () => {
    const create = await t.app.inject({ method: 'POST', url: '/api/accounts', headers: as.staff, payload: { name: 'S', industry: 'fmcg', province: 'P', city: 'C' } });
    expect(create.statusCode).toBe(403);
    const newUser = { email: 'new@x.test', name: 'New', role: 'rep', password: 'long enough password' };
    expect((await t.app.inject({ method: 'POST', url: '/api/users', headers: as.managerEast, payload: newUser })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: '/api/users', headers: as.admin, payload: newUser })).statusCode).toBe(201);
  });

  it("a rep's API token sees only the rep's accounts", async () => {
    const { token } = (await t.app.inject({ method: 'POST', url: '/api/tokens', headers: as.rep, payload: { name: 'cli' } })).json();
    const res = await t.app.inject({ method: 'GET', url: '/api/accounts', headers: { authorization: `Bearer ${token}` } });
    expect(res.json().items.map((a: { name: string }) => a.name).sort()).toEqual(['Owned by rep', 'Rep on team']);
  });

  it('a new account created by a rep is owned by that rep', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/accounts', headers: as.rep, payload: { name: 'Rep created', industry: 'fmcg', province: 'P', city: 'C' } });
    expect(res.statusCode).toBe(201);
    const me = (await t.app.inject({ method: 'GET', url: '/api/me', headers: as.rep })).json().user.id;
    expect(res.json().account.ownerId).toBe(me);
  });
});
