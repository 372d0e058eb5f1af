import type { Tx } from '../../db/client.ts';
import { financialPeriods } from '../../db/schema/index.ts';
import type { ServiceLine } from '../../domain/catalog.ts';
import { daysAgo, isoDay, monthStart } from '../dates.ts';
import { makeAccount, makeAuditEvent, makeCompetitor, makeServiceUsage, makeSite } from '../factories/index.ts';
import type { Random } from '../random.ts';
import { financialSeries } from '../rows/financial-rows.ts';
import { ACCOUNTS, type AccountSpec, type CompetitorSpec, INDUSTRY_LINES, type SiteSpec } from './account-catalog.ts';
import { CITIES, NEIGHBOUR } from './cities.ts';
import { CARRIERS, type CarrierKey } from './competitors.ts';
import type { DemoPeople } from './people.ts';

export type AccountRow = Awaited<ReturnType<typeof makeAccount>>;

export interface DemoAccount {
  spec: AccountSpec;
  row: AccountRow;
  ownerKey: string;
}

const RIVALS: readonly CarrierKey[] = ['sf', 'jd', 'deppon', 'zto', 'yto', 'best', 'kerry', 'annto', 'sinotrans', 'cainiao'];

/** Who carries each line at an account the catalogue left open: us first, then rivals and gaps. */
function inventedServices(spec: AccountSpec, random: Random): Partial<Record<ServiceLine, 'us' | 'nobody' | CarrierKey>> {
  const lines = INDUSTRY_LINES[spec.industry].slice(0, random.int(2, 4));
  const customer = spec.revenue > 0;
  const out: Partial<Record<ServiceLine, 'us' | 'nobody' | CarrierKey>> = {};
  lines.forEach((line, i) => {
    if (customer && i === 0) out[line] = 'us';
    else if (customer && random.chance(0.25)) out[line] = 'us';
    else out[line] = random.chance(0.8) ? random.pick(RIVALS) : 'nobody';
  });
  return out;
}

function inventedCompetitors(services: Partial<Record<ServiceLine, string>>, random: Random): CompetitorSpec[] {
  const byCarrier = new Map<CarrierKey, ServiceLine[]>();
  for (const [line, carrier] of Object.entries(services) as [ServiceLine, string][]) {
    if (carrier === 'us' || carrier === 'nobody') continue;
    const key = carrier as CarrierKey;
    byCarrier.set(key, [...(byCarrier.get(key) ?? []), line]);
  }
  return [...byCarrier].map(([carrier, serviceLines]) => ({
    carrier,
    serviceLines,
    share: Math.round(random.float(0.08, 0.4) * 100) / 100,
  }));
}

function inventedSites(spec: AccountSpec, random: Random): SiteSpec[] {
  const sites: SiteSpec[] = [{ kind: 'hq', city: spec.city, name: 'Headquarters', nameZh: '总部' }];
  const neighbour = NEIGHBOUR[spec.city];
  if (neighbour && random.chance(0.6)) {
    const plantLike = spec.industry === 'auto_parts' || spec.industry === 'electronics' || spec.industry === 'home_appliances';
    sites.push(
      plantLike
        ? { kind: 'plant', city: neighbour, name: 'Plant', nameZh: '工厂' }
        : { kind: 'warehouse', city: neighbour, name: 'Regional warehouse', nameZh: '区域仓' },
    );
  }
  return sites;
}

/** The ~60 customer accounts with their sites, 24 months of business, service usage and competitors. */
export async function loadPortfolio(
  tx: Tx,
  options: { people: DemoPeople; now: Date; random: Random },
): Promise<Record<string, DemoAccount>> {
  const { people, now, random } = options;
  const accounts: Record<string, DemoAccount> = {};
  for (const spec of ACCOUNTS) {
    const city = CITIES[spec.city];
    const owner = spec.owner ? people.user(spec.owner) : random.pick(people.repsOf(city.region));
    const ownerKey = Object.entries(people.users).find(([, u]) => u.id === owner.id)?.[0] ?? '';
    // Prospects were found within the last year; customers have been with us for years.
    const tenureDays = spec.status === 'prospect' ? random.int(100, 400) : random.int(760, 2400);
    const row = await makeAccount(tx, {
      name: spec.name,
      nameZh: spec.nameZh,
      industry: spec.industry,
      regionId: people.regions[city.region].id,
      province: city.province,
      city: city.city,
      ownerId: owner.id,
      status: spec.status ?? 'active',
      walletEstimate: spec.wallet,
      paymentTermsDays: spec.terms ?? random.pick([30, 30, 45, 60]),
      collectionCycleDays: spec.collection ?? random.int(30, 70),
      overdueShare: spec.overdue ?? Math.round(random.float(0, 0.08) * 100) / 100,
      customerGrowth:
        spec.customerGrowth === undefined
          ? random.chance(0.6)
            ? Math.round(random.float(-0.08, 0.2) * 100) / 100
            : null
          : spec.customerGrowth,
      jointOffice: spec.jointOffice ?? false,
      coLocated: spec.coLocated ?? false,
      description: spec.description ?? null,
      createdAt: daysAgo(now, tenureDays),
    });
    accounts[spec.key] = { spec, row, ownerKey };

    for (const site of spec.sites ?? inventedSites(spec, random)) {
      const at = CITIES[site.city];
      await makeSite(tx, {
        accountId: row.id,
        kind: site.kind,
        name: site.name,
        nameZh: site.nameZh,
        province: at.province,
        city: at.city,
        lat: at.lat,
        lng: at.lng,
        createdAt: row.createdAt,
      });
    }

    if (spec.revenue > 0) {
      const ended = spec.endedMonthsAgo ?? 0;
      const rows = financialSeries({
        accountId: row.id,
        now,
        months: 24,
        baseRevenue: spec.revenue,
        monthlyGrowth: spec.growth ?? random.float(-0.004, 0.008),
        recentChange: spec.recentChange,
        seasonality: spec.seasonality ?? (spec.industry === 'ecommerce' || spec.industry === 'apparel' ? 0.9 : 0.4),
        margin: random.float(0.11, 0.22),
        noise: spec.seasonality === 0 ? 0.015 : 0.05,
        random,
      }).filter((r) => r.month < monthStart(now, -ended) || ended === 0);
      if (rows.length > 0) await tx.insert(financialPeriods).values(rows);
    }

    const services = spec.services ?? inventedServices(spec, random);
    for (const [line, carrier] of Object.entries(services) as [ServiceLine, string][]) {
      const rival = carrier === 'us' || carrier === 'nobody' ? null : CARRIERS[carrier as CarrierKey];
      await makeServiceUsage(tx, {
        accountId: row.id,
        serviceLine: line,
        carrier: rival ? 'competitor' : carrier,
        competitorName: rival?.name ?? null,
        since: carrier === 'nobody' ? null : isoDay(daysAgo(now, random.int(120, 1400))),
      });
    }
    for (const competitor of spec.competitors ?? inventedCompetitors(services, random)) {
      const carrier = CARRIERS[competitor.carrier];
      await makeCompetitor(tx, {
        accountId: row.id,
        name: carrier.name,
        nameZh: carrier.nameZh,
        share: competitor.share,
        serviceLines: competitor.serviceLines,
        notes: competitor.notes ?? null,
        createdAt: daysAgo(now, competitor.recordedDaysAgo ?? random.int(95, tenureDays)),
      });
    }
    await makeAuditEvent(tx, {
      accountId: row.id,
      field: 'created',
      after: { name: spec.name, ownerId: owner.id },
      actorId: people.user('admin').id,
      at: daysAgo(now, tenureDays),
    });
  }
  return accounts;
}
