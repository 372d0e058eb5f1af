import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountEvaluations } from '../../src/db/schema/index.ts';
import {
  makeAccount,
  makeActivity,
  makeCommitment,
  makeDepartment,
  makeExecutivePairing,
  makeRegion,
  makeTeamMember,
  makeUser,
} from '../../src/demo/factories/index.ts';
import { type TestApp, startTestApp, testPassword } from './harness.ts';

const now = new Date('2025-06-30T08:00:00Z');
const DAY = 86_400_000;
const days = (n: number) => new Date(now.getTime() + n * DAY);
const day = (n: number) => days(n).toISOString().slice(0, 10);

interface Reason {
  rule: string;
  met: boolean;
  input?: unknown;
  threshold?: unknown;
}
interface Visit {
  id: string;
  accountId: string;
  planned: boolean;
  check: { value: { flagged: boolean; issues: string[]; noticeDays: number | null }; reasons: Reason[] };
}
interface Pairing {
  accountId: string;
  executiveId: string;
  status: { value: { overdue: boolean; salesTrained: boolean }; reasons: Reason[] };
}

/**
 * Executives and the four pats (四拍型) over the API: an executive's cockpit shows
 * every paired account, a visit planned without an agenda or notice is flagged and
 * the team is told in the app, commitments and escalations are judged, and a
 * strategic account nobody senior touched is flagged.
 */
describe('executives and the four pats API', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  const as: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    t = await startTestApp();
    t.setNow(now);
    const db = t.database.db;
    for (const kind of ['sales', 'operations', 'finance', 'solution_design']) ids[kind] = (await makeDepartment(db, { kind, code: kind })).id;
    ids.region = (await makeRegion(db)).id;
    const people: [string, string, boolean][] = [
      ['ceo', 'executive', true],
      ['coo', 'executive', false],
      ['manager', 'manager', false],
      ['rep', 'rep', false],
      ['otherRep', 'rep', false],
      ['solution', 'staff', false],
    ];
    for (const [key, role, salesTrained] of people) {
      const regionId = role === 'manager' ? ids.region : null;
      ids[key] = (await makeUser(db, { email: `${key}@exec.test`, name: key, role, salesTrained, regionId, password: testPassword })).id;
      as[key] = await t.login(`${key}@exec.test`);
    }
    const account = async (key: string, ownerId: string, tier: string, tag = 'none', officialLevel: number | null = null) => {
      ids[key] = (await makeAccount(db, { name: key, ownerId, industry: 'apparel', regionId: ids.region })).id;
      await db.insert(accountEvaluations).values({ accountId: ids[key]!, tier, tag, officialLevel, result: {} });
    };
    await account('seastar', ids.rep!, 'strategic');
    await account('pearl', ids.otherRep!, 'strategic');
    await account('qilu', ids.rep!, 'key_account');
    await makeTeamMember(db, { accountId: ids.seastar, userId: ids.rep, role: 'sales_lead' });
    await makeTeamMember(db, { accountId: ids.seastar, userId: ids.solution, role: 'solution' });
    await makeExecutivePairing(db, { accountId: ids.seastar, executiveId: ids.ceo, cadenceDays: 92, since: day(-400) });
    await makeExecutivePairing(db, { accountId: ids.pearl, executiveId: ids.ceo, cadenceDays: 92, since: day(-400) });
    // A planned and announced visit 20 days ago keeps Seastar's cadence; Pearl River has seen nobody senior.
    await makeActivity(db, {
      accountId: ids.seastar,
      kind: 'visit',
      occurredAt: days(-20),
      executiveLevel: true,
      objective: 'Agree the next three years',
      agenda: 'Growth; South China DC',
      teamNotifiedAt: days(-30),
      userIds: [ids.ceo!, ids.rep!],
    });
    await makeCommitment(db, { accountId: ids.seastar, promisedBy: ids.ceo, what: 'Joint office', dueOn: day(-10), status: 'open' });
    await makeCommitment(db, { accountId: ids.pearl, promisedBy: ids.ceo, what: 'Installer network', dueOn: day(-100), status: 'broken' });
    await makeCommitment(db, { accountId: ids.seastar, promisedBy: ids.ceo, what: 'Peak capacity', dueOn: day(30), status: 'open' });
  });
  afterAll(() => t.close());

  const get = (url: string, who: string) => t.app.inject({ method: 'GET', url: `/api${url}`, headers: as[who] });
  const send = (method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload: object | undefined, who: string) =>
    t.app.inject({ method, url: `/api${url}`, headers: as[who], ...(payload ? { payload } : {}) });

  it('shows an executive every paired account, whoever owns it, with the visit cadence judged', async () => {
    const res = await get('/cockpit', 'ceo');
    expect(res.statusCode).toBe(200);
    const cockpit = res.json();
    const pairings: Pairing[] = cockpit.pairings;
    expect(pairings.map((p) => p.accountId).sort()).toEqual([ids.seastar, ids.pearl].sort());
    expect(pairings.find((p) => p.accountId === ids.seastar)?.status.value.overdue).toBe(false);
    // Paired 400 days ago and never visited: well past the quarterly cadence.
    const pearl = pairings.find((p) => p.accountId === ids.pearl)!;
    expect(pearl.status.value.overdue).toBe(true);
    expect(pearl.status.reasons.find((r) => r.rule === 'executive_visit_cadence')).toMatchObject({ met: false, threshold: 92 });
    expect(cockpit.executive).toMatchObject({ id: ids.ceo, salesTrained: true });
  });

  it('keeps the cockpit to executives: a rep may not open it, a fellow executive may', async () => {
    expect((await get('/cockpit', 'rep')).statusCode).toBe(403);
    expect((await get(`/cockpit?executiveId=${ids.ceo}`, 'rep')).statusCode).toBe(403);
    expect((await get(`/cockpit?executiveId=${ids.ceo}`, 'manager')).statusCode).toBe(403);
    const byColleague = await get(`/cockpit?executiveId=${ids.ceo}`, 'coo');
    expect(byColleague.statusCode).toBe(200);
    expect(byColleague.json().pairings).toHaveLength(2);
    expect((await get('/cockpit', 'coo')).json().pairings).toEqual([]);
  });

  it('flags 拍屁股 on the strategic account no executive touched within 90 days, not on the visited one', async () => {
    const cockpit = (await get('/cockpit', 'ceo')).json();
    const flagged = cockpit.handsOff.filter((h: { check: { value: { flagged: boolean } } }) => h.check.value.flagged);
    expect(flagged.map((h: { account: { id: string } }) => h.account.id)).toEqual([ids.pearl]);
    expect(cockpit.flags.hands_off).toBe(1);
    const rails = (await get(`/accounts/${ids.seastar}/guard-rails`, 'rep')).json();
    expect(rails.handsOff.value).toMatchObject({ applies: true, flagged: false });
    expect(rails.handsOff.reasons[1]).toMatchObject({ rule: 'hands_off_executive_touchpoint', met: true, input: 20, threshold: 90 });
  });

  it('flags a visit planned without an agenda (拍脑门) and tells the account team in the app', async () => {
    const res = await send('POST', `/accounts/${ids.seastar}/executive-visits`, { at: days(5).toISOString(), subject: 'Drop in on their CEO', objective: 'Talk about the joint venture' }, 'ceo');
    expect(res.statusCode).toBe(201);
    const { visit, notified }: { visit: Visit; notified: number } = res.json();
    expect(visit.planned).toBe(true);
    expect(visit.check.value).toMatchObject({ flagged: true, issues: ['no_agenda'], noticeDays: 5 });
    expect(visit.check.reasons.find((r) => r.rule === 'visit_plan_agenda')).toMatchObject({ met: false });
    expect(visit.check.reasons.find((r) => r.rule === 'visit_notice_days')).toMatchObject({ met: true, input: 5, threshold: 2 });
    // The rep (owner and sales lead) and the solution architect, not the executive himself.
    expect(notified).toBe(2);

    const inbox = (await get('/notifications', 'rep')).json();
    expect(inbox.unread).toBe(1);
    expect(inbox.items[0]).toMatchObject({ kind: 'executive_visit_planned', accountId: ids.seastar, payload: { activityId: visit.id, executiveId: ids.ceo } });
    expect((await get('/notifications', 'ceo')).json().unread).toBe(0);

    const cockpit = (await get('/cockpit', 'ceo')).json();
    expect(cockpit.flags.unplanned_visit).toBe(1);
    expect(cockpit.visits.find((v: Visit) => v.id === visit.id).check.value.flagged).toBe(true);

    const completed = await send('PATCH', `/accounts/${ids.seastar}/executive-visits/${visit.id}`, { agenda: 'JV options; governance' }, 'ceo');
    expect(completed.json().visit.check.value).toMatchObject({ flagged: false, issues: [] });
    expect((await get('/cockpit', 'ceo')).json().flags.unplanned_visit).toBe(0);

    await send('POST', `/notifications/${inbox.items[0].id}/read`, undefined, 'rep');
    expect((await get('/notifications', 'rep')).json().unread).toBe(0);
  });

  it('judges the notice at, just below and just above the two days the company asks for', async () => {
    const plan = async (aheadDays: number, notifyTeam = true) => {
      const res = await send('POST', `/accounts/${ids.qilu}/executive-visits`, { at: days(aheadDays).toISOString(), subject: 'Visit', objective: 'Renewal', agenda: 'Terms', notifyTeam }, 'ceo');
      expect(res.statusCode).toBe(201);
      return (res.json() as { visit: Visit }).visit.check.value;
    };
    expect(await plan(2)).toMatchObject({ flagged: false, noticeDays: 2 });
    expect(await plan(1.99)).toMatchObject({ flagged: true, issues: ['late_notice'] });
    expect(await plan(2.01)).toMatchObject({ flagged: false });
    expect(await plan(10, false)).toMatchObject({ flagged: true, issues: ['team_not_notified'], noticeDays: null });
  });

  it('needs the visiting executive to be named when someone else plans the visit', async () => {
    const res = await send('POST', `/accounts/${ids.seastar}/executive-visits`, { at: days(7).toISOString(), subject: 'Visit' }, 'rep');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('executiveId');
    const byRep = await send('POST', `/accounts/${ids.seastar}/executive-visits`, { executiveId: ids.rep, at: days(7).toISOString(), subject: 'Visit' }, 'rep');
    expect(byRep.json().error.field).toBe('executiveId');
  });

  it('flags broken and overdue commitments (拍胸脯) on the person and the account, and keeps versions', async () => {
    const cockpit = (await get('/cockpit', 'ceo')).json();
    const flags = Object.fromEntries(cockpit.commitments.items.map((c: { what: string; flag: string | null }) => [c.what, c.flag]));
    expect(flags).toEqual({ 'Joint office': 'overdue', 'Installer network': 'broken', 'Peak capacity': null });
    expect(cockpit.commitments.check.value.byPerson[0]).toMatchObject({ key: ids.ceo, broken: 1, overdue: 1 });
    expect(cockpit.flags.over_promising).toBe(2);

    const made = await send('POST', `/accounts/${ids.seastar}/commitments`, { what: 'A dedicated Double 11 team', dueOn: day(20) }, 'ceo');
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({ promisedBy: ids.ceo, status: 'open', flag: null, version: 1 });
    const kept = await send('PATCH', `/accounts/${ids.seastar}/commitments/${made.json().id}`, { status: 'kept', version: 1 }, 'rep');
    expect(kept.json()).toMatchObject({ status: 'kept', version: 2 });
    expect(kept.json().closedAt).not.toBeNull();
    const stale = await send('PATCH', `/accounts/${ids.seastar}/commitments/${made.json().id}`, { status: 'broken', version: 1 }, 'rep');
    expect(stale.statusCode).toBe(409);
  });

  it('refuses an escalation without its root cause and routes a collaboration failure away from sales (拍桌子)', async () => {
    const noCause = await send('POST', `/accounts/${ids.seastar}/escalations`, { title: 'Wrong invoices' }, 'ceo');
    expect(noCause.statusCode).toBe(400);
    expect(noCause.json().error).toMatchObject({ field: 'rootCause' });
    expect(noCause.json().error.details[0]).toMatchObject({ rule: 'escalation_root_cause', met: false });

    const onlySales = await send('POST', `/accounts/${ids.seastar}/escalations`, { title: 'Wrong invoices', rootCause: 'internal_collaboration', departmentIds: [ids.sales] }, 'ceo');
    expect(onlySales.statusCode).toBe(400);
    expect(onlySales.json().error.field).toBe('departmentIds');

    const routed = await send(
      'POST',
      `/accounts/${ids.seastar}/escalations`,
      { title: 'Billing and operations data disagree', rootCause: 'internal_collaboration', departmentIds: [ids.sales, ids.operations, ids.finance] },
      'ceo',
    );
    expect(routed.statusCode).toBe(201);
    expect(routed.json().routedDepartments.map((d: { kind: string }) => d.kind).sort()).toEqual(['finance', 'operations']);
    expect(routed.json().route.reasons.map((r: Reason) => r.rule)).toContain('escalation_not_to_sales');

    const byCause = await send('POST', `/accounts/${ids.seastar}/escalations`, { title: 'Late trucks', rootCause: 'operations' }, 'rep');
    expect(byCause.json().routedDepartments.map((d: { id: string }) => d.id)).toEqual([ids.operations]);

    const resolve = (who: string) => send('PATCH', `/accounts/${ids.seastar}/escalations/${routed.json().id}`, { status: 'resolved' }, who);
    expect((await resolve('solution')).statusCode).toBe(403);
    const resolved = await resolve('ceo');
    expect(resolved.json()).toMatchObject({ status: 'resolved' });
  });

  it('flags a strategic account whose team lacks required roles, naming them', async () => {
    const res = await get(`/accounts/${ids.seastar}/team-check`, 'rep');
    expect(res.json().completeness.value).toMatchObject({ applies: true, flagged: true, missingRoles: ['delivery', 'executive_sponsor'] });
    const keyAccount = (await get(`/accounts/${ids.qilu}/team-check`, 'rep')).json();
    expect(keyAccount.completeness.value).toMatchObject({ applies: false, flagged: false });
  });

  it('lets managers pair an executive (audited), never a rep, and never pairs a non-executive', async () => {
    expect((await send('PUT', `/accounts/${ids.qilu}/pairings/${ids.coo}`, {}, 'rep')).statusCode).toBe(403);
    const notExecutive = await send('PUT', `/accounts/${ids.qilu}/pairings/${ids.rep}`, {}, 'manager');
    expect(notExecutive.json().error.field).toBe('executiveId');
    const paired = await send('PUT', `/accounts/${ids.qilu}/pairings/${ids.coo}`, { reason: 'COO owns the plant logistics' }, 'manager');
    expect(paired.statusCode).toBe(200);
    const [pairing] = paired.json().items as Pairing[];
    expect(pairing).toMatchObject({ executiveId: ids.coo, cadenceDays: 92 });
    expect(pairing!.status.reasons.find((r) => r.rule === 'executive_sales_trained')).toMatchObject({ met: false });
    const history = (await get(`/accounts/${ids.qilu}/history`, 'manager')).json().items;
    expect(history.find((h: { field: string }) => h.field === 'pairing')).toMatchObject({ reason: 'COO owns the plant logistics' });
    expect((await send('DELETE', `/accounts/${ids.qilu}/pairings/${ids.coo}`, undefined, 'manager')).statusCode).toBe(204);
  });

  it('sums up executive compliance for managers, not for reps', async () => {
    expect((await get('/organisation/compliance', 'rep')).statusCode).toBe(403);
    const res = await get('/organisation/compliance', 'manager');
    expect(res.statusCode).toBe(200);
    const ceo = res.json().executives.find((e: { executiveId: string }) => e.executiveId === ids.ceo);
    expect(ceo).toMatchObject({ pairedAccounts: 2, overdueVisits: 1 });
    expect(res.json().handsOff.map((h: { account: { id: string } }) => h.account.id)).toEqual([ids.pearl]);
  });

  it('is in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    for (const path of ['/api/cockpit', '/api/accounts/{id}/executive-visits', '/api/support-requests/{requestId}', '/api/accounts/{id}/plan', '/api/scorecard']) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
  });
});
