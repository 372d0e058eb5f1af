import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeAccount,
  makeAccountPlan,
  makeActivity,
  makeBenchmarkTarget,
  makeCommitment,
  makeDeal,
  makeDealSignal,
  makeDepartment,
  makeFinancials,
  makePlanAction,
  makePlaybookRecord,
  makeRegion,
  makeSupportRequest,
  makeTagDecision,
  makeTeamMember,
  makeUser,
} from '../../src/demo/factories/index.ts';
import { evaluateAccount } from '../../src/jobs/evaluate/index.ts';
import type { MyWeekView } from '../../src/server/routes/my-week.schema.ts';
import { startTestApp, type TestApp, testPassword } from './harness.ts';

// A Wednesday: the week runs from Monday 23 to Sunday 29 June 2025.
const now = new Date('2025-06-25T10:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
const daysAhead = (days: number) => daysAgo(-days);

type Week = Omit<MyWeekView, 'week'> & { week: { firstDay: string; lastDay: string; asOf: string } };

/**
 * The rep's week (SPEC §7) as the API serves it: dangerous accounts due a visit by
 * the density target (高密度拜访), benchmark target progress (硬任务), what else falls
 * due, the week's activities, and who may read whose week.
 */
describe('my week API', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  const logins: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    t = await startTestApp();
    t.setNow(now);
    const db = t.database.db;
    const east = await makeRegion(db, { code: 'EAST-W', nameEn: 'East', nameZh: '华东' });
    const west = await makeRegion(db, { code: 'WEST-W', nameEn: 'West', nameZh: '西部' });
    const user = async (key: string, role: string, regionId: string | null) => {
      ids[key] = (await makeUser(db, { email: `${key}@week.test`, role, regionId, password: testPassword })).id;
    };
    await user('rep', 'rep', east.id);
    await user('teammate', 'rep', east.id);
    await user('westRep', 'rep', west.id);
    await user('manager', 'manager', east.id);
    await user('westManager', 'manager', west.id);
    await user('ceo', 'executive', null);

    const tagged = async (key: string, tag: string, regionId: string, ownerId: string) => {
      const account = await makeAccount(db, { name: `${key} Co.`, industry: 'apparel', regionId, ownerId });
      ids[key] = account.id;
      await makeFinancials(db, { accountId: account.id, months: 24, baseRevenue: 500_000, now });
      await makeTagDecision(db, { accountId: account.id, suggested: 'none', decided: tag, note: `Made ${tag}`, decidedBy: ids.manager, decidedAt: daysAgo(40) });
      await evaluateAccount({ db, accountId: account.id, now });
    };
    await tagged('Brightway', 'dangerous', east.id, ids.rep!);
    // The rep is on Harbour's team, not its owner: the week still counts it.
    await tagged('Harbour', 'dangerous', east.id, ids.teammate!);
    await makeTeamMember(db, { accountId: ids.Harbour, userId: ids.rep });
    // On a west account's team too, which the east manager may not see.
    await tagged('Farwest', 'dangerous', west.id, ids.westRep!);
    await makeTeamMember(db, { accountId: ids.Farwest, userId: ids.rep });
    await tagged('Seastar', 'dangerous', west.id, ids.westRep!);
    await tagged('Midland', 'benchmark', east.id, ids.rep!);
    ids.Candidate = (await makeAccount(db, { name: 'Candidate Co.', regionId: east.id, ownerId: ids.rep })).id;

    await makeActivity(db, { accountId: ids.Brightway, kind: 'visit', occurredAt: daysAgo(10), subject: 'Deep conversation', createdBy: ids.rep });
    await makeActivity(db, { accountId: ids.Brightway, kind: 'visit', occurredAt: daysAhead(2), subject: 'Planned site walk', createdBy: ids.rep });
    await makeActivity(db, { accountId: ids.Harbour, kind: 'meeting', occurredAt: daysAgo(1), subject: 'Complaint review', createdBy: ids.rep });
    await makeActivity(db, { accountId: ids.Harbour, kind: 'visit', occurredAt: daysAgo(3), subject: 'Warehouse walk' });
    await makeActivity(db, { accountId: ids.Farwest, kind: 'visit', occurredAt: daysAgo(120), subject: 'Long ago' });
    await makeBenchmarkTarget(db, { userId: ids.rep, year: 2025, target: 3, candidateAccountIds: [ids.Candidate!, ids.Brightway!] });

    await makeAccountPlan(db, { accountId: ids.Midland, reviewedAt: daysAgo(95), updatedAt: daysAgo(95) });
    await makePlanAction(db, { accountId: ids.Midland, ownerId: ids.rep, what: 'Send the case story', dueOn: '2025-06-20' });
    await makePlanAction(db, { accountId: ids.Midland, ownerId: ids.rep, what: 'Book the site visit', dueOn: '2025-06-27' });
    await makePlanAction(db, { accountId: ids.Midland, ownerId: ids.rep, what: 'Next month', dueOn: '2025-07-10' });
    await makePlanAction(db, { accountId: ids.Midland, ownerId: ids.rep, what: 'Already done', dueOn: '2025-06-24', doneAt: daysAgo(2) });
    await makeCommitment(db, { accountId: ids.Brightway, promisedBy: ids.rep, what: 'Peak capacity plan', dueOn: '2025-06-26' });
    await makeCommitment(db, { accountId: ids.Brightway, promisedBy: ids.rep, what: 'Kept already', dueOn: '2025-06-24', status: 'kept', closedAt: daysAgo(3) });
    const defence = (what: string, ownerId: string, dueAt: string, status: string) =>
      makePlaybookRecord(db, { accountId: ids.Brightway, kind: 'defence_action', status, dueAt, payload: { part: 'relationship', action: 'raise_visit_density', what, ownerId } });
    await defence('Visit the new director twice a month', ids.rep!, '2025-06-28', 'open');
    await defence('Settle the claims', ids.rep!, '2025-06-24', 'done');
    await defence('Executive co-visit', ids.manager!, '2025-06-26', 'open');
    const pricing = await makeDepartment(db, { kind: 'pricing' });
    for (const [need, status] of [['Quote for Hangzhou', 'open'], ['Insurance terms', 'answered'], ['Old quote', 'closed']] as const) {
      await makeSupportRequest(db, { accountId: ids.Brightway, departmentId: pricing.id, raisedBy: ids.rep, need, status, raisedAt: daysAgo(3), dueAt: daysAgo(1) });
    }
    const deal = await makeDeal(db, { accountId: ids.Brightway, name: 'Regional DC', kind: 'solution', stage: 'customer_contact', ownerId: ids.rep });
    ids.deal = deal.id;
    for (const signal of ['asked_liability', 'asked_insurance'] as const) {
      await makeDealSignal(db, { accountId: ids.Brightway, dealId: deal.id, signal, observedAt: daysAgo(5) });
    }
    for (const key of ['rep', 'manager', 'westManager', 'ceo']) logins[key] = await t.login(`${key}@week.test`);
  });
  afterAll(() => t.close());

  const get = (url: string, who: string) => t.app.inject({ method: 'GET', url, headers: logins[who] });
  const week = async (who: string, query = '') => {
    const res = await get(`/api/my-week${query}`, who);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Week;
  };
  const visit = (w: Week, key: string) => w.visits.find((v) => v.account.id === ids[key]);

  it('shows a dangerous account one visit short of the density target as due, with the reasons', async () => {
    const w = await week('rep');
    expect(w.week).toMatchObject({ firstDay: '2025-06-23', lastDay: '2025-06-29', asOf: now.toISOString() });
    expect(w.visitsPerMonthTarget).toBe(2);
    const brightway = visit(w, 'Brightway');
    expect(brightway?.density.value).toMatchObject({ visitsInWindow: 1, target: 2, shortfall: 1, meetsTarget: false });
    expect(brightway?.density.value.nextVisitDueAt).toBe(new Date(daysAgo(10).getTime() + 15 * 86_400_000).toISOString());
    expect(brightway?.density.reasons).toEqual([expect.objectContaining({ rule: 'dangerous_visit_density', met: false, input: 1, threshold: 2 })]);
    expect(brightway?.due.value).toBe(true);
    expect(brightway?.due.reasons[0]).toMatchObject({ rule: 'my_week_visit_due', key: 'reasons.my_week_visit_shortfall', met: false, input: 1, threshold: 2 });
    // The visit planned for Friday is this week's, but does not count before it happens.
    expect(brightway).toMatchObject({ visitsThisWeek: 1, plannedThisWeek: 1 });
  });

  it('counts the accounts the rep is on the team of, and a density met with the next visit after the week is not due', async () => {
    const w = await week('rep');
    expect(w.visits.map((v) => v.account.name).sort()).toEqual(['Brightway Co.', 'Farwest Co.', 'Harbour Co.']);
    const harbour = visit(w, 'Harbour');
    expect(harbour?.density.value).toMatchObject({ visitsInWindow: 2, shortfall: 0, meetsTarget: true });
    expect(harbour?.due).toMatchObject({ value: false, reasons: [expect.objectContaining({ key: 'reasons.my_week_visit_on_track', met: true })] });
    // Its last visit fell long before the window read for the density, and still dates the next one.
    const farwest = visit(w, 'Farwest');
    expect(farwest?.density.value).toMatchObject({ visitsInWindow: 0, shortfall: 2, lastVisitAt: daysAgo(120).toISOString() });
    expect(farwest?.density.value.nextVisitDueAt).toBe(daysAgo(105).toISOString());
    // Those due come first.
    expect(w.visits[w.visits.length - 1]?.due.value).toBe(false);
    expect(w.visits[0]?.due.value).toBe(true);
  });

  it('at a second visit the account is no longer due', async () => {
    await makeActivity(t.database.db, { accountId: ids.Brightway, kind: 'meeting', occurredAt: daysAgo(2), subject: 'Second visit' });
    const brightway = visit(await week('rep'), 'Brightway');
    expect(brightway?.density.value).toMatchObject({ visitsInWindow: 2, shortfall: 0, meetsTarget: true });
    expect(brightway?.due.value).toBe(false);
    expect(brightway?.visitsThisWeek).toBe(2);
  });

  it('shows the rep’s benchmark target progress for the year', async () => {
    const { benchmark, benchmarkYear } = await week('rep');
    expect(benchmarkYear).toBe(2025);
    // Midland was made a benchmark this year; Brightway was visited, Candidate not.
    expect(benchmark?.progress.value).toMatchObject({ target: 3, achieved: 1, remaining: 2, candidates: 2, candidatesVisited: 1, candidatesNotVisited: [ids.Candidate] });
    expect(benchmark?.progress.reasons.map((r) => [r.rule, r.met])).toEqual([
      ['benchmark_target', false],
      ['benchmark_candidates', true],
      ['benchmark_candidates_visited', false],
    ]);
    expect(benchmark?.candidates.map((c) => [c.name, c.visited])).toEqual([
      ['Candidate Co.', false],
      ['Brightway Co.', true],
    ]);
  });

  it('lists what else falls due: plan actions, commitments, plan reviews, support requests and flagged deals', async () => {
    const w = await week('rep');
    expect(w.planActions.map((a) => [a.what, a.due.value])).toEqual([
      ['Send the case story', 'overdue'],
      ['Book the site visit', 'due_this_week'],
    ]);
    expect(w.planActions[0]?.due.reasons[0]).toMatchObject({ rule: 'my_week_plan_action', met: false, params: { daysOverdue: 5 } });
    expect(w.defenceActions.map((a) => [a.what, a.part, a.due.value])).toEqual([['Visit the new director twice a month', 'relationship', 'due_this_week']]);
    expect(w.defenceActions[0]?.due.reasons[0]).toMatchObject({ rule: 'my_week_defence_action', key: 'reasons.my_week_defence_action_due_this_week', met: true });
    expect(w.commitments.map((c) => [c.what, c.due.value, c.accountId])).toEqual([['Peak capacity plan', 'due_this_week', ids.Brightway]]);
    expect(w.planReviews.map((p) => [p.account.id, p.due.value])).toEqual([[ids.Midland, 'overdue']]);
    expect(w.planReviews[0]?.due.reasons[0]).toMatchObject({ rule: 'my_week_plan_review', params: { reviewDays: 90, daysOverdue: 5 } });
    expect(w.supportRequests.map((r) => [r.need, r.waitingOn, r.sla.value.breached])).toEqual(
      expect.arrayContaining([
        ['Quote for Hangzhou', 'department', true],
        ['Insurance terms', 'rep', false],
      ]),
    );
    expect(w.supportRequests).toHaveLength(2);
    expect(w.dealFlags).toEqual([
      expect.objectContaining({
        dealId: ids.deal,
        accountId: ids.Brightway,
        flags: [expect.objectContaining({ kind: 'stage_mismatch', reasons: expect.arrayContaining([expect.objectContaining({ met: false })]) })],
      }),
    ]);
  });

  it('lists the week’s activities on the rep’s accounts, planned ones marked', async () => {
    const w = await week('rep');
    expect(w.activities.map((a) => [a.subject, a.planned])).toEqual([
      ['Planned site walk', true],
      ['Complaint review', false],
      ['Second visit', false],
    ]);
  });

  it('reads another week: judged as of its end', async () => {
    const w = await week('rep', '?week=2025-06-18');
    expect(w.week).toMatchObject({ firstDay: '2025-06-16', lastDay: '2025-06-22', asOf: '2025-06-22T23:59:59.999Z' });
    expect(visit(w, 'Brightway')?.density.value).toMatchObject({ visitsInWindow: 1, shortfall: 1 });
    expect(w.planActions.map((a) => [a.what, a.due.value])).toEqual([['Send the case story', 'overdue']]);
    // Brightway's first visit was the Sunday before; the Harbour walk the Sunday that closes the week.
    expect(w.activities.map((a) => a.subject)).toEqual(['Warehouse walk']);
    expect((await get('/api/my-week?week=last-week', 'rep')).statusCode).toBe(400);
  });

  it('lets a rep read only their own week, a manager their region’s reps, an executive anyone', async () => {
    expect((await get(`/api/my-week?userId=${ids.westRep}`, 'rep')).statusCode).toBe(403);
    expect((await get(`/api/my-week?userId=${ids.teammate}`, 'rep')).statusCode).toBe(403);
    expect((await get(`/api/my-week?userId=${ids.rep}`, 'westManager')).statusCode).toBe(403);
    expect((await get('/api/my-week?userId=00000000-0000-4000-8000-000000000000', 'manager')).statusCode).toBe(404);

    const own = await week('rep');
    const managed = await week('manager', `?userId=${ids.rep}`);
    expect(managed.person.id).toBe(ids.rep);
    // The manager reads the rep's week within the manager's own scope: not the west account.
    expect(managed.visits.map((v) => v.account.id).sort()).toEqual(own.visits.map((v) => v.account.id).filter((id) => id !== ids.Farwest).sort());
    expect(managed.benchmark?.progress.value).toEqual(own.benchmark?.progress.value);
    expect(managed.commitments.map((c) => c.id)).toEqual(own.commitments.map((c) => c.id));

    const west = await week('ceo', `?userId=${ids.westRep}`);
    expect(west.visits.map((v) => v.account.name).sort()).toEqual(['Farwest Co.', 'Seastar Co.']);
  });
});
