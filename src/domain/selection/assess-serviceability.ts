import { type Judgement, type Reason, reason } from '../reason.ts';
import { haversineKm } from './geo.ts';
import { provinceId } from './province.ts';
import { type CoverageOperation, DEFAULT_SERVICE_RADIUS_KM } from './settings.ts';

export interface CustomerSite {
  id: string;
  name: string;
  /** hq, branch, plant, warehouse, dc, store… */
  kind: string;
  province: string;
  city: string;
  /** Sites not yet geocoded can still be served through their province. */
  lat: number | null;
  lng: number | null;
}

export interface SiteCoverage {
  siteId: string;
  served: boolean;
  /** Whether one of our operations sits in the site's province. */
  sameProvince: boolean;
  /** Distance to our nearest operation, null when the site has no coordinates. */
  nearestKm: number | null;
  nearestOperation: CoverageOperation | null;
  /** Service lines we run at the operations that cover the site. */
  serviceLines: string[];
}

export interface Serviceability {
  served: boolean;
  servedSites: CustomerSite[];
  sites: SiteCoverage[];
  /** When no site is served: the site nearest to our network, where to start (先服务离我们近的分支或工厂). */
  entryPoint: { site: CustomerSite; distanceKm: number; operation: CoverageOperation } | null;
}

/**
 * Can we serve this customer (判断大客户)? A site is served when one of our
 * operations is in its province or within `radiusKm` of it. If none is, the site
 * nearest to our coverage is named as the entry point: serve the branch or plant
 * next to us first, then climb.
 */
export function assessServiceability(options: {
  sites: readonly CustomerSite[];
  coverage: readonly CoverageOperation[];
  /** Defaults to the settings' default, 150 km. */
  radiusKm?: number;
}): Judgement<Serviceability> {
  const { sites, coverage, radiusKm = DEFAULT_SERVICE_RADIUS_KM } = options;
  const reasons: Reason[] = [];
  if (sites.length === 0) reasons.push(reason('serviceability.no_sites', false));
  if (coverage.length === 0) reasons.push(reason('serviceability.no_coverage', false));

  const assessed = sites.map((site) => {
    const coverageOfSite = assessSite(site, coverage, radiusKm);
    reasons.push(
      reason('serviceability.site', coverageOfSite.served, {
        input: coverageOfSite.nearestKm === null ? null : round(coverageOfSite.nearestKm),
        threshold: radiusKm,
        params: {
          site: site.name,
          kind: site.kind,
          province: site.province,
          sameProvince: coverageOfSite.sameProvince,
          nearestCity: coverageOfSite.nearestOperation?.city ?? coverageOfSite.nearestOperation?.province ?? null,
        },
      }),
    );
    return { site, coverage: coverageOfSite };
  });

  const servedSites = assessed.filter((a) => a.coverage.served).map((a) => a.site);
  const served = servedSites.length > 0;
  let entryPoint: Serviceability['entryPoint'] = null;
  if (!served) {
    // Nearest first; equal distances go to the smaller site id so the advice is stable.
    const candidates = assessed
      .filter((a) => a.coverage.nearestKm !== null && a.coverage.nearestOperation !== null)
      .sort((a, b) => (a.coverage.nearestKm ?? 0) - (b.coverage.nearestKm ?? 0) || (a.site.id < b.site.id ? -1 : 1));
    const nearest = candidates[0];
    if (nearest?.coverage.nearestOperation && nearest.coverage.nearestKm !== null) {
      entryPoint = { site: nearest.site, distanceKm: nearest.coverage.nearestKm, operation: nearest.coverage.nearestOperation };
      reasons.push(
        reason('serviceability.entry_point', false, {
          input: round(entryPoint.distanceKm),
          threshold: radiusKm,
          params: { site: entryPoint.site.name, kind: entryPoint.site.kind, nearestCity: entryPoint.operation.city ?? entryPoint.operation.province },
        }),
      );
    } else if (sites.length > 0 && coverage.length > 0) {
      reasons.push(reason('serviceability.no_entry_point', false));
    }
  }
  reasons.unshift(reason('serviceability.served', served, { input: servedSites.length, threshold: 1, params: { sites: sites.length } }));

  return { value: { served, servedSites, sites: assessed.map((a) => a.coverage), entryPoint }, reasons };
}

function assessSite(site: CustomerSite, coverage: readonly CoverageOperation[], radiusKm: number): SiteCoverage {
  const province = provinceId(site.province);
  let nearestKm: number | null = null;
  let nearestOperation: CoverageOperation | null = null;
  let sameProvince = false;
  const lines = new Set<string>();
  for (const operation of coverage) {
    const inProvince = provinceId(operation.province) === province;
    const km = site.lat === null || site.lng === null ? null : haversineKm({ lat: site.lat, lng: site.lng }, operation);
    if (km !== null && (nearestKm === null || km < nearestKm)) {
      nearestKm = km;
      nearestOperation = operation;
    }
    if (inProvince) sameProvince = true;
    if (inProvince || (km !== null && km <= radiusKm)) for (const line of operation.serviceLines) lines.add(line);
  }
  const served = sameProvince || (nearestKm !== null && nearestKm <= radiusKm);
  return { siteId: site.id, served, sameProvince, nearestKm, nearestOperation, serviceLines: [...lines].sort() };
}

const round = (km: number) => Math.round(km * 10) / 10;
