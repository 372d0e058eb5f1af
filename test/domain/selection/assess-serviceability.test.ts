import { describe, expect, it } from 'vitest';
import { type CustomerSite, assessServiceability } from '../../../src/domain/selection/assess-serviceability.ts';
import { haversineKm } from '../../../src/domain/selection/geo.ts';
import { provinceId } from '../../../src/domain/selection/province.ts';
import { type CoverageOperation, DEFAULT_NETWORK_COVERAGE } from '../../../src/domain/selection/settings.ts';

const hub: CoverageOperation = { province: 'Shanghai', city: 'Shanghai', lat: 31.2304, lng: 121.4737, serviceLines: ['warehousing'] };
const site = (id: string, province: string, lat: number | null, lng: number | null, kind = 'plant'): CustomerSite => ({
  id,
  name: `Site ${id}`,
  kind,
  province,
  city: id,
  lat,
  lng,
});
// One degree of latitude along a meridian is 111.195 km on the mean-radius sphere.
const KM_PER_DEGREE = (6371.0088 * Math.PI) / 180;
const northOfHub = (km: number) => site(`n${km}`, 'Anhui', hub.lat + km / KM_PER_DEGREE, hub.lng);

describe('haversineKm', () => {
  it('measures real distances between Chinese cities', () => {
    const shanghai = { lat: 31.2304, lng: 121.4737 };
    const beijing = { lat: 39.9042, lng: 116.4074 };
    expect(haversineKm(shanghai, beijing)).toBeGreaterThan(1060);
    expect(haversineKm(shanghai, beijing)).toBeLessThan(1075);
    expect(haversineKm(shanghai, shanghai)).toBe(0);
  });
});

describe('provinceId', () => {
  it('reads Chinese and English, short and official names as one province', () => {
    expect(provinceId('广东省')).toBe('guangdong');
    expect(provinceId('Guangdong Province')).toBe('guangdong');
    expect(provinceId(' guangdong ')).toBe('guangdong');
    expect(provinceId('上海市')).toBe('shanghai');
    expect(provinceId('广西壮族自治区')).toBe('guangxi');
    expect(provinceId('Inner Mongolia Autonomous Region')).toBe('inner_mongolia');
    expect(provinceId('陕西')).not.toBe(provinceId('山西'));
    expect(provinceId('Shaanxi')).toBe(provinceId('陕西省'));
    expect(provinceId('Atlantis')).toBe('atlantis');
  });
});

describe('assessServiceability', () => {
  it('serves a site in a province where we operate, whatever the distance or the language', () => {
    const j = assessServiceability({ sites: [site('far', '上海市', null, null)], coverage: [hub] });
    expect(j.value.served).toBe(true);
    expect(j.value.sites[0]).toMatchObject({ sameProvince: true, serviceLines: ['warehousing'] });
  });

  it('serves a site across the border within the default 150 km, not beyond', () => {
    expect(assessServiceability({ sites: [northOfHub(149.9)], coverage: [hub] }).value.served).toBe(true);
    expect(assessServiceability({ sites: [northOfHub(150.1)], coverage: [hub] }).value.served).toBe(false);
  });

  it('serves a site exactly at the radius, not one just beyond it', () => {
    const plant = northOfHub(150);
    const km = haversineKm({ lat: plant.lat ?? 0, lng: plant.lng ?? 0 }, hub);
    expect(assessServiceability({ sites: [plant], coverage: [hub], radiusKm: km }).value.served).toBe(true);
    expect(assessServiceability({ sites: [plant], coverage: [hub], radiusKm: km - 0.1 }).value.served).toBe(false);
    expect(assessServiceability({ sites: [plant], coverage: [hub], radiusKm: km + 0.1 }).value.served).toBe(true);
  });

  it('follows a configured radius', () => {
    expect(assessServiceability({ sites: [northOfHub(200)], coverage: [hub], radiusKm: 250 }).value.served).toBe(true);
  });

  it('names the site nearest to our network as entry point when no site is served', () => {
    const chongqingHq = site('hq', 'Chongqing', 29.563, 106.5516, 'hq');
    const xianPlant = site('plant', 'Shaanxi', 34.3416, 108.9398);
    const kunmingDc = site('dc', 'Yunnan', 25.0389, 102.7183, 'dc');
    const j = assessServiceability({ sites: [xianPlant, chongqingHq, kunmingDc], coverage: DEFAULT_NETWORK_COVERAGE });
    expect(j.value.served).toBe(false);
    expect(j.value.servedSites).toEqual([]);
    // Chongqing is about 270 km from our Chengdu hub, the closest of the three.
    expect(j.value.entryPoint?.site.id).toBe('hq');
    expect(j.value.entryPoint?.operation.city).toBe('Chengdu');
    expect(j.value.entryPoint?.distanceKm).toBeGreaterThan(250);
    expect(j.value.entryPoint?.distanceKm).toBeLessThan(290);
    expect(j.reasons.at(-1)).toMatchObject({ rule: 'serviceability.entry_point', params: { site: 'Site hq', nearestCity: 'Chengdu' } });
    expect(j.reasons[0]).toMatchObject({ rule: 'serviceability.served', met: false, input: 0, params: { sites: 3 } });
  });

  it('names no entry point once one site is served', () => {
    const j = assessServiceability({
      sites: [site('sz', '广东', 22.6, 114.0), site('urumqi', 'Xinjiang', 43.8, 87.6)],
      coverage: DEFAULT_NETWORK_COVERAGE,
    });
    expect(j.value.served).toBe(true);
    expect(j.value.servedSites.map((s) => s.id)).toEqual(['sz']);
    expect(j.value.entryPoint).toBeNull();
  });

  it('breaks an entry-point tie by site id', () => {
    const j = assessServiceability({ sites: [northOfHub(300), { ...northOfHub(300), id: 'a300' }], coverage: [hub] });
    expect(j.value.entryPoint?.site.id).toBe('a300');
  });

  it('says why when there are no sites, no coverage or no locations', () => {
    expect(assessServiceability({ sites: [], coverage: [hub] }).reasons.map((r) => r.rule)).toContain('serviceability.no_sites');
    expect(assessServiceability({ sites: [northOfHub(10)], coverage: [] }).reasons.map((r) => r.rule)).toContain(
      'serviceability.no_coverage',
    );
    const unlocated = assessServiceability({ sites: [site('x', 'Xinjiang', null, null)], coverage: [hub] });
    expect(unlocated.value).toMatchObject({ served: false, entryPoint: null });
    expect(unlocated.reasons.map((r) => r.rule)).toContain('serviceability.no_entry_point');
  });
});
