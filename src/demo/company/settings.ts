import type { Tx } from '../../db/client.ts';
import { settingsVersions } from '../../db/schema/index.ts';
import type { ServiceLine } from '../../domain/catalog.ts';
import { type CoverageOperation, DEFAULT_NETWORK_COVERAGE } from '../../domain/selection/settings.ts';
import { companySettingsSchema, defaultSettings } from '../../domain/settings.ts';
import { daysAgo } from '../dates.ts';
import { CITIES, type CityKey } from './cities.ts';
import type { DemoPeople } from './people.ts';

const op = (city: CityKey, serviceLines: ServiceLine[]): CoverageOperation => {
  const c = CITIES[city];
  return { province: c.province, city: c.city, lat: c.lat, lng: c.lng, serviceLines };
};

/**
 * Abreast Logistics' own network: the method's default hubs plus the branches a
 * national carrier runs in the east, south, north and centre. Xinjiang, Tibet,
 * Yunnan, Guizhou, Hainan and northern Fujian stay uncovered, so serviceability
 * and entry sites have something to say.
 */
export const DEMO_NETWORK: CoverageOperation[] = [
  ...DEFAULT_NETWORK_COVERAGE,
  op('ningbo', ['linehaul', 'warehousing', 'last_mile']),
  op('nanjing', ['linehaul', 'ltl', 'warehousing', 'cold_chain']),
  op('hefei', ['linehaul', 'ltl']),
  op('jinan', ['linehaul', 'ltl', 'warehousing']),
  op('qingdao', ['linehaul', 'customs', 'cold_chain']),
  op('xiamen', ['express', 'linehaul', 'customs', 'warehousing']),
  op('nanchang', ['linehaul', 'ltl']),
  op('nanning', ['linehaul', 'ltl']),
  op('shijiazhuang', ['linehaul', 'ltl', 'cold_chain']),
  op('shenyang', ['linehaul', 'warehousing', 'contract_logistics']),
  op('dalian', ['customs', 'cold_chain']),
  op('changchun', ['linehaul', 'contract_logistics']),
  op('harbin', ['linehaul', 'cold_chain']),
  op('changsha', ['linehaul', 'ltl', 'warehousing']),
  op('zhengzhou', ['linehaul', 'ltl', 'warehousing']),
  op('chongqing', ['linehaul', 'warehousing', 'last_mile']),
  op('xian', ['linehaul', 'warehousing']),
];

/** Days before now each settings version was saved: 1 the method's defaults, 2 our network. */
const SAVED_DAYS_AGO = { 1: 420, 2: 400 } as const;

/** The settings version in force that many days before now (what a judgement made then was given). */
export function demoSettingsVersion(daysAgo: number): 1 | 2 {
  return daysAgo > SAVED_DAYS_AGO[2] ? 1 : 2;
}

/** Version 1 is the method's defaults; version 2, saved by the admin, describes our network. */
export async function loadDemoSettings(tx: Tx, options: { people: DemoPeople; now: Date }): Promise<void> {
  const defaults = defaultSettings();
  const ours = companySettingsSchema.parse({ ...defaults, selection: { ...defaults.selection, networkCoverage: DEMO_NETWORK } });
  const admin = options.people.user('admin').id;
  await tx.insert(settingsVersions).values([
    {
      version: 1,
      document: defaults,
      note: 'Defaults of the method / 方法默认设置',
      createdBy: admin,
      createdAt: daysAgo(options.now, SAVED_DAYS_AGO[1]),
    },
    {
      version: 2,
      document: ours,
      note: 'Our network coverage / 我方网络覆盖',
      createdBy: admin,
      createdAt: daysAgo(options.now, SAVED_DAYS_AGO[2]),
    },
  ]);
}
