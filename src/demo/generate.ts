import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import * as schema from '../db/schema/index.ts';
import { type Industry, industries, type ServiceLine } from '../domain/catalog.ts';
import { insertMany } from './bulk-insert.ts';
import { INDUSTRY_LINES } from './company/account-catalog.ts';
import { CITIES, type City, type RegionCode } from './company/cities.ts';
import { CARRIERS, type CarrierKey } from './company/competitors.ts';
import { ORDINARY_CONTACTS, personName } from './company/names.ts';
import { daysAgo, isoDay } from './dates.ts';
import { createRandom, type Random } from './random.ts';
import {
  accountRow,
  competitorRow,
  type NewAccount,
  type NewCompetitor,
  type NewServiceUsage,
  type NewSite,
  serviceUsageRow,
  siteRow,
} from './rows/account-rows.ts';
import { activityRow, type NewActivity, type NewParticipant, participantRows } from './rows/activity-rows.ts';
import { contactRow, type NewContact } from './rows/contact-rows.ts';
import { financialSeries, type NewFinancialPeriod } from './rows/financial-rows.ts';

export interface GeneratePortfolioOptions {
  db: Db;
  /** How many accounts to add. */
  accounts: number;
  /** The same seed gives the same portfolio (names, figures, dates); ids are always fresh. */
  seed: number | string;
  now: Date;
  /** Accounts written per transaction. */
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface GeneratedCounts {
  accounts: number;
  sites: number;
  financialPeriods: number;
  serviceUsage: number;
  competitors: number;
  contacts: number;
  activities: number;
  activityParticipants: number;
}

interface Batch {
  accounts: NewAccount[];
  sites: NewSite[];
  financialPeriods: NewFinancialPeriod[];
  serviceUsage: NewServiceUsage[];
  competitors: NewCompetitor[];
  contacts: NewContact[];
  activities: NewActivity[];
  activityParticipants: NewParticipant[];
}

const BRANDS: readonly [string, string][] = [
  ['Huaxing', '华兴'],
  ['Hengtong', '恒通'],
  ['Jinyuan', '金源'],
  ['Xinda', '信达'],
  ['Tianyi', '天一'],
  ['Hongda', '宏达'],
  ['Anda', '安达'],
  ['Ruifeng', '瑞丰'],
  ['Boyuan', '博远'],
  ['Kangtai', '康泰'],
  ['Yongsheng', '永盛'],
  ['Jiahe', '嘉禾'],
  ['Mingyang', '明扬'],
  ['Shengshi', '盛世'],
  ['Longteng', '龙腾'],
  ['Xinghe', '星河'],
  ['Wanjia', '万嘉'],
  ['Fuyuan', '福源'],
];
const INDUSTRY_WORDS: Record<Industry, [string, string]> = {
  apparel: ['Apparel', '服饰'],
  auto_parts: ['Auto Parts', '汽车零部件'],
  pharma: ['Pharmaceutical', '医药'],
  home_appliances: ['Home Appliances', '家电'],
  ecommerce: ['E-commerce', '电商'],
  fmcg: ['Foods', '食品'],
  electronics: ['Electronics', '电子'],
};
const SUFFIXES: readonly [string, string][] = [
  ['Co., Ltd.', '有限公司'],
  ['Group', '集团'],
  ['Industrial Co.', '实业有限公司'],
];
const STATUSES = [
  ['active', 0.85],
  ['prospect', 0.07],
  ['dormant', 0.03],
  ['lost', 0.03],
  ['archived', 0.02],
] as const;
const KINDS = ['visit', 'visit', 'call', 'call', 'meeting', 'email'] as const;
const RIVALS = Object.keys(CARRIERS).filter((k) => k !== 'hengan') as CarrierKey[];
// Cities far from any network, where the method's serviceability rule is meant to bite, stay out of the bulk.
const BULK_CITIES: readonly City[] = Object.values(CITIES).filter((c) => !['Xinjiang', 'Xizang'].includes(c.province));

function pickStatus(random: Random): NewAccount['status'] {
  let r = random.next();
  for (const [status, p] of STATUSES) {
    if (r < p) return status;
    r -= p;
  }
  return 'active';
}

/** One synthetic account with its sites, months, services, rivals, people and a year of activities. */
function buildAccount(random: Random, now: Date, owners: Map<RegionCode, string[]>, regionIds: Map<RegionCode, string>, out: Batch): void {
  const industry = random.pick(industries);
  const city = random.pick(BULK_CITIES);
  const [brand, brandZh] = random.pick(BRANDS);
  const [word, wordZh] = INDUSTRY_WORDS[industry];
  const [suffix, suffixZh] = random.pick(SUFFIXES);
  const status = pickStatus(random);
  // Revenue spreads over three orders of magnitude, as real portfolios do (a long tail and a few heads).
  const monthly = status === 'prospect' ? 0 : Math.round(10 ** random.float(4.3, 6.9));
  const ownerPool = owners.get(city.region) ?? [];
  const id = randomUUID();
  out.accounts.push(
    accountRow({
      id,
      name: `${city.city} ${brand} ${word} ${suffix}`,
      nameZh: `${city.cityZh}${brandZh}${wordZh}${suffixZh}`,
      industry,
      regionId: regionIds.get(city.region) ?? null,
      province: city.province,
      city: city.city,
      ownerId: ownerPool.length > 0 ? random.pick(ownerPool) : null,
      status,
      walletEstimate: Math.round(monthly * 12 * random.float(2, 12)) || Math.round(10 ** random.float(6.5, 8)),
      paymentTermsDays: random.pick([30, 30, 45, 60, 90]),
      collectionCycleDays: random.int(25, 130),
      // Most customers pay on time; a few are badly overdue.
      overdueShare: Math.round(random.next() ** 3 * 40) / 100,
      customerGrowth: random.chance(0.5) ? Math.round(random.float(-0.15, 0.3) * 100) / 100 : null,
      createdAt: daysAgo(now, random.int(30, 2500)),
    }),
  );
  out.sites.push(siteRow({ id: randomUUID(), accountId: id, province: city.province, city: city.city, lat: city.lat, lng: city.lng }));
  if (monthly > 0) {
    out.financialPeriods.push(
      ...financialSeries({
        accountId: id,
        now,
        months: 24,
        baseRevenue: monthly,
        monthlyGrowth: random.float(-0.02, 0.025),
        margin: random.float(0.08, 0.24),
        seasonality: random.float(0.2, 1),
        noise: 0.06,
        random,
      }),
    );
  }
  const lines = INDUSTRY_LINES[industry].slice(0, random.int(2, 4));
  lines.forEach((line: ServiceLine, i) => {
    const ours = monthly > 0 && (i === 0 || random.chance(0.3));
    const rival = ours || random.chance(0.2) ? null : random.pick(RIVALS);
    out.serviceUsage.push(
      serviceUsageRow({
        id: randomUUID(),
        accountId: id,
        serviceLine: line,
        carrier: ours ? 'us' : rival ? 'competitor' : 'nobody',
        competitorName: rival ? CARRIERS[rival].name : null,
        since: ours || rival ? isoDay(daysAgo(now, random.int(60, 1500))) : null,
      }),
    );
    if (rival) {
      out.competitors.push(
        competitorRow({
          id: randomUUID(),
          accountId: id,
          name: CARRIERS[rival].name,
          nameZh: CARRIERS[rival].nameZh,
          share: Math.round(random.float(0.05, 0.5) * 100) / 100,
          serviceLines: [line],
        }),
      );
    }
  });
  const contactIds: string[] = [];
  for (const [i, c] of ORDINARY_CONTACTS.slice(0, random.int(1, 3)).entries()) {
    const contactId = randomUUID();
    contactIds.push(contactId);
    out.contacts.push(
      contactRow({
        id: contactId,
        accountId: id,
        ...personName(random),
        department: c.department,
        title: c.title,
        titleZh: c.titleZh,
        rank: c.rank,
        influence: c.influence,
        buyingRole: c.buyingRole,
        attitude: random.pick(['supporter', 'neutral', 'neutral', 'opponent']),
        relationshipStrength: random.int(1, 4),
        isMainContact: i === 0,
      }),
    );
  }
  const ownerId = out.accounts[out.accounts.length - 1]?.ownerId ?? null;
  const activityCount = status === 'archived' ? 0 : random.int(1, status === 'active' ? 8 : 2);
  for (let i = 0; i < activityCount; i++) {
    const activityId = randomUUID();
    out.activities.push(
      activityRow({
        id: activityId,
        accountId: id,
        kind: random.pick(KINDS),
        occurredAt: daysAgo(now, random.int(1, 365)),
        subject: 'Account review / 客户回顾',
        createdBy: ownerId,
      }),
    );
    out.activityParticipants.push(
      ...participantRows({ accountId: id, activityId, userIds: ownerId ? [ownerId] : [], contactIds: [random.pick(contactIds)] }),
    );
  }
}

/**
 * Add a synthetic portfolio at scale (e.g. 100,000 accounts with 24 months each)
 * for benchmarks and load tests: the same row builders as the factories, written
 * a table at a time in bulk statements, one transaction per batch of accounts. Owners are
 * the reps already in the database, by region.
 */
export async function generatePortfolio(options: GeneratePortfolioOptions): Promise<GeneratedCounts> {
  const { db, now, onProgress } = options;
  const total = Math.max(0, Math.floor(options.accounts));
  const batchSize = Math.max(1, options.batchSize ?? 500);
  const random = createRandom(options.seed);

  const regionRows = await db.select({ id: schema.regions.id, code: schema.regions.code }).from(schema.regions);
  const regionIds = new Map(regionRows.map((r) => [r.code as RegionCode, r.id]));
  const reps = await db
    .select({ id: schema.users.id, regionId: schema.users.regionId })
    .from(schema.users)
    .where(eq(schema.users.role, 'rep'));
  const owners = new Map<RegionCode, string[]>();
  for (const r of regionRows)
    owners.set(
      r.code as RegionCode,
      reps.filter((u) => u.regionId === r.id).map((u) => u.id),
    );

  const counts: GeneratedCounts = {
    accounts: 0,
    sites: 0,
    financialPeriods: 0,
    serviceUsage: 0,
    competitors: 0,
    contacts: 0,
    activities: 0,
    activityParticipants: 0,
  };
  onProgress?.(0, total);
  for (let done = 0; done < total; ) {
    const n = Math.min(batchSize, total - done);
    const batch: Batch = {
      accounts: [],
      sites: [],
      financialPeriods: [],
      serviceUsage: [],
      competitors: [],
      contacts: [],
      activities: [],
      activityParticipants: [],
    };
    for (let i = 0; i < n; i++) buildAccount(random, now, owners, regionIds, batch);
    await db.transaction(async (tx) => {
      // Parents before children: contacts and activities before their participants.
      await insertMany(tx, schema.accounts, batch.accounts);
      await insertMany(tx, schema.sites, batch.sites);
      await insertMany(tx, schema.financialPeriods, batch.financialPeriods);
      await insertMany(tx, schema.serviceUsage, batch.serviceUsage);
      await insertMany(tx, schema.competitors, batch.competitors);
      await insertMany(tx, schema.contacts, batch.contacts);
      await insertMany(tx, schema.activities, batch.activities);
      await insertMany(tx, schema.activityParticipants, batch.activityParticipants);
    });
    for (const key of Object.keys(counts) as (keyof GeneratedCounts)[]) counts[key] += batch[key].length;
    done += n;
    onProgress?.(done, total);
  }
  return counts;
}
