import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getPoolReview, listPoolReviews } from '../../src/db/repositories/pool-reviews.ts';
import * as schema from '../../src/db/schema/index.ts';
import { evaluatePortfolio } from '../../src/jobs/evaluate/index.ts';
import { type LoadedDemo, loadedDemo } from './loaded-demo.ts';

let demo: LoadedDemo;
type Evaluated = typeof schema.accountEvaluations.$inferSelect & { name: string };
let evaluations: Evaluated[];
/** What judging the freshly loaded demo again changed: nothing, if the load judged it as of now. */
let changedByAnotherRun = -1;

beforeAll(async () => {
  demo = await loadedDemo();
  const { db } = demo.database;
  changedByAnotherRun = (await evaluatePortfolio({ db, now: demo.now })).changed;
  const joined = await db
    .select()
    .from(schema.accountEvaluations)
    .innerJoin(schema.accounts, eq(schema.accounts.id, schema.accountEvaluations.accountId));
  evaluations = joined.map((r) => ({ ...r.account_evaluations, name: r.accounts.name }));
});
afterAll(async () => {
  await demo?.database.close();
});

// The server does not judge the demo again after loading it: the load must leave it judged as of now.
it('is judged as of now by its own load, so judging it again changes nothing', () => {
  expect(changedByAnotherRun).toBe(0);
});

const judged = (name: string) => {
  const found = evaluations.find((e) => e.name === name);
  if (!found) throw new Error(`no evaluation for ${name}`);
  return found;
};

// The demo exists to show the method at work: these are the judgements a newcomer should see.
describe('the demo company through the portfolio evaluation', () => {
  it('judges the settings version that holds our network', () => {
    expect(new Set(evaluations.map((e) => e.settingsVersion))).toEqual(new Set([2]));
  });

  it('puts the benchmark and the largest e-commerce customer in the strategic pool, well under its size limit', () => {
    expect(judged('Ningbo Seastar Apparel Co.').tier).toBe('strategic');
    expect(judged('Shanghai Oriental Cloud Commerce').tier).toBe('strategic');
    expect(judged('Guangzhou Pearl River Home Appliances').tier).toBe('strategic');
    const pool = evaluations.filter((e) => e.tier === 'strategic');
    expect(pool.length).toBeGreaterThanOrEqual(4);
    expect(pool.length).toBeLessThanOrEqual(8);
    expect(judged('Hangzhou Silkroad Apparel Group').tier).toBe('high_potential');
  });

  it('keeps the confirmed benchmark, and does not suggest one from volume alone', () => {
    expect(judged('Ningbo Seastar Apparel Co.')).toMatchObject({ suggestedTag: 'benchmark', tag: 'benchmark', officialLevel: 1 });
    const bohai = judged('Tianjin Bohai FMCG Distribution');
    expect(bohai.tier).toBe('key_account');
    expect(bohai.suggestedTag).not.toBe('benchmark');
  });

  it('suggests dangerous and nail where the stories say so', () => {
    expect(judged('Shenzhen Brightway Electronics').suggestedTag).toBe('dangerous');
    expect(judged('Foshan Midland Home Appliances')).toMatchObject({ suggestedTag: 'nail', tag: 'nail' });
    const dangerous = evaluations.filter((e) => e.suggestedTag === 'dangerous');
    expect(dangerous.length).toBeLessThanOrEqual(8);
  });

  it('flags both payment traps, and only them', () => {
    expect(
      evaluations
        .filter((e) => e.paymentTrap)
        .map((e) => e.name)
        .sort(),
    ).toEqual(['Jinan Qilu Home Appliances', 'Zhengzhou Central Plains Foods']);
  });

  it('finds the far-west account unserviceable, with Kunming as the way in', () => {
    const tianshan = judged('Urumqi Tianshan Orchards');
    expect(tianshan.served).toBe(false);
    const result = tianshan.result as { serviceability?: { value?: { entryPoint?: { site?: { city?: string } } } } };
    expect(result.serviceability?.value?.entryPoint?.site?.city).toBe('Kunming');
  });

  it('keeps two quarterly reviews of the pool: Pearl River entered once its strategic fit was attested, and the pool has grown since', async () => {
    const { db } = demo.database;
    const { items, due } = await listPoolReviews(db, { now: demo.now });
    expect(items).toHaveLength(2);
    expect(due.value.due).toBe(true);
    const latest = await getPoolReview(db, items[0]?.id ?? '');
    expect(latest?.diff.left).toEqual([]);
    expect(latest?.diff.entered.map((e) => [e.name, e.changedCriteria.map((c) => c.criterion)])).toEqual([
      ['Guangzhou Pearl River Home Appliances', ['strategic_fit']],
    ]);
    const today = evaluations.filter((e) => e.tier === 'strategic').map((e) => e.name);
    expect(today.filter((name) => !latest?.pool.some((p) => p.name === name))).toEqual(['Shanghai Oriental Cloud Commerce']);
  });

  it('takes the official level from the customer, not from our optimism', () => {
    expect(judged('Suzhou Evergreen Electronics Manufacturing').officialLevel).toBe(3);
    expect(judged('Shenzhen Brightway Electronics').officialLevel).toBe(4);
  });
});
