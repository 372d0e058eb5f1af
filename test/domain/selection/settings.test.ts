import { describe, expect, it } from 'vitest';
import {
  DEFAULT_NETWORK_COVERAGE,
  defaultSelectionSettings,
  selectionSettingsSchema,
} from '../../../src/domain/selection/settings.ts';

describe('selectionSettingsSchema', () => {
  it('gives the method defaults when the company has set nothing', () => {
    const s = selectionSettingsSchema.parse(undefined);
    expect(s.scaleBasis).toBe('revenue');
    expect(s.scaleCutShare).toBe(0.5);
    expect(s.solutionNeedMinServiceLines).toBe(2);
    expect(s.strategicIndustries).toEqual(['apparel', 'auto_parts', 'pharma', 'electronics']);
    expect(s.strategicIntents.map((i) => i.id)).toContain('national_warehouse_network');
    expect(s.mutualCommitmentWindowMonths).toBe(12);
    expect(s.paymentTrap).toEqual({ maxCollectionDays: 90, maxOverdueShare: 0.2 });
    expect(s.strategicPoolMax).toBe(30);
    expect(s.poolReviewCadence).toBe('quarterly');
    expect(s.serviceRadiusKm).toBe(150);
    expect(s.networkCoverage.map((o) => o.city)).toEqual([
      'Shanghai',
      'Suzhou',
      'Hangzhou',
      'Guangzhou',
      'Shenzhen',
      'Dongguan',
      'Beijing',
      'Tianjin',
      'Wuhan',
      'Chengdu',
    ]);
    expect(defaultSelectionSettings).toEqual(s);
  });

  it('fills what a partial document leaves out, including inside the payment trap', () => {
    const s = selectionSettingsSchema.parse({ scaleBasis: 'gross_profit', paymentTrap: { maxCollectionDays: 60 } });
    expect(s.scaleBasis).toBe('gross_profit');
    expect(s.paymentTrap).toEqual({ maxCollectionDays: 60, maxOverdueShare: 0.2 });
    expect(s.strategicPoolMax).toBe(30);
  });

  it('rejects unknown industries, service lines and out-of-range shares, naming the field', () => {
    const bad = selectionSettingsSchema.safeParse({ strategicIndustries: ['apparell'] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['strategicIndustries', 0]);
    expect(selectionSettingsSchema.safeParse({ scaleCutShare: 1.5 }).success).toBe(false);
    expect(selectionSettingsSchema.safeParse({ paymentTrap: { maxOverdueShare: -0.1 } }).success).toBe(false);
    expect(
      selectionSettingsSchema.safeParse({ networkCoverage: [{ province: 'Shanghai', lat: 31, lng: 121, serviceLines: ['teleport'] }] })
        .success,
    ).toBe(false);
  });

  it('gives each parse its own default lists, so editing one company cannot change another', () => {
    const a = selectionSettingsSchema.parse({});
    a.strategicIndustries.push('fmcg');
    a.networkCoverage[0]?.serviceLines.push('ltl');
    const b = selectionSettingsSchema.parse({});
    expect(b.strategicIndustries).not.toContain('fmcg');
    expect(b.networkCoverage[0]?.serviceLines).toEqual(DEFAULT_NETWORK_COVERAGE[0]?.serviceLines);
  });

  it('places the default hubs in China, each running at least one service line', () => {
    for (const hub of DEFAULT_NETWORK_COVERAGE) {
      expect(hub.lat).toBeGreaterThan(18);
      expect(hub.lat).toBeLessThan(54);
      expect(hub.lng).toBeGreaterThan(73);
      expect(hub.lng).toBeLessThan(135);
      expect(hub.serviceLines.length).toBeGreaterThan(0);
    }
  });
});
