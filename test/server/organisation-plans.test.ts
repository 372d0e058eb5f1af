import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountEvaluations } from '../../src/db/schema/index.ts';
import {
  makeAccount,
  makeAccountPlan,
  makeDeal,
  makeDepartment,
  makeProgramGoal,
  makeTeamMember,
  makeToolkitAsset,
  makeUser,
} from '../../src/demo/factories/index.ts';
import { type TestApp, startTestApp, testPassword } from './harness.ts';

const now = new Date('2025-06-30T08:00:00Z');
const day = (n: number) => new Date(now.getTime() + n * 86_400_000).toISOString().slice(0, 10);

interface Target {
  account: { id: string };
  rank: number;
  level: number;
  levelGap: number;
  pursued: boolean;
}

/**
 * The account plan (goals beyond revenue, the four know sections, actions, review
 * cadence, versions) and the seven-elements scorecard with profit sharing, toolkit
 * and replication targets.
 */
describe('account plans and the seven elements API', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  const as: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    t = await startTestApp();
    t.setNow(now);
    const db = t.database.db;
    for (const [key, role] of [['rep', 'rep'], ['otherRep', 'rep'], ['ceo', 'executive']] as const) {
      ids[key] = (await makeUser(db, { email: `${key}@plan.test`, role, password: testPassword })).id;
      as[key] = await t.login(`${key}@plan.test`);
    }
    for (const kind of ['sales', 'operations', 'solution_design']) ids[kind] = (await makeDepartment(db, { kind, code: kind })).id;
    const account = async (key: string, tier: string, tag: string, officialLevel: number | null, industry = 'apparel', ownerId = ids.rep) => {
      ids[key] = (await makeAccount(db, { name: key, industry, ownerId, status: 'active' })).id;
      await db.insert(accountEvaluations).values({ accountId: ids[key]!, tier, tag, officialLevel, result: {} });
    };
    await account('seastar', 'strategic', 'benchmark', 1);
    await account('silkroad', 'key_account', 'none', 3);
    await account('harbour', 'strategic', 'none', 4, 'apparel', ids.otherRep);
    await account('egret', 'regular', 'none', 2);
    await account('pharma', 'key_account', 'none', 4, 'pharma');
    await makeAccountPlan(db, { accountId: ids.seastar, goals: { solution: 'Omni-channel one-inventory' }, targetLevel: 1 });
    await makeDeal(db, { accountId: ids.silkroad, kind: 'solution', stage: 'solution_design', outcome: 'open' });
    for (const role of ['sales_lead', 'solution', 'delivery', 'executive_sponsor'] as const) {
      await makeTeamMember(db, { accountId: ids.seastar, userId: role === 'executive_sponsor' ? ids.ceo : ids.rep, role });
    }
    await makeProgramGoal(db, { year: 2025, metric: 'benchmarks_built', target: 2, actual: 1 });
    await makeProgramGoal(db, { year: 2025, metric: 'seed_sales_trained', target: 3, actual: 3 });
    for (const kind of ['demo', 'visit_method', 'deck', 'talk_track']) await makeToolkitAsset(db, { kind, title: `A ${kind}` });
  });
  afterAll(() => t.close());

  const get = (url: string, who = 'rep') => t.app.inject({ method: 'GET', url: `/api${url}`, headers: as[who] });
  const send = (method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload: object | undefined, who = 'rep') =>
    t.app.inject({ method, url: `/api${url}`, headers: as[who], ...(payload ? { payload } : {}) });

  it('writes a plan, flags what it misses, and refuses a stale version with 409', async () => {
    expect((await get(`/accounts/${ids.silkroad}/plan`)).json()).toMatchObject({ plan: null, flags: null, currentLevel: 3 });
    const created = await send('PUT', `/accounts/${ids.silkroad}/plan`, {
      goals: { revenue: 12_000_000, solution: 'Store replenishment network' },
      knowOurselves: 'Strong in East China',
      knowCustomer: 'Growing online',
    });
    expect(created.statusCode).toBe(200);
    const plan = created.json();
    expect(plan.plan).toMatchObject({ version: 1, goals: { solution: 'Store replenishment network', benchmark: null } });
    // At level 3, nothing names what will move the account to level 2; two know sections are empty.
    expect(plan.flags.value).toMatchObject({ flagged: true, missingLevelMover: true, missingGoalsBeyondRevenue: false, missingKnowSections: ['industry', 'competitors'] });

    const again = await send('PUT', `/accounts/${ids.silkroad}/plan`, { goals: {} });
    expect(again.statusCode).toBe(409);

    const updated = await send('PUT', `/accounts/${ids.silkroad}/plan`, {
      goals: { solution: 'Store replenishment network' },
      levelMover: 'Diagnose their store stock-outs with them',
      knowOurselves: 'a',
      knowCustomer: 'b',
      knowIndustry: 'c',
      knowCompetitors: 'd',
      version: 1,
    });
    expect(updated.json().plan.version).toBe(2);
    expect(updated.json().flags.value.flagged).toBe(false);
    const stale = await send('PUT', `/accounts/${ids.silkroad}/plan`, { goals: {}, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('conflict.stale_version');
  });

  it('flags an action past its due day, not one due today, and clears it when done', async () => {
    await send('POST', `/accounts/${ids.silkroad}/plan/actions`, { what: 'Joint stock-out diagnosis', ownerId: ids.rep, dueOn: day(-1) });
    const added = await send('POST', `/accounts/${ids.silkroad}/plan/actions`, { what: 'Readout to their COO', dueOn: day(0) });
    expect(added.statusCode).toBe(201);
    const actions = added.json().plan.actions as { id: string; what: string; overdue: boolean }[];
    expect(Object.fromEntries(actions.map((a) => [a.what, a.overdue]))).toEqual({ 'Joint stock-out diagnosis': true, 'Readout to their COO': false });
    const late = actions.find((a) => a.overdue)!;
    expect(added.json().flags.reasons.find((r: { rule: string }) => r.rule === 'plan_action_on_time')).toMatchObject({ met: false, params: { actionId: late.id } });
    const done = await send('PATCH', `/accounts/${ids.silkroad}/plan/actions/${late.id}`, { done: true });
    expect(done.json().flags.value.overdueActionIds).toEqual([]);
  });

  it('records a review with the version read', async () => {
    const before = (await get(`/accounts/${ids.silkroad}/plan`)).json();
    const reviewed = await send('POST', `/accounts/${ids.silkroad}/plan/review`, { version: before.plan.version });
    expect(new Date(reviewed.json().plan.reviewedAt).toISOString()).toBe(now.toISOString());
    expect((await send('POST', `/accounts/${ids.silkroad}/plan/review`, { version: before.plan.version })).statusCode).toBe(409);
  });

  it('keeps another rep’s account plan out of reach', async () => {
    expect((await get(`/accounts/${ids.silkroad}/plan`, 'otherRep')).statusCode).toBe(404);
  });

  it('lists the benchmark’s look-alikes in its industry at lower levels, nearest and most valuable first', async () => {
    const res = await get(`/accounts/${ids.seastar}/replication-targets`, 'ceo');
    const replication = res.json().replication;
    expect(replication.benchmark).toMatchObject({ id: ids.seastar, level: 1, solution: 'Omni-channel one-inventory' });
    const targets: Target[] = replication.targets.value;
    // Strategic first, then key account, then regular; pharma is another industry.
    expect(targets.map((x) => x.account.id)).toEqual([ids.harbour, ids.silkroad, ids.egret]);
    expect(targets.find((x) => x.account.id === ids.silkroad)).toMatchObject({ levelGap: 2, pursued: true });
    expect(targets.find((x) => x.account.id === ids.harbour)?.pursued).toBe(false);
    // A rep sees only the targets in their own scope.
    const mine: Target[] = (await get(`/accounts/${ids.seastar}/replication-targets`)).json().replication.targets.value;
    expect(mine.map((x) => x.account.id)).toEqual([ids.silkroad, ids.egret]);
    expect((await get(`/accounts/${ids.silkroad}/replication-targets`)).json().replication).toBeNull();
  });

  it('replaces a revenue split only when it sums to 100 %, for leaders only', async () => {
    const split = (shares: [string, number][], who = 'ceo') =>
      send('PUT', `/accounts/${ids.seastar}/revenue-splits`, { splits: shares.map(([d, share]) => ({ departmentId: ids[d], share })) }, who);
    expect((await split([['sales', 0.6], ['operations', 0.3]])).statusCode).toBe(400);
    expect((await split([['sales', 0.6], ['operations', 0.4]], 'rep')).statusCode).toBe(403);
    const ok = await split([['sales', 0.6], ['operations', 0.3], ['solution_design', 0.1]]);
    expect(ok.statusCode).toBe(200);
    expect(ok.json().check.value).toMatchObject({ present: true, valid: true });
  });

  it('scores the seven elements from goals, teams, splits, toolkit and replication', async () => {
    const res = await get('/scorecard?year=2025', 'ceo');
    expect(res.statusCode).toBe(200);
    const elements = Object.fromEntries(
      res.json().scorecard.value.elements.map((e: { element: string; met: boolean; measures: { name: string; actual: number; target: number }[] }) => [e.element, e]),
    );
    expect(elements.goals.measures[0]).toMatchObject({ name: 'goals_met', actual: 1, target: 2 });
    // Seastar has its whole team; Harbour (strategic) has nobody.
    expect(elements.organisation.measures[0]).toMatchObject({ actual: 1, target: 2 });
    expect(elements.tools.met).toBe(true);
    expect(elements.benchmark.measures.find((m: { name: string }) => m.name === 'benchmarks_built')).toMatchObject({ actual: 1, target: 2 });
    expect(elements.replication.measures.find((m: { name: string }) => m.name === 'replication_benchmarks_pursued')).toMatchObject({ actual: 1, target: 1 });
    expect(res.json().toolkit.byKind).toMatchObject({ demo: 1, deck: 1 });
  });

  it('keeps a toolkit library anyone can add a link to, filtered by kind', async () => {
    const added = await send('POST', '/toolkit', { kind: 'talk_track', title: 'Answering “you are smaller than JD”', url: 'https://example.test/talk', stages: ['risk_evaluation'] });
    expect(added.statusCode).toBe(201);
    const tracks = (await get('/toolkit?kind=talk_track&stage=risk_evaluation')).json().items;
    expect(tracks.map((x: { id: string }) => x.id)).toEqual([added.json().id]);
    expect((await send('DELETE', `/toolkit/${added.json().id}`, undefined, 'otherRep')).statusCode).toBe(403);
    expect((await send('DELETE', `/toolkit/${added.json().id}`, undefined, 'rep')).statusCode).toBe(204);
  });
});
