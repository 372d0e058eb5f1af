import { and, gte, inArray, lt, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveSettings } from '../../src/db/repositories/settings.ts';
import { accountEvaluations, financialPeriods } from '../../src/db/schema/index.ts';
import {
  makeAccount,
  makeCommitment,
  makeDeal,
  makeDealSignal,
  makeDepartment,
  makeFinancials,
  makeLevelAssessment,
  makeRegion,
  makeSupportRequest,
  makeTagDecision,
  makeUser,
} from '../../src/demo/factories/index.ts';
import { defaultSettings } from '../../src/domain/settings.ts';
import { evaluateAccount } from '../../src/jobs/evaluate/index.ts';
import { type TestApp, startTestApp, testPassword } from './harness.ts';

const now = new Date('2025-06-30T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
const day = (d: Date) => d.toISOString().slice(0, 10);
// The twelve complete months before June 2025.
const window = { from: '2024-06-01', to: '2025-06-01' };

interface Reason {
  rule: string;
  met: boolean;
  input?: unknown;
  threshold?: unknown;
  params?: Record<string, unknown>;
}
interface Ref {
  id: string;
  name: string;
}
interface Dashboard {
  accounts: number;
  quarter: { from: string; to: string };
  tiers: { tier: string | null; count: number }[];
  tags: { tag: string | null; count: number }[];
  levelMoves: {
    value: { up: number; down: number; moves: { account: Ref; from: number; to: number; direction: string }[] };
    reasons: Reason[];
  };
  dangerous: { total: number; items: { account: Ref; signals: string[]; reasons: Reason[] }[] };
  benchmarkTargets: { rep: { id: string } }[];
  executives: { fourPats: Record<string, number> };
  commitments: { overdue: number; broken: number; items: { accountId: string; daysOverdue: number | null; reasons: Reason[] }[] };
  support: { value: { department: string; open: number; breached: number; reasons: Reason[] }[] };
  concentration: {
    value: { total: number; accounts: number; groups: { size: number; share: number | null }[]; warnings: string[] };
    reasons: Reason[];
  };
  paymentTraps: { total: number; items: { account: Ref; reasons: Reason[] }[] };
  pipeline: {
    value: {
      stages: { kind: string; stage: string; deals: number; value: number; mismatches: number }[];
      mismatches: number;
      mismatched: { dealId: string; reasons: Reason[] }[];
    };
  };
}

/**
 * The portfolio dashboard over the caller's scope: a rep sees their own accounts, a
 * manager their region, an executive all; every figure is the one the detailed
 * pages and the stored evaluations give for the same accounts.
 */
describe('dashboard API', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  const as: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    t = await startTestApp();
    t.setNow(now);
    const db = t.database.db;
    const east = await makeRegion(db, { code: 'EAST-D', nameEn: 'East', nameZh: '华东' });
    const west = await makeRegion(db, { code: 'WEST-D', nameEn: 'West', nameZh: '西部' });
    const pricing = await makeDepartment(db, { kind: 'pricing', code: 'pricing-d' });
    const people: [string, string, string | null][] = [
      ['repA', 'rep', east.id],
      ['repB', 'rep', east.id],
      ['repW', 'rep', west.id],
      ['managerEast', 'manager', east.id],
      ['managerWest', 'manager', west.id],
      ['executive', 'executive', null],
    ];
    for (const [key, role, regionId] of people) {
      ids[key] = (await makeUser(db, { email: `${key}@dash.test`, role, regionId, password: testPassword })).id;
      as[key] = await t.login(`${key}@dash.test`);
    }
    const accounts: [string, string, string, number, object?][] = [
      ['eastBig', 'repA', east.id, 3_000_000],
      ['eastMid', 'repA', east.id, 1_000_000, { collectionCycleDays: 120 }],
      ['eastDanger', 'repB', east.id, 500_000],
      ['eastSmall', 'repB', east.id, 200_000],
      ['westBig', 'repW', west.id, 10_000_000],
      ['westOld', 'repW', west.id, 400_000],
    ];
    for (const [key, owner, regionId, baseRevenue, extra] of accounts) {
      ids[key] = (
        await makeAccount(db, { name: `${key} Co.`, industry: 'apparel', regionId, ownerId: ids[owner], status: 'active', ...extra })
      ).id;
      await makeFinancials(db, { accountId: ids[key], months: 24, baseRevenue, now });
    }
    const confirmed = (key: string, level: number, days: number) =>
      makeLevelAssessment(db, {
        accountId: ids[key],
        level,
        source: 'customer_confirmed',
        assessedAt: daysAgo(days),
        evidence: `${key} review`,
      });
    // Dropped this quarter; moved up this quarter; moved up before the quarter began (1 April).
    await confirmed('eastDanger', 3, 200);
    await confirmed('eastDanger', 4, 10);
    await confirmed('westBig', 4, 300);
    await confirmed('westBig', 3, 20);
    await confirmed('westOld', 4, 300);
    await confirmed('westOld', 3, 120);
    await makeTagDecision(db, {
      accountId: ids.eastDanger,
      suggested: 'none',
      decided: 'dangerous',
      note: 'Key contact left',
      decidedBy: ids.managerEast,
      decidedAt: daysAgo(5),
    });

    const solution = await makeDeal(db, {
      accountId: ids.eastBig,
      name: 'Warehouse network',
      kind: 'solution',
      stage: 'solution_proof',
      value: 8_000_000,
    });
    ids.solutionDeal = solution.id;
    await makeDealSignal(db, {
      accountId: ids.eastBig,
      dealId: solution.id,
      signal: 'complained_about_current_provider',
      observedAt: daysAgo(30),
    });
    await makeDealSignal(db, {
      accountId: ids.eastBig,
      dealId: solution.id,
      signal: 'internal_problem_acknowledged',
      observedAt: daysAgo(20),
    });
    await makeDeal(db, { accountId: ids.eastMid, kind: 'standard', stage: 'contract', value: 2_000_000 });
    await makeDeal(db, {
      accountId: ids.eastSmall,
      kind: 'standard',
      stage: 'opportunity',
      value: 900_000,
      outcome: 'lost',
      outcomeReason: 'Price',
    });
    await makeDeal(db, { accountId: ids.westBig, kind: 'standard', stage: 'lead', value: 5_000_000 });

    await makeSupportRequest(db, {
      accountId: ids.eastMid,
      departmentId: pricing.id,
      raisedBy: ids.repA,
      raisedAt: daysAgo(3),
      dueAt: daysAgo(1),
      status: 'open',
    });
    await makeSupportRequest(db, {
      accountId: ids.westBig,
      departmentId: pricing.id,
      raisedBy: ids.repW,
      raisedAt: daysAgo(1),
      dueAt: daysAgo(-2),
      status: 'open',
    });
    await makeCommitment(db, {
      accountId: ids.eastDanger,
      promisedBy: ids.executive,
      what: 'Claims settled',
      dueOn: day(daysAgo(5)),
      status: 'open',
    });

    for (const key of accounts.map((a) => a[0])) await evaluateAccount({ db, accountId: ids[key]!, now });
  });
  afterAll(() => t.close());

  const dashboard = async (who: string) => {
    const res = await t.app.inject({ method: 'GET', url: '/api/dashboard', headers: as[who] });
    expect(res.statusCode).toBe(200);
    return res.json() as Dashboard;
  };
  const get = async <T>(url: string, who: string) => (await t.app.inject({ method: 'GET', url, headers: as[who] })).json() as T;
  const db = () => t.database.db;
  const keys = (...names: string[]) => names.map((n) => ids[n]!);

  /** Tiers as the stored evaluations say, over some accounts. */
  async function storedTiers(accountIds: string[]) {
    const rows = await db()
      .select({ tier: accountEvaluations.tier })
      .from(accountEvaluations)
      .where(inArray(accountEvaluations.accountId, accountIds));
    const counts: Record<string, number> = {};
    for (const r of rows) counts[r.tier] = (counts[r.tier] ?? 0) + 1;
    return counts;
  }
  /** Each account's revenue over the twelve months, as stored. */
  async function revenues(accountIds: string[]) {
    const rows = await db()
      .select({ accountId: financialPeriods.accountId, revenue: sql<number>`sum(${financialPeriods.revenue})`.mapWith(Number) })
      .from(financialPeriods)
      .where(
        and(
          inArray(financialPeriods.accountId, accountIds),
          gte(financialPeriods.month, window.from),
          lt(financialPeriods.month, window.to),
        ),
      )
      .groupBy(financialPeriods.accountId);
    return rows.map((r) => r.revenue).sort((a, b) => b - a);
  }
  const asCounts = (rows: { tier: string | null; count: number }[]) =>
    Object.fromEntries(rows.filter((r) => r.count > 0).map((r) => [r.tier, r.count]));

  it('counts only a rep’s own accounts, tier by tier as their evaluations say', async () => {
    const d = await dashboard('repA');
    expect(d.accounts).toBe(2);
    expect(asCounts(d.tiers)).toEqual(await storedTiers(keys('eastBig', 'eastMid')));
    expect(d.dangerous.total).toBe(0);
    expect(d.levelMoves.value.moves).toEqual([]);
    expect(d.benchmarkTargets.map((r) => r.rep.id)).toEqual([ids.repA]);
    expect(d.support.value.find((q) => q.department === 'pricing')).toMatchObject({ open: 1, breached: 1 });
  });

  it('counts a manager’s region only, and an executive’s whole portfolio', async () => {
    const east = await dashboard('managerEast');
    expect(east.accounts).toBe(4);
    expect(asCounts(east.tiers)).toEqual(await storedTiers(keys('eastBig', 'eastMid', 'eastDanger', 'eastSmall')));
    expect(east.tags.find((t) => t.tag === 'dangerous')?.count).toBe(1);
    expect(new Set(east.benchmarkTargets.map((r) => r.rep.id))).toEqual(new Set([ids.repA, ids.repB]));
    const west = await dashboard('managerWest');
    expect(west.accounts).toBe(2);
    expect(west.dangerous.total).toBe(0);
    expect(west.commitments.overdue).toBe(0);
    expect(west.support.value.find((q) => q.department === 'pricing')).toMatchObject({ open: 1, breached: 0 });
    const all = await dashboard('executive');
    expect(all.accounts).toBe(6);
    expect(asCounts(all.tiers)).toEqual(await storedTiers(keys('eastBig', 'eastMid', 'eastDanger', 'eastSmall', 'westBig', 'westOld')));
  });

  it('lists the dangerous account with the board’s signals and the manager’s decision among its reasons', async () => {
    const d = await dashboard('managerEast');
    expect(d.dangerous.total).toBe(1);
    const item = d.dangerous.items[0]!;
    expect(item.account.id).toBe(ids.eastDanger);
    const board = await get<{ items: { account: { id: string }; dangerous: { signals: string[]; signalReasons: Reason[] } }[] }>(
      '/api/boards/dangerous',
      'managerEast',
    );
    const onBoard = board.items.find((i) => i.account.id === ids.eastDanger)!;
    expect(item.signals).toEqual(onBoard.dangerous.signals);
    expect(item.signals).toContain('level_dropped');
    expect(item.reasons).toEqual(expect.arrayContaining(onBoard.dangerous.signalReasons));
    expect(item.reasons.some((r) => (r.rule === 'tag_overridden' || r.rule === 'tag_confirmed') && r.input === 'dangerous')).toBe(true);
  });

  it('counts the level moves confirmed this quarter, down and up, not those before it', async () => {
    const east = await dashboard('managerEast');
    expect(east.quarter).toEqual({ from: '2025-04-01T00:00:00.000Z', to: '2025-07-01T00:00:00.000Z' });
    expect(east.levelMoves.value).toMatchObject({ up: 0, down: 1 });
    expect(east.levelMoves.value.moves).toEqual([
      expect.objectContaining({ account: expect.objectContaining({ id: ids.eastDanger }), from: 3, to: 4, direction: 'down' }),
    ]);
    expect(east.levelMoves.reasons.find((r) => r.rule === 'ladder_moved_down')?.params?.accountId).toBe(ids.eastDanger);
    const west = await dashboard('managerWest');
    expect(west.levelMoves.value).toMatchObject({ up: 1, down: 0 });
    expect(west.levelMoves.value.moves.map((m) => m.account.id)).toEqual([ids.westBig]);
  });

  it('gives the share of the 12-month revenue held by the largest accounts, as the stored months add up', async () => {
    const east = await dashboard('managerEast');
    const months = await revenues(keys('eastBig', 'eastMid', 'eastDanger', 'eastSmall'));
    const total = months.reduce((a, b) => a + b, 0);
    expect(east.concentration.value.total).toBeCloseTo(total, 2);
    expect(east.concentration.value.accounts).toBe(4);
    expect(east.concentration.value.groups[0]?.share).toBeCloseTo(months[0]! / total, 6);
    // eastBig holds about 64 % of the region: over the limit of a fifth; four accounts cannot judge a top five.
    expect(east.concentration.value.warnings).toEqual(['top_account']);
    expect(east.concentration.reasons.find((r) => r.rule === 'portfolio_top_account_share')).toMatchObject({ met: false, threshold: 0.2 });
    expect(east.concentration.reasons.find((r) => r.rule === 'portfolio_concentration_not_judged')).toMatchObject({
      input: 4,
      threshold: 5,
    });
  });

  it('flags the payment trap from the stored evaluation, with its reasons', async () => {
    const d = await dashboard('managerEast');
    expect(d.paymentTraps.total).toBe(1);
    expect(d.paymentTraps.items[0]?.account.id).toBe(ids.eastMid);
    expect(d.paymentTraps.items[0]?.reasons).toEqual(
      expect.arrayContaining([expect.objectContaining({ rule: 'payment_trap.collection_cycle', met: true, input: 120 })]),
    );
    expect((await dashboard('managerWest')).paymentTraps.total).toBe(0);
  });

  it('shows the pipeline of open deals by stage with the deals out of step, as the deal flags say', async () => {
    const d = await dashboard('managerEast');
    const stage = (name: string) => d.pipeline.value.stages.find((s) => s.stage === name);
    expect(stage('contract')).toMatchObject({ kind: 'standard', deals: 1, value: 2_000_000 });
    // The lost deal has left the pipeline; the west lead is another region's.
    expect(stage('opportunity')?.deals).toBe(0);
    expect(stage('lead')?.deals).toBe(0);
    const flags = await get<{ items: { dealId: string; flags: { kind: string; reasons: Reason[] }[] }[] }>(
      `/api/accounts/${ids.eastBig}/deal-flags`,
      'managerEast',
    );
    const mismatch = flags.items.find((i) => i.dealId === ids.solutionDeal)?.flags.find((f) => f.kind === 'stage_mismatch');
    expect(mismatch).toBeDefined();
    expect(stage('solution_proof')).toMatchObject({ deals: 1, value: 8_000_000, mismatches: 1 });
    expect(d.pipeline.value.mismatches).toBe(1);
    expect(d.pipeline.value.mismatched).toEqual([expect.objectContaining({ dealId: ids.solutionDeal, reasons: mismatch!.reasons })]);
  });

  it('tallies the four pats and the overdue commitments as the compliance view does', async () => {
    const d = await dashboard('managerEast');
    const compliance = await get<{ fourPats: Record<string, number> }>('/api/organisation/compliance', 'managerEast');
    expect(d.executives.fourPats).toEqual(compliance.fourPats);
    expect(d.executives.fourPats.over_promising).toBe(1);
    expect(d.commitments).toMatchObject({ overdue: 1, broken: 0 });
    // Due on the 25th, late from the 26th: four and a half days at noon on the 30th.
    expect(d.commitments.items[0]).toMatchObject({ accountId: ids.eastDanger, daysOverdue: 4.5 });
    expect(d.commitments.items[0]?.reasons).toEqual([expect.objectContaining({ rule: 'commitment_on_time', met: false })]);
  });

  it('is documented in the OpenAPI document and needs a session', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, unknown> };
    expect(doc.paths['/api/dashboard']).toBeDefined();
    expect((await t.app.inject({ method: 'GET', url: '/api/dashboard' })).statusCode).toBe(401);
  });

  // Last: it saves a new settings version for the rest of the file.
  it("judges concentration by the company's own limits from the settings", async () => {
    const base = defaultSettings();
    await saveSettings(t.database.db, {
      document: { ...base, portfolio: { revenueConcentration: { topAccountShare: 0.7, topFiveShare: 0.9 } } },
      actorId: null,
      note: 'a region may lean on its anchor customer',
    });
    const east = await dashboard('managerEast');
    // eastBig's 64 % is within a limit of 70 %.
    expect(east.concentration.value.warnings).toEqual([]);
    expect(east.concentration.reasons.find((r) => r.rule === 'portfolio_top_account_share')).toMatchObject({ met: true, threshold: 0.7 });
  });
});
