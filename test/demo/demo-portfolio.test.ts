import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '../../src/db/schema/index.ts';
import { industries, serviceLines } from '../../src/domain/catalog.ts';
import { haversineKm } from '../../src/domain/selection/geo.ts';
import { provinceId } from '../../src/domain/selection/province.ts';
import type { CoverageOperation } from '../../src/domain/selection/settings.ts';
import { companySettingsSchema } from '../../src/domain/settings.ts';
import { type LoadedDemo, loadedDemo, monthOf } from './loaded-demo.ts';

let demo: LoadedDemo;
let accounts: (typeof schema.accounts.$inferSelect)[];
let months: (typeof schema.financialPeriods.$inferSelect)[];

beforeAll(async () => {
  demo = await loadedDemo();
  accounts = await demo.database.db.select().from(schema.accounts);
  months = await demo.database.db.select().from(schema.financialPeriods);
});
afterAll(async () => {
  await demo?.database.close();
});

const byName = (name: string) => {
  const found = accounts.find((a) => a.name === name);
  if (!found) throw new Error(`no account ${name}`);
  return found;
};
const revenueOf = (accountId: string, from: string, to: string) =>
  months.filter((m) => m.accountId === accountId && m.month >= from && m.month < to).reduce((sum, m) => sum + m.revenue, 0);

describe('the demo portfolio', () => {
  it('has about sixty customers in every industry, named in English and Chinese, mostly active', () => {
    expect(accounts).toHaveLength(60);
    expect(new Set(accounts.map((a) => a.industry))).toEqual(new Set(industries));
    for (const a of accounts) expect(a.nameZh, a.name).toMatch(/\p{Script=Han}/u);
    const statuses = accounts.map((a) => a.status);
    expect(statuses.filter((s) => s === 'active').length).toBeGreaterThan(45);
    expect(statuses.filter((s) => s === 'prospect').length).toBeGreaterThanOrEqual(3);
    for (const s of ['dormant', 'lost', 'archived'])
      expect(
        statuses.filter((x) => x === s),
        s,
      ).toHaveLength(1);
    expect(new Set(accounts.map((a) => a.province)).size).toBeGreaterThanOrEqual(15);
  });

  it('gives every account to a rep of its own region, whose provinces include it', async () => {
    const { db } = demo.database;
    const users = await db.select().from(schema.users);
    const regions = await db.select().from(schema.regions);
    for (const a of accounts) {
      const owner = users.find((u) => u.id === a.ownerId);
      expect(owner?.role, a.name).toBe('rep');
      expect(owner?.regionId, a.name).toBe(a.regionId);
      const region = regions.find((r) => r.id === a.regionId);
      expect(region?.provinces.map(provinceId), a.name).toContain(provinceId(a.province));
    }
  });

  it('keeps 24 complete months of business for every active account, ending last month', () => {
    const first = monthOf(demo.now, -24);
    const last = monthOf(demo.now, -1);
    for (const a of accounts.filter((x) => x.status === 'active')) {
      const own = months
        .filter((m) => m.accountId === a.id)
        .map((m) => m.month)
        .sort();
      expect(own, a.name).toHaveLength(24);
      expect(own[0], a.name).toBe(first);
      expect(own[23], a.name).toBe(last);
      expect(
        months.filter((m) => m.accountId === a.id).every((m) => m.revenue > 0 && m.grossProfit < m.revenue),
        a.name,
      ).toBe(true);
    }
    for (const a of accounts.filter((x) => x.status === 'prospect'))
      expect(
        months.some((m) => m.accountId === a.id),
        a.name,
      ).toBe(false);
    const lost = accounts.find((a) => a.status === 'lost');
    const lostMonths = months
      .filter((m) => m.accountId === lost?.id)
      .map((m) => m.month)
      .sort();
    expect(lostMonths.length).toBeGreaterThan(0);
    expect(lostMonths[lostMonths.length - 1]! < monthOf(demo.now, -3)).toBe(true);
  });

  it('has a few head customers making the first half of the trailing-12 revenue', () => {
    const from = monthOf(demo.now, -12);
    const to = monthOf(demo.now, 0);
    const totals = accounts.map((a) => ({ name: a.name, revenue: revenueOf(a.id, from, to) })).sort((x, y) => y.revenue - x.revenue);
    const grand = totals.reduce((s, t) => s + t.revenue, 0);
    let running = 0;
    const heads = totals.filter((t) => {
      const inside = running < grand / 2;
      running += t.revenue;
      return inside;
    });
    expect(heads.length).toBeGreaterThanOrEqual(3);
    expect(heads.length).toBeLessThanOrEqual(8);
    expect(heads.map((h) => h.name)).toContain('Shanghai Oriental Cloud Commerce');
  });

  it('has an account whose revenue fell by at least 20 % quarter on quarter', () => {
    const brightway = byName('Shenzhen Brightway Electronics');
    const last = revenueOf(brightway.id, monthOf(demo.now, -3), monthOf(demo.now, 0));
    const previous = revenueOf(brightway.id, monthOf(demo.now, -6), monthOf(demo.now, -3));
    expect(1 - last / previous).toBeGreaterThanOrEqual(0.2);
    // …while the rest of the portfolio does not all look like that.
    const falling = accounts.filter((a) => {
      const l = revenueOf(a.id, monthOf(demo.now, -3), monthOf(demo.now, 0));
      const p = revenueOf(a.id, monthOf(demo.now, -6), monthOf(demo.now, -3));
      return a.status === 'active' && p > 0 && 1 - l / p >= 0.2;
    });
    expect(falling.length).toBeLessThanOrEqual(3);
  });

  it('has payment traps: a collection cycle above 90 days, and overdue receivables of 30 %', () => {
    expect(byName('Jinan Qilu Home Appliances').collectionCycleDays).toBe(120);
    expect(byName('Zhengzhou Central Plains Foods').overdueShare).toBe(0.3);
    const traps = accounts.filter((a) => (a.collectionCycleDays ?? 0) > 90 || (a.overdueShare ?? 0) > 0.2);
    expect(traps.map((a) => a.name).sort()).toEqual(['Jinan Qilu Home Appliances', 'Zhengzhou Central Plains Foods']);
  });

  it('records wallet, payment terms and, where known, the customer’s own growth', () => {
    for (const a of accounts) {
      expect(a.walletEstimate, a.name).toBeGreaterThan(0);
      if (a.status !== 'prospect') expect(a.paymentTermsDays, a.name).toBeGreaterThan(0);
    }
    expect(accounts.filter((a) => a.customerGrowth !== null).length).toBeGreaterThan(20);
    expect(accounts.filter((a) => a.customerGrowth === null).length).toBeGreaterThan(0);
  });

  it('says which lines we, a competitor or nobody carry, and who the competitors are', async () => {
    const { db } = demo.database;
    const usage = await db.select().from(schema.serviceUsage);
    const competitors = await db.select().from(schema.competitors);
    expect(new Set(usage.map((u) => u.carrier))).toEqual(new Set(['us', 'competitor', 'nobody']));
    for (const u of usage) expect(serviceLines as readonly string[]).toContain(u.serviceLine);
    for (const u of usage.filter((x) => x.carrier === 'competitor')) expect(u.competitorName).toBeTruthy();
    for (const a of accounts) expect(usage.filter((u) => u.accountId === a.id).length, a.name).toBeGreaterThanOrEqual(2);
    const names = new Set(competitors.map((c) => c.name));
    for (const n of ['SF Express', 'JD Logistics', 'Deppon Logistics', 'ZTO Express', 'Kerry Logistics', 'DHL Supply Chain', 'Best Inc.'])
      expect(names, n).toContain(n);
    for (const c of competitors) {
      expect(c.share).toBeGreaterThan(0);
      expect(c.share).toBeLessThanOrEqual(1);
      expect(c.createdAt.getTime()).toBeLessThanOrEqual(demo.now.getTime());
    }
  });
});

describe('serviceability against our network', () => {
  let network: CoverageOperation[];
  let sites: (typeof schema.sites.$inferSelect)[];
  beforeAll(async () => {
    const { db } = demo.database;
    const [latest] = await db.select().from(schema.settingsVersions).orderBy(desc(schema.settingsVersions.version)).limit(1);
    network = companySettingsSchema.parse(latest?.document).selection.networkCoverage;
    sites = await db.select().from(schema.sites);
  });
  const radiusKm = 150;
  const nearestKm = (s: { lat: number | null; lng: number | null }) =>
    Math.min(...network.map((o) => haversineKm({ lat: s.lat ?? 0, lng: s.lng ?? 0 }, o)));
  const served = (s: (typeof sites)[number]) =>
    nearestKm(s) <= radiusKm || network.some((o) => provinceId(o.province) === provinceId(s.province));

  it('keeps its own network coverage as a saved settings version', async () => {
    const versions = await demo.database.db.select().from(schema.settingsVersions);
    expect(versions.map((v) => v.version).sort()).toEqual([1, 2]);
    expect(network.length).toBeGreaterThan(20);
  });

  it('has an account whose every site is far from our network, entered through the site nearest to it', () => {
    const tianshan = byName('Urumqi Tianshan Orchards');
    const own = sites.filter((s) => s.accountId === tianshan.id);
    expect(own.length).toBeGreaterThanOrEqual(3);
    for (const s of own) {
      expect(['Xinjiang', 'Xizang', 'Yunnan']).toContain(s.province);
      expect(served(s), s.city).toBe(false);
    }
    const entry = [...own].sort((a, b) => nearestKm(a) - nearestKm(b))[0];
    expect(entry?.city).toBe('Kunming');
  });

  it('serves every active customer at one site at least, and places sites with real coordinates', () => {
    for (const a of accounts.filter((x) => x.status === 'active')) {
      const own = sites.filter((s) => s.accountId === a.id);
      expect(
        own.some((s) => s.kind === 'hq'),
        a.name,
      ).toBe(true);
      expect(own.some(served), a.name).toBe(true);
    }
    for (const s of sites) {
      expect(s.lat).toBeGreaterThan(18);
      expect(s.lat).toBeLessThan(54);
      expect(s.lng).toBeGreaterThan(73);
      expect(s.lng).toBeLessThan(135);
      expect(s.nameZh).toMatch(/\p{Script=Han}/u);
    }
  });
});

describe('dates follow now', () => {
  it('places every activity, signal and decision in the two years before now', async () => {
    const { db } = demo.database;
    const earliest = demo.now.getTime() - 730 * 86_400_000;
    const stamps = [
      ...(await db.select({ at: schema.activities.occurredAt }).from(schema.activities)),
      ...(await db.select({ at: schema.dealSignals.observedAt }).from(schema.dealSignals)),
      ...(await db.select({ at: schema.dealActions.occurredAt }).from(schema.dealActions)),
      ...(await db.select({ at: schema.tagDecisions.decidedAt }).from(schema.tagDecisions)),
      ...(await db.select({ at: schema.levelAssessments.assessedAt }).from(schema.levelAssessments)),
      ...(await db.select({ at: schema.attestations.attestedAt }).from(schema.attestations)),
    ].map((r) => r.at.getTime());
    expect(stamps.length).toBeGreaterThan(500);
    for (const t of stamps) {
      expect(t).toBeLessThanOrEqual(demo.now.getTime());
      expect(t).toBeGreaterThanOrEqual(earliest);
    }
    const deals = await db.select().from(schema.deals).where(eq(schema.deals.outcome, 'open'));
    for (const d of deals) expect(d.updatedAt.getTime(), d.name).toBeLessThanOrEqual(demo.now.getTime());
  });
});
