import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeAccount,
  makeActivity,
  makeFinancials,
  makeRegion,
  makeTagDecision,
  makeUser,
} from '../../src/demo/factories/index.ts';
import { evaluateAccount } from '../../src/jobs/evaluate/index.ts';
import { startTestApp, type TestApp, testPassword } from './harness.ts';

const now = new Date('2025-06-30T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

interface Reason {
  rule: string;
  met: boolean;
  input?: unknown;
  threshold?: unknown;
}
interface Item {
  account: { id: string; name: string; tag: string };
  benchmark: { level: string | null; investmentTotal: number; readiness: { value: boolean }; borrowable: { value: { accountId: string }[]; reasons: Reason[] } };
  nail: {
    decision: string | null;
    value: { value: string; reasons: Reason[] } | null;
    counterActions: { value: string[] };
    nextStep: { value: string | null } | null;
    marketStage: { value: { stage: string | null; nailsFirst: boolean } };
  };
  dangerous: {
    visitDensity: { value: { perMonth: number; target: number; meetsTarget: boolean }; reasons: Reason[] };
    suggestedPlan: { value: Record<string, { id: string; because: string[] }[]> };
    actions: { id: string; status: string | null }[];
    repReplacements: unknown[];
  };
}

/**
 * The tag boards (标杆/钉子/危险客户) with each account's playbook work, the benchmark
 * targets per rep (硬任务) and the regional market stage, as the API serves them.
 */
describe('tag boards API', () => {
  let t: TestApp;
  let manager: Record<string, string>;
  let rep: Record<string, string>;
  let otherManager: Record<string, string>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    t.setNow(now);
    const db = t.database.db;
    const east = await makeRegion(db, { code: 'EAST-B', nameEn: 'East', nameZh: '华东', marketStage: 'late' });
    const west = await makeRegion(db, { code: 'WEST-B', nameEn: 'West', nameZh: '西部', marketStage: 'early' });
    ids.east = east.id;
    ids.west = west.id;
    const owner = await makeUser(db, { email: 'rep@b.test', role: 'rep', regionId: east.id, password: testPassword });
    const westRep = await makeUser(db, { email: 'west@b.test', role: 'rep', regionId: west.id, password: testPassword });
    const boss = await makeUser(db, { email: 'manager@b.test', role: 'manager', regionId: east.id, password: testPassword });
    await makeUser(db, { email: 'west-manager@b.test', role: 'manager', regionId: west.id, password: testPassword });
    ids.owner = owner.id;
    ids.westRep = westRep.id;

    const tagged = async (key: string, tag: string, regionId: string, ownerId: string) => {
      const account = await makeAccount(db, { name: `${key} Co.`, industry: 'apparel', regionId, ownerId });
      ids[key] = account.id;
      await makeFinancials(db, { accountId: account.id, months: 24, baseRevenue: 500_000, now });
      await makeTagDecision(db, { accountId: account.id, suggested: 'none', decided: tag, note: `Made ${tag}`, decidedBy: boss.id, decidedAt: daysAgo(40) });
      await evaluateAccount({ db, accountId: account.id, now });
    };
    await tagged('Seastar', 'benchmark', west.id, westRep.id);
    await tagged('Silkroad', 'benchmark', east.id, owner.id);
    await tagged('Midland', 'nail', east.id, owner.id);
    await tagged('Brightway', 'dangerous', east.id, owner.id);
    await makeActivity(db, { accountId: ids.Brightway, kind: 'visit', occurredAt: daysAgo(10), subject: 'Deep conversation' });
    ids.candidate = (await makeAccount(db, { name: 'Candidate Co.', regionId: east.id, ownerId: owner.id })).id;

    manager = await t.login('manager@b.test');
    rep = await t.login('rep@b.test');
    otherManager = await t.login('west-manager@b.test');
  });
  afterAll(() => t.close());

  const get = (url: string, headers = manager) => t.app.inject({ method: 'GET', url, headers });
  const send = (method: 'POST' | 'PUT' | 'PATCH', url: string, payload: object, headers = manager) => t.app.inject({ method, url, payload, headers });
  const board = async (tag: string, headers = manager) => (await get(`/api/boards/${tag}`, headers)).json() as { total: number; items: Item[] };
  const item = async (tag: string, key: string) => (await board(tag)).items.find((i) => i.account.id === ids[key]);

  it('lists the accounts in scope whose tag in force is the board’s', async () => {
    const benchmarks = await board('benchmark');
    expect(benchmarks.items.map((i) => i.account.name)).toEqual(['Silkroad Co.']);
    expect((await board('benchmark', otherManager)).items.map((i) => i.account.name)).toEqual(['Seastar Co.']);
    expect((await board('nail')).items.map((i) => i.account.name)).toEqual(['Midland Co.']);
    expect((await get('/api/boards/none')).statusCode).toBe(400);
  });

  it('a benchmark is proof once it has case assets; until then its region borrows another region’s', async () => {
    const url = `/api/accounts/${ids.Seastar}/playbook-records`;
    const westRep = await t.login('west@b.test');
    await send('POST', url, { kind: 'benchmark_profile', payload: { level: 'national' } }, westRep);
    await send('POST', url, { kind: 'benchmark_investment', payload: { what: 'Joint office staff' }, amount: 800_000 }, westRep);
    let silkroad = await item('benchmark', 'Silkroad');
    expect(silkroad?.benchmark.borrowable.value).toEqual([]);

    const asset = { kind: 'case_asset', payload: { kind: 'testimonial_letter', title: 'Letter from the VP', url: 'https://cases.example/letter.pdf' } };
    expect((await send('POST', url, asset, westRep)).statusCode).toBe(201);
    silkroad = await item('benchmark', 'Silkroad');
    expect(silkroad?.benchmark.readiness.value).toBe(false);
    expect(silkroad?.benchmark.borrowable.value.map((b) => b.accountId)).toEqual([ids.Seastar]);
    const seastar = (await board('benchmark', otherManager)).items[0];
    expect(seastar?.benchmark).toMatchObject({ level: 'national', investmentTotal: 800_000, readiness: { value: true } });

    // Only a benchmark may be borrowed, and the borrowing is kept on the account that uses it.
    const borrow = `/api/accounts/${ids.candidate}/playbook-records`;
    expect((await send('POST', borrow, { kind: 'benchmark_borrowing', payload: { benchmarkAccountId: ids.Midland, purpose: 'proof' } })).statusCode).toBe(400);
    expect((await send('POST', borrow, { kind: 'benchmark_borrowing', payload: { benchmarkAccountId: ids.Seastar, purpose: 'Apparel tender' } })).statusCode).toBe(201);
  });

  it('weighs a nail, lists the counter-actions for its causes and sends the next rung up the ladder', async () => {
    let midland = await item('nail', 'Midland');
    expect(midland?.nail.value).toBeNull();
    expect(midland?.nail.counterActions.value).toEqual(['diagnose_cause']);
    expect(midland?.nail.marketStage.value).toEqual({ stage: 'late', focus: 'nails', nailsFirst: true });

    const url = `/api/accounts/${ids.Midland}/playbook-records`;
    const assessment = { potentialValueCny: 40_000_000, expectedReturnCny: 24_000_000, costCny: 8_000_000, causes: ['competitor', 'internal_legacy'] };
    expect((await send('POST', url, { kind: 'nail_assessment', payload: assessment }, rep)).statusCode).toBe(201);
    midland = await item('nail', 'Midland');
    // Return three times the cost, at the bar: combined attack.
    expect(midland?.nail.decision).toBe('attack');
    expect(midland?.nail.value?.reasons.find((r) => r.rule === 'nail_return_for_attack')).toMatchObject({ met: true, input: 3, threshold: 3 });
    expect(midland?.nail.counterActions.value[0]).toBe('resolve_legacy_issue_first');
    expect(midland?.nail.nextStep?.value).toBe('rep');

    await send('POST', url, { kind: 'nail_escalation', payload: { step: 'rep', outcome: 'Refused to meet' } }, rep);
    expect((await item('nail', 'Midland'))?.nail.nextStep?.value).toBe('supervisor');
  });

  it('a manager sets only their own region’s market stage', async () => {
    expect((await send('PUT', `/api/regions/${ids.west}/market-stage`, { marketStage: 'mid' })).statusCode).toBe(403);
    expect((await send('PUT', `/api/regions/${ids.east}/market-stage`, { marketStage: 'early' }, rep)).statusCode).toBe(403);
    const res = await send('PUT', `/api/regions/${ids.east}/market-stage`, { marketStage: 'early' });
    expect(res.statusCode).toBe(200);
    expect((await item('nail', 'Midland'))?.nail.marketStage.value).toMatchObject({ stage: 'early', nailsFirst: false });
  });

  it('watches a dangerous account’s visit density and keeps its defence plan, actions and rep replacement', async () => {
    let brightway = await item('dangerous', 'Brightway');
    expect(brightway?.dangerous.visitDensity.value).toMatchObject({ perMonth: 1, target: 2, meetsTarget: false });
    expect(brightway?.dangerous.suggestedPlan.value.relationship?.some((a) => a.id === 'replace_rep')).toBe(false);

    const url = `/api/accounts/${ids.Brightway}/playbook-records`;
    const plan = { relationship: ['executive_co_visit'], commercial: ['Claims settled within ten days'], risk: ['written_agreement'] };
    expect((await send('POST', url, { kind: 'defence_plan', payload: plan, status: 'active' }, rep)).statusCode).toBe(201);
    const action = await send('POST', url, { kind: 'defence_action', payload: { part: 'relationship', action: 'executive_co_visit', what: 'CCO co-visit', ownerId: ids.owner }, dueAt: '2025-07-15', status: 'open' }, rep);
    expect(action.statusCode).toBe(201);
    expect((await send('PATCH', `${url}/${action.json().id}`, { status: 'done' }, rep)).statusCode).toBe(200);
    await send('POST', url, { kind: 'rep_replacement', payload: { customerAsked: true, decision: 'considered', note: 'Their new director asked' } });

    brightway = await item('dangerous', 'Brightway');
    expect(brightway?.dangerous.actions).toEqual([expect.objectContaining({ status: 'done' })]);
    expect(brightway?.dangerous.repReplacements).toHaveLength(1);
    // Once the customer asked, replacing the rep joins the relationship defence.
    expect(brightway?.dangerous.suggestedPlan.value.relationship?.some((a) => a.id === 'replace_rep')).toBe(true);
  });

  it('keeps each rep’s benchmark target and candidates; only managers set the number', async () => {
    const year = 2025;
    const mine = `/api/benchmark-targets/${ids.owner}/${year}`;
    expect((await send('PUT', mine, { target: 5, candidateAccountIds: [] }, rep)).statusCode).toBe(403);
    expect((await send('PUT', mine, { candidateAccountIds: [ids.candidate] }, rep)).statusCode).toBe(200);
    expect((await send('PUT', `/api/benchmark-targets/${ids.westRep}/${year}`, { target: 1, candidateAccountIds: [] })).statusCode).toBe(403);
    expect((await send('PUT', mine, { target: 3, candidateAccountIds: [ids.candidate, ids.Brightway] })).statusCode).toBe(200);

    const targets = (await get(`/api/benchmark-targets?year=${year}`)).json();
    expect(targets.defaultTarget).toBe(2);
    const row = targets.items.find((i: { rep: { id: string } }) => i.rep.id === ids.owner);
    expect(row.target).toBe(3);
    // Silkroad was made a benchmark this year; Brightway was visited, the other candidate not.
    expect(row.progress.value).toMatchObject({ target: 3, achieved: 1, remaining: 2, candidates: 2, candidatesVisited: 1 });
    expect(row.candidates.find((c: { accountId: string }) => c.accountId === ids.candidate).visited).toBe(false);
    expect((await get(`/api/benchmark-targets?year=${year}`, rep)).json().items.map((i: { rep: { id: string } }) => i.rep.id)).toEqual([ids.owner]);
  });
});
