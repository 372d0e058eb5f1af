import { describe, expect, it } from 'vitest';
import { tagSettingsSchema } from '../../../src/domain/tags/settings.ts';

describe('tagSettingsSchema', () => {
  it('fills every default from nothing', () => {
    const s = tagSettingsSchema.parse(undefined);
    expect(s.benchmark).toMatchObject({ minInfluence: 4, minSatisfaction: 4, minCooperation: 4, targetPerRepPerYear: 2 });
    expect(s.nail).toMatchObject({ minWalletCny: 20_000_000, maxOurShare: 0.2, stalledDays: 180 });
    expect(s.dangerous.revenueDrop).toEqual({ enabled: true, minDrop: 0.2 });
    expect(s.dangerous.openComplaints).toEqual({ enabled: true, minOpen: 1 });
    expect(s.dangerous.keyContactLeft).toEqual({ enabled: true, withinDays: 90 });
    expect(s.dangerous.competitorActivity).toEqual({ enabled: true, withinDays: 90 });
    expect(s.dangerous.fewerVisits).toEqual({ enabled: true, windowDays: 90, minDrop: 0.5 });
    expect(s.dangerous.paymentDelay).toMatchObject({ enabled: true, maxOverdueShare: 0.1 });
    expect(s.dangerous.levelDropped).toEqual({ enabled: true, withinDays: 180 });
    expect(s.dangerous.visitsPerMonthTarget).toBe(2);
  });

  it('keeps defaults beside a partial override', () => {
    const s = tagSettingsSchema.parse({ dangerous: { revenueDrop: { enabled: false } }, nail: { stalledDays: 90 } });
    expect(s.dangerous.revenueDrop).toEqual({ enabled: false, minDrop: 0.2 });
    expect(s.dangerous.openComplaints.enabled).toBe(true);
    expect(s.nail.stalledDays).toBe(90);
    expect(s.nail.minWalletCny).toBe(20_000_000);
  });

  it('rejects scores off the 1–5 scale and shares above 1', () => {
    expect(tagSettingsSchema.safeParse({ benchmark: { minInfluence: 6 } }).success).toBe(false);
    expect(tagSettingsSchema.safeParse({ nail: { maxOurShare: 1.5 } }).success).toBe(false);
  });

  it('rejects a reduce ratio above the attack ratio', () => {
    const r = tagSettingsSchema.safeParse({ nail: { value: { attackMinReturnRatio: 2, reduceMinReturnRatio: 3 } } });
    expect(r.success).toBe(false);
  });
});
