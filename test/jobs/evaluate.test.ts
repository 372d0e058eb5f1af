import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.ts';
import { getEvaluation, judgementHistory } from '../../src/db/repositories/evaluations.ts';
import { getPoolReview, takePoolReview } from '../../src/db/repositories/pool-reviews.ts';
import { currentSettings, saveSettings } from '../../src/db/repositories/settings.ts';
import { accounts, auditEvents } from '../../src/db/schema/index.ts';
import {
  makeAccount,
  makeAccountScore,
  makeActivity,
  makeContact,
  makeDeal,
  makeEscalation,
  makeFinancials,
  makeLevelAssessment,
  makeServiceUsage,
  makeSite,
  makeTagDecision,
  makeUser,
} from '../../src/demo/factories/index.ts';
import { type EvaluationResult, evaluateAccount, evaluatePortfolio } from '../../src/jobs/evaluate/index.ts';
import { createTestDatabase, testDbKind } from '../support/test-db.ts';

const NOW = new Date('2025-06-15T08:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);
const LONG_AGO = new Date('2023-01-01T00:00:00Z');
// Each run a second after the one before, so the history reads in the order things happened.
let seconds = 0;
const tick = () => new Date(NOW.getTime() + ++seconds * 1000);

describe(`portfolio evaluation on ${testDbKind()}`, () => {
  let database: Database;
  let ids: { strategic: string; trapped: string; potential: string; regular: string };

  const result = async (accountId: string) => (await getEvaluation(database.db, accountId))?.result as EvaluationResult;
  const settingsWith = async (change: (d: Awaited<ReturnType<typeof currentSettings>>['document']) => void) => {
    const { document, version } = await currentSettings(database.db);
    change(document);
    return saveSettings(database.db, { document, actorId: null, note: 'test', expectedVersion: version });
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.db;
    // Two head customers in strategic industries with two service lines and an executive meeting;
    // one of them collects in 120 days. Two small ones.
    const strategic = await makeAccount(db, {
      name: 'Strategic Apparel',
      industry: 'apparel',
      collectionCycleDays: 45,
      overdueShare: 0.05,
      createdAt: LONG_AGO,
    });
    const trapped = await makeAccount(db, {
      name: 'Trapped Apparel',
      industry: 'apparel',
      collectionCycleDays: 120,
      overdueShare: 0.05,
      createdAt: LONG_AGO,
    });
    const potential = await makeAccount(db, { name: 'Potential Pharma', industry: 'pharma', createdAt: LONG_AGO });
    const regular = await makeAccount(db, { name: 'Regular FMCG', industry: 'fmcg', walletEstimate: 50_000_000, createdAt: LONG_AGO });
    ids = { strategic: strategic.id, trapped: trapped.id, potential: potential.id, regular: regular.id };

    for (const [id, base] of [
      [strategic.id, 1_000_000],
      [trapped.id, 1_000_000],
      [potential.id, 10_000],
      [regular.id, 10_000],
    ] as const) {
      await makeFinancials(db, { accountId: id, months: 24, baseRevenue: base, seasonality: 0, now: NOW });
    }
    for (const id of [strategic.id, trapped.id, potential.id]) {
      await makeServiceUsage(db, { accountId: id, serviceLine: 'warehousing' });
      await makeServiceUsage(db, { accountId: id, serviceLine: 'linehaul' });
      await makeActivity(db, { accountId: id, kind: 'meeting', executiveLevel: true, occurredAt: daysAgo(60) });
    }
    await makeServiceUsage(db, { accountId: regular.id, serviceLine: 'express' });
    // The small customer's sites are far from our network: its plant in Lanzhou is the way in.
    await makeSite(db, {
      accountId: regular.id,
      kind: 'hq',
      name: 'Urumqi HQ',
      province: 'Xinjiang',
      city: 'Urumqi',
      lat: 43.825,
      lng: 87.617,
    });
    await makeSite(db, {
      accountId: regular.id,
      kind: 'plant',
      name: 'Lanzhou plant',
      province: 'Gansu',
      city: 'Lanzhou',
      lat: 36.061,
      lng: 103.834,
    });

    await evaluatePortfolio({ db, now: NOW });
  });
  afterAll(() => database?.close());

  it('gives each account the tier its criteria call for, with the reasons', async () => {
    expect((await result(ids.strategic)).tier.value).toBe('strategic');
    expect((await result(ids.potential)).tier.value).toBe('high_potential');
    expect((await result(ids.regular)).tier.value).toBe('regular');

    const trapped = await result(ids.trapped);
    expect(trapped.tier.value).toBe('key_account');
    expect(trapped.paymentTrap.value).toBe(true);
    expect(trapped.tier.reasons.map((r) => r.rule)).toContain('tier.payment_trap_blocked');
    expect(trapped.paymentTrap.reasons.find((r) => r.rule === 'payment_trap.collection_cycle')).toMatchObject({
      met: true,
      input: 120,
      threshold: 90,
    });

    const regular = await result(ids.regular);
    expect(regular.criteria.scale.value).toBe(false);
    expect(regular.criteria.solution_need.reasons[0]).toMatchObject({ rule: 'solution_need.service_lines', input: 1, threshold: 2 });
    expect(regular.settingsVersion).toBe(1);
    expect(regular.evaluatedAt).toBe(NOW.toISOString());
  });

  it('stores the flags as columns for lists and boards', async () => {
    const row = await getEvaluation(database.db, ids.trapped);
    expect(row).toMatchObject({
      tier: 'key_account',
      paymentTrap: true,
      tag: 'none',
      suggestedTag: 'none',
      officialLevel: null,
      settingsVersion: 1,
    });
  });

  it('says when no customer site is served and names the site nearest our network as the entry point', async () => {
    const { serviceability } = await result(ids.regular);
    expect(serviceability.value.served).toBe(false);
    expect(serviceability.value.entryPoint?.site.name).toBe('Lanzhou plant');
    expect((await getEvaluation(database.db, ids.regular))?.served).toBe(false);
  });

  it('pulls the nail: a large wallet, a low share and no progress since we began tracking', async () => {
    const regular = await result(ids.regular);
    expect(regular.tag.suggested.value).toBe('nail');
    expect(regular.tag.suggested.reasons.find((r) => r.rule === 'nail_stalled')?.met).toBe(true);
    expect(regular.tag.effective.value).toMatchObject({ tag: 'nail', source: 'suggested' });
  });

  it('moves the payment-trap account with the threshold: trapped above it, not at it', async () => {
    await settingsWith((d) => {
      d.selection.paymentTrap.maxCollectionDays = 120;
    });
    await evaluatePortfolio({ db: database.db, now: tick() });
    expect((await result(ids.trapped)).tier.value).toBe('strategic');
    expect((await result(ids.trapped)).settingsVersion).toBe(2);

    await settingsWith((d) => {
      d.selection.paymentTrap.maxCollectionDays = 119;
    });
    await evaluatePortfolio({ db: database.db, now: tick() });
    expect((await result(ids.trapped)).tier.value).toBe('key_account');

    const history = await judgementHistory(database.db, ids.trapped);
    const tiers = history.filter((h) => h.field === 'tier').map((h) => [h.before, h.after]);
    expect(tiers).toEqual([
      ['strategic', 'key_account'],
      ['key_account', 'strategic'],
      [null, 'key_account'],
    ]);
    expect(history[0]?.reason).toContain('payment_trap raised');
    expect(history[0]?.reason).toContain('settings v3');
    expect(history[0]?.settingsVersion).toBe(3);
    expect(history[0]?.actorId).toBeNull();
    // The change keeps the rules and values that produced it, for the reader's language.
    expect(history[0]?.reasons).toEqual(expect.arrayContaining([expect.objectContaining({ rule: 'tier.payment_trap_blocked', met: true })]));
    expect(history[2]?.reasons?.length).toBeGreaterThan(0);
  });

  it('ranks by gross profit when the company says so', async () => {
    // A thin-margin giant and a fat-margin mid-size account: the basis decides who is a head customer.
    const db = database.db;
    const thin = await makeAccount(db, { name: 'Thin Margin Giant', industry: 'electronics' });
    await makeFinancials(db, { accountId: thin.id, months: 12, baseRevenue: 3_000_000, margin: 0.01, seasonality: 0, now: NOW });
    await evaluatePortfolio({ db, now: tick() });
    expect((await result(thin.id)).criteria.scale.value).toBe(true);

    await settingsWith((d) => {
      d.selection.scaleBasis = 'gross_profit';
    });
    await evaluatePortfolio({ db, now: tick() });
    const scale = (await result(thin.id)).criteria.scale;
    expect(scale.value).toBe(false);
    expect(scale.reasons[0]?.params).toMatchObject({ basis: 'gross_profit' });
    // Archived accounts leave the portfolio and its ranking.
    await db.update(accounts).set({ status: 'archived' }).where(eq(accounts.id, thin.id));
  });

  it('keeps an old pool review as it was when the settings change later', async () => {
    const db = database.db;
    await settingsWith((d) => {
      d.selection.scaleBasis = 'revenue';
      d.selection.paymentTrap.maxCollectionDays = 90;
    });
    await evaluatePortfolio({ db, now: tick() });
    const first = await takePoolReview(db, { now: tick(), note: 'Q2 review', actorId: null });
    const before = await getPoolReview(db, first.id);
    expect(before.pool.map((p) => p.name)).toEqual(['Strategic Apparel']);

    await settingsWith((d) => {
      d.selection.paymentTrap.maxCollectionDays = 200;
    });
    await evaluatePortfolio({ db, now: tick() });
    const second = await takePoolReview(db, { now: tick(), note: 'after the change', actorId: null });

    const old = await getPoolReview(db, first.id);
    expect(old.pool.map((p) => p.name)).toEqual(['Strategic Apparel']);
    expect(old.review.summary.tiers.strategic).toBe(1);
    const latest = await getPoolReview(db, second.id);
    expect(latest.pool.map((p) => p.name).sort()).toEqual(['Strategic Apparel', 'Trapped Apparel']);
    expect(latest.diff.entered.map((e) => e.name)).toEqual(['Trapped Apparel']);
    expect(latest.diff.entered[0]?.reasons.map((r) => r.rule)).toContain('pool.payment_trap_cleared');
    expect(latest.previous?.id).toBe(first.id);
  });

  it('writes no audit event when a run changes nothing', async () => {
    const db = database.db;
    await evaluatePortfolio({ db, now: tick() });
    const count = async () => (await db.select({ id: auditEvents.id }).from(auditEvents)).length;
    const before = await count();
    const run = await evaluatePortfolio({ db, now: tick() });
    expect(run.changed).toBe(0);
    expect(await count()).toBe(before);
  });

  it('records tag and level changes: a confirmed level drop makes the account dangerous', async () => {
    const db = database.db;
    const manager = await makeUser(db, { role: 'manager', name: 'Mia Manager' });
    const id = ids.potential;
    await makeLevelAssessment(db, { accountId: id, level: 3, source: 'customer_confirmed', assessedAt: daysAgo(300) });
    await makeLevelAssessment(db, { accountId: id, level: 2, source: 'own_estimate', assessedAt: daysAgo(100) });
    await evaluateAccount({ db, accountId: id, now: tick(), actorId: manager.id });
    let judged = await result(id);
    expect(judged.level.official.value).toBe(3);
    expect(judged.level.optimism.value).toBe(true);
    expect(judged.tag.effective.value.tag).toBe('none');

    await makeLevelAssessment(db, {
      accountId: id,
      level: 4,
      source: 'customer_confirmed',
      assessedAt: daysAgo(10),
      evidence: 'review meeting',
    });
    await evaluateAccount({ db, accountId: id, now: tick(), actorId: manager.id });
    judged = await result(id);
    expect(judged.level.official.value).toBe(4);
    expect(judged.level.dropAlert.value).toBe(true);
    expect(judged.tag.suggested.value).toBe('dangerous');
    expect(judged.tag.suggested.reasons.find((r) => r.rule === 'dangerous_level_dropped')?.met).toBe(true);

    const history = await judgementHistory(db, id);
    const level = history.filter((h) => h.field === 'level').map((h) => [h.before, h.after]);
    expect(level).toEqual([
      [3, 4],
      [null, 3],
    ]);
    expect(history.find((h) => h.field === 'tag')).toMatchObject({
      before: 'none',
      after: 'dangerous',
      actorId: manager.id,
      actorName: 'Mia Manager',
    });
    // The suggested tag's history names the signal that raised it.
    expect(history.find((h) => h.field === 'tag')?.reasons).toEqual(
      expect.arrayContaining([expect.objectContaining({ rule: 'dangerous_level_dropped', met: true })]),
    );
  });

  it('follows the manager: an override wins over the suggestion and says so', async () => {
    const db = database.db;
    await makeTagDecision(db, {
      accountId: ids.regular,
      suggested: 'nail',
      decided: 'none',
      note: 'Group buys centrally; not worth a siege',
      decidedAt: daysAgo(1),
    });
    await evaluateAccount({ db, accountId: ids.regular, now: tick() });
    const judged = await result(ids.regular);
    expect(judged.tag.suggested.value).toBe('nail');
    expect(judged.tag.effective.value).toMatchObject({
      tag: 'none',
      source: 'overridden',
      note: 'Group buys centrally; not worth a siege',
    });
    expect((await getEvaluation(db, ids.regular))?.tag).toBe('none');
    const [event] = (await judgementHistory(db, ids.regular)).filter((h) => h.field === 'tag');
    expect(event).toMatchObject({ before: 'nail', after: 'none' });
    expect(event?.reason).toContain('tag_overridden');
  });

  it('qualifies a benchmark only on high influence, satisfaction and cooperation, each at its bar', async () => {
    const db = database.db;
    const account = await makeAccount(db, { name: 'Scored Co', industry: 'fmcg' });
    const tagOf = async () => {
      await evaluateAccount({ db, accountId: account.id, now: tick() });
      return (await result(account.id)).tag.suggested.value;
    };
    await makeAccountScore(db, { accountId: account.id, influence: 4, satisfaction: 4, cooperation: 3, scoredAt: daysAgo(3) });
    expect(await tagOf()).toBe('none');
    // The latest score counts, not the best one.
    await makeAccountScore(db, { accountId: account.id, influence: 4, satisfaction: 4, cooperation: 4, scoredAt: daysAgo(2) });
    expect(await tagOf()).toBe('benchmark');
    await makeAccountScore(db, { accountId: account.id, influence: 3, satisfaction: 5, cooperation: 5, scoredAt: daysAgo(1) });
    expect(await tagOf()).toBe('none');
  });

  it('reads open deals, escalations and key contacts who left as the method says', async () => {
    const db = database.db;
    const account = await makeAccount(db, { name: 'Signals Co', industry: 'fmcg' });
    await makeDeal(db, {
      accountId: account.id,
      kind: 'solution',
      stage: 'needs_discovery',
      stageChangedAt: daysAgo(5),
      updatedAt: daysAgo(5),
      competitors: ['Kerry'],
    });
    await makeEscalation(db, { accountId: account.id, status: 'open' });
    await makeEscalation(db, { accountId: account.id, status: 'resolved' });
    await makeContact(db, {
      accountId: account.id,
      name: 'Old Boss',
      buyingRole: 'decision_maker',
      leftAt: daysAgo(20).toISOString().slice(0, 10),
    });
    await evaluateAccount({ db, accountId: account.id, now: tick() });
    const judged = await result(account.id);
    expect(judged.criteria.solution_need.reasons.find((r) => r.rule === 'solution_need.solution_opportunity')).toMatchObject({
      met: true,
      input: 1,
    });
    const signal = (rule: string) => judged.tag.suggested.reasons.find((r) => r.rule === rule);
    expect(signal('dangerous_open_complaints')).toMatchObject({ met: true, input: 1 });
    expect(signal('dangerous_key_contact_left')).toMatchObject({ met: true, params: { names: ['Old Boss'] } });
    expect(signal('dangerous_competitor_activity')?.params).toMatchObject({ competitors: ['Kerry'] });
    expect(judged.tag.suggested.value).toBe('dangerous');
  });

  it('evaluates only the accounts asked for, against the whole portfolio', async () => {
    const db = database.db;
    const lone = await makeAccount(db, { name: 'Lone Co' });
    const run = await evaluatePortfolio({ db, now: tick(), accountIds: [lone.id, 'not-a-uuid'] });
    expect(run.evaluated).toBe(1);
    const scale = (await result(lone.id)).criteria.scale.reasons[0];
    // Ranked among every account of the portfolio, not alone (alone it would be the whole total).
    expect(scale?.params?.rank).toBeGreaterThan(1);
    expect((await judgementHistory(db, ids.strategic)).every((h) => h.at.getTime() !== seconds * 1000 + NOW.getTime())).toBe(true);
  });

  it('audits a change once when two runs overlap', async () => {
    const db = database.db;
    const fresh = await makeAccount(db, { name: 'Overlap Co' });
    const now = tick();
    await Promise.all([evaluatePortfolio({ db, now }), evaluateAccount({ db, accountId: fresh.id, now })]);
    const tiers = (await judgementHistory(db, fresh.id)).filter((h) => h.field === 'tier');
    expect(tiers).toHaveLength(1);
  });

  it('judges one account against the portfolio as it is now, never a ranking from before its revenue moved', async () => {
    const db = database.db;
    const rising = await makeAccount(db, { name: 'Rising Co', industry: 'fmcg' });
    await evaluateAccount({ db, accountId: rising.id, now: tick() });
    expect((await result(rising.id)).criteria.scale.value).toBe(false);
    await makeFinancials(db, { accountId: rising.id, months: 12, baseRevenue: 5_000_000, seasonality: 0, now: NOW });
    await evaluateAccount({ db, accountId: rising.id, now: tick() });
    expect((await result(rising.id)).criteria.scale.reasons[0]?.params).toMatchObject({ rank: 1 });
    await db.update(accounts).set({ status: 'archived' }).where(eq(accounts.id, rising.id));
  });
});
