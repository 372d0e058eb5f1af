import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchmarkTargetBoard } from '../../src/db/repositories/benchmark-targets.ts';
import { tagBoard } from '../../src/db/repositories/boards.ts';
import { listDeals, loadDealEvidence } from '../../src/db/repositories/deals.ts';
import { currentSettings } from '../../src/db/repositories/settings.ts';
import * as schema from '../../src/db/schema/index.ts';
import type { CompanySettings } from '../../src/domain/settings.ts';
import { evaluatePortfolio } from '../../src/jobs/evaluate/index.ts';
import type { EvaluationResult } from '../../src/jobs/evaluate/result.ts';
import { checkActionAt, summariseDeal } from '../../src/server/routes/deals-judgements.ts';
import { replicationOver } from '../../src/server/routes/scorecard-replication.ts';
import { DAY_MS, daysBefore, type LoadedDemo, loadedDemo } from './loaded-demo.ts';

// What a newcomer sees on the boards, the deals and the rep's week, judged by the
// product's own code on the loaded demo: nothing empty, nothing that does not fit.

let demo: LoadedDemo;
let settings: CompanySettings;
let users: (typeof schema.users.$inferSelect)[];
beforeAll(async () => {
  demo = await loadedDemo();
  await evaluatePortfolio({ db: demo.database.db, now: demo.now });
  settings = (await currentSettings(demo.database.db)).document;
  users = await demo.database.db.select().from(schema.users);
});
afterAll(async () => {
  await demo?.database.close();
});

const userId = (email: string) => users.find((u) => u.email === email)?.id;
const reps = () => new Set(users.filter((u) => u.role === 'rep').map((u) => u.id));
const today = () => demo.now.toISOString().slice(0, 10);
const board = (tag: 'benchmark' | 'nail' | 'dangerous') =>
  tagBoard(demo.database.db, { tag, scope: undefined, settings: settings.tags, now: demo.now, limit: 200 });

describe('the deals board', () => {
  const judged = async () => {
    const deals = await listDeals(demo.database.db, { scope: undefined, includeLost: true, limit: 1000 });
    const evidence = await loadDealEvidence(demo.database.db, deals);
    return deals.map((d) => summariseDeal(d, evidence, settings.deals, demo.now));
  };

  it('shows solution deals out of step both ways: a solution pushed before the needs are set, and a customer evaluating without us', async () => {
    const open = (await judged()).filter((d) => d.outcome === 'open' && d.judgements.alignment?.mismatch);
    const ahead = open.filter((d) => d.judgements.alignment?.value === 'ahead');
    const behind = open.filter((d) => d.judgements.alignment?.value === 'behind');
    expect(ahead.map((d) => d.name)).toContain('Regional DC consolidation');
    expect(ahead.find((d) => d.name === 'Regional DC consolidation')?.judgements.buyingStage?.value).toBe('problem_discovery');
    expect(behind.map((d) => [d.name, d.judgements.alignment?.advice])).toEqual([['Anhui regional DC with store delivery', 'catch_up']]);
  });

  it('keeps lost deals of both kinds, each with the reason in both languages', async () => {
    const lost = (await judged()).filter((d) => d.outcome === 'lost');
    expect(lost.length).toBeGreaterThanOrEqual(3);
    expect(new Set(lost.map((d) => d.kind))).toEqual(new Set(['standard', 'solution']));
    for (const d of lost) expect(d.outcomeReason, d.name).toMatch(/.+ \/ \p{Script=Han}/u);
    // A lost deal asks for no delivery team.
    for (const d of lost) expect(d.judgements.deliveryTeam, d.name).toBeNull();
  });

  it('keeps every action with the check the product gives it from the signals seen by then', async () => {
    const { db } = demo.database;
    const actions = await db.select().from(schema.dealActions);
    const signals = await db.select().from(schema.dealSignals);
    expect(actions.length).toBeGreaterThan(20);
    for (const a of actions) {
      const seen = signals.filter((s) => s.dealId === a.dealId);
      const now = checkActionAt({ action: a.action, signals: seen, settings: settings.deals, at: a.occurredAt });
      expect(a.check, a.action).toMatchObject(now);
    }
  });

  it('warns against price concessions, during the risk evaluation and before the customer asked for solutions', async () => {
    const actions = await demo.database.db.select().from(schema.dealActions).where(eq(schema.dealActions.action, 'price_concession'));
    const checks = actions.map((a) => a.check as { value: string; buyingStage: string; alternatives: string[] });
    expect(checks.map((c) => c.value)).toEqual(['warning', 'warning']);
    expect(checks.map((c) => c.buyingStage).sort()).toEqual(['needs_definition', 'risk_evaluation']);
    for (const c of checks) expect(c.alternatives.length).toBeGreaterThan(0);
  });
});

describe('the tag boards', () => {
  it('show only records that fit, the three benchmarks of the stories, and the ready one with every kind of case asset', async () => {
    const benchmarks = await board('benchmark');
    for (const tag of ['nail', 'dangerous'] as const) {
      for (const item of (await board(tag)).items)
        expect(
          item.records.filter((r) => !r.valid),
          item.account.name,
        ).toEqual([]);
    }
    expect(benchmarks.items.map((i) => i.account.name).sort()).toEqual([
      'Beijing Huakang Pharmaceutical Group',
      'Ningbo Seastar Apparel Co.',
      'Shanghai Oriental Cloud Commerce',
    ]);
    const seastar = benchmarks.items.find((i) => i.account.name.startsWith('Ningbo Seastar'));
    expect(seastar?.benchmark).toMatchObject({ level: 'national', investmentTotal: 1_050_000, readiness: { value: true } });
    expect(seastar?.benchmark.caseAssets.map((a) => (a.payload as { kind: string }).kind).sort()).toEqual(
      ['before_after_data', 'case_story', 'site_photos', 'speech_video', 'testimonial_letter'].sort(),
    );
    const huakang = benchmarks.items.find((i) => i.account.name.startsWith('Beijing Huakang'));
    expect(huakang?.benchmark.borrowings.map((b) => (b.payload as { benchmarkAccountId: string }).benchmarkAccountId)).toEqual([
      seastar?.account.id,
    ]);
  });

  it('keep every manager’s decision in line with the suggestion it answered, except where the numbers caught up with the manager', async () => {
    const { db } = demo.database;
    const judged = await db
      .select({ name: schema.accounts.name, result: schema.accountEvaluations.result })
      .from(schema.accountEvaluations)
      .innerJoin(schema.accounts, eq(schema.accounts.id, schema.accountEvaluations.accountId));
    const review = judged.filter((j) => (j.result as EvaluationResult).tag.effective.value.needsReview);
    const decided = judged.filter((j) => (j.result as EvaluationResult).tag.effective.value.source !== 'suggested');
    expect(decided.length).toBeGreaterThanOrEqual(5);
    expect(review.filter((j) => decided.includes(j)).map((j) => j.name)).toEqual(['Shenzhen Brightway Electronics']);
  });

  it('weigh the nail, name its cause with counter-actions, and know the next rung of the attack', async () => {
    const midland = (await board('nail')).items.find((i) => i.account.name === 'Foshan Midland Home Appliances');
    expect(midland?.nail.value?.value).toBe('attack');
    expect(midland?.nail.counterActions.value.length).toBeGreaterThan(0);
    expect(midland?.nail.counterActions.value).not.toContain('diagnose_cause');
    expect(midland?.nail.escalations).toHaveLength(2);
    expect(midland?.nail.nextStep?.value).toBe('regional_manager');
  });

  it('defend Brightway with a three-part plan, owned actions and the rep replacement the customer asked for', async () => {
    const brightway = (await board('dangerous')).items.find((i) => i.account.name === 'Shenzhen Brightway Electronics');
    const plan = brightway?.dangerous.plan?.payload as Record<'relationship' | 'commercial' | 'risk', string[]>;
    for (const part of ['relationship', 'commercial', 'risk'] as const) expect(plan[part].length, part).toBeGreaterThan(0);
    const owners = brightway?.dangerous.actions.map((a) => (a.payload as { ownerId: string }).ownerId);
    expect(owners).toHaveLength(3);
    for (const owner of owners ?? []) expect(users.map((u) => u.id)).toContain(owner);
    expect(brightway?.dangerous.repReplacements.map((r) => r.payload)).toMatchObject([{ customerAsked: true, decision: 'considered' }]);
  });
});

describe('the seven elements', () => {
  it('count as built the benchmarks the board shows, and replicate Seastar’s solution at a look-alike', async () => {
    const [goal] = await demo.database.db.select().from(schema.programGoals).where(eq(schema.programGoals.metric, 'benchmarks_built'));
    expect(goal?.actual).toBe((await board('benchmark')).total);
    const seastar = (await replicationOver(demo.database.db)).find((r) => r.benchmark.name === 'Ningbo Seastar Apparel Co.');
    const pursued = seastar?.targets.value.filter((t) => t.pursued).map((t) => t.account.name);
    expect(pursued).toEqual(['Chongqing Jialing Apparel']);
  });
});

describe('the rep’s week', () => {
  it('gives rep.east1 a dangerous account visited fewer than twice in the last 30 days', async () => {
    const mine = (await board('dangerous')).items.filter((i) => i.account.ownerId === userId('rep.east1@abreast.demo'));
    const due = mine.filter((i) => !i.dangerous.visitDensity.value.meetsTarget);
    expect(due.map((i) => i.account.name)).toEqual(['Hefei Lakeside Home Appliances']);
    const visits = await demo.database.db
      .select()
      .from(schema.activities)
      .where(eq(schema.activities.accountId, due[0]?.account.id ?? ''));
    const recent = visits.filter((v) => ['visit', 'meeting'].includes(v.kind) && v.occurredAt > daysBefore(demo.now, 30));
    expect(recent.length).toBeGreaterThan(0);
    expect(recent.length).toBeLessThan(2);
  });

  it('gives every rep this year’s benchmark target, with candidates a benchmark can come from, and some reps progress on it', async () => {
    const { db } = demo.database;
    const year = demo.now.getUTCFullYear();
    const targets = await benchmarkTargetBoard(db, { year, repScope: undefined, settings: settings.tags.benchmark });
    const traps = (await db.select().from(schema.accountEvaluations)).filter((e) => e.paymentTrap).map((e) => e.accountId);
    const unhappy = (await db.select().from(schema.accountScores)).filter((s) => (s.satisfaction ?? 0) <= 2).map((s) => s.accountId);
    expect(traps.length).toBeGreaterThan(0);
    expect(unhappy.length).toBeGreaterThan(0);
    expect(targets.length).toBe(reps().size);
    for (const t of targets) {
      expect(t.progress.value.target, t.rep.name).toBe(2);
      expect(t.candidates.length, t.rep.name).toBeGreaterThan(0);
      for (const c of t.candidates) expect([...traps, ...unhappy], `${t.rep.name}: ${c.name}`).not.toContain(c.accountId);
    }
    const east1 = targets.find((t) => t.rep.id === userId('rep.east1@abreast.demo'));
    expect(east1?.progress.value.achieved).toBe(1);
    expect(east1?.progress.value.visits).toBeGreaterThan(0);
    expect(targets.filter((t) => t.progress.value.visits > 0).length).toBeGreaterThanOrEqual(reps().size / 2);
  });

  it('has overdue plan actions and open commitments owned by reps', async () => {
    const { db } = demo.database;
    const actions = (await db.select().from(schema.planActions)).filter((a) => !a.doneAt && a.dueOn < today());
    const promises = (await db.select().from(schema.commitments)).filter((c) => c.status === 'open' && c.dueOn < today());
    expect(actions.filter((a) => reps().has(a.ownerId ?? '')).length).toBeGreaterThanOrEqual(1);
    expect(promises.filter((c) => reps().has(c.promisedBy)).length).toBeGreaterThanOrEqual(1);
    for (const a of [...actions.map((x) => x.dueOn), ...promises.map((x) => x.dueOn)])
      expect(Date.parse(a)).toBeGreaterThan(demo.now.getTime() - 30 * DAY_MS);
  });
});
