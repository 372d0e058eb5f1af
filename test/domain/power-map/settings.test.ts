import { describe, expect, it } from 'vitest';
import { powerMapDefaults, powerMapSettingsSchema } from '../../../src/domain/power-map/settings.ts';

describe('powerMapSettingsSchema', () => {
  it('gives the method defaults when the company document has no power-map section', () => {
    expect(powerMapDefaults.coverageWindowDays).toBe(90);
    expect(powerMapDefaults.highInfluence).toBe(4);
    expect(powerMapDefaults.figurehead).toEqual({ maxRank: 2, maxInfluence: 2 });
    expect(powerMapDefaults.hiddenPower).toEqual({ minRank: 4, minInfluence: 4 });
    expect(powerMapDefaults.keyContactLeftDays).toBe(180);
    expect(powerMapDefaults.keyContactRoles).toEqual(['decision_maker', 'coach']);
    expect(powerMapDefaults.minActiveContacts).toBe(2);
    expect(powerMapDefaults.severities.single_threaded).toBe('critical');
    expect(powerMapDefaults.severities.no_coach).toBe('warning');
  });

  it('fills the rest of a nested section when a company overrides one field', () => {
    const settings = powerMapSettingsSchema.parse({ figurehead: { maxRank: 3 }, coverage: { weights: { levels: 50 } } });
    expect(settings.figurehead).toEqual({ maxRank: 3, maxInfluence: 2 });
    expect(settings.coverage.weights).toEqual({
      contactPoints: 25,
      levels: 50,
      departments: 20,
      decisionMakers: 20,
      attitude: 15,
    });
    expect(settings.coverage.targets.contactPoints).toBe(5);
  });

  it('rejects influence outside 1..5, a zero window and all-zero coverage weights', () => {
    expect(powerMapSettingsSchema.safeParse({ highInfluence: 6 }).success).toBe(false);
    expect(powerMapSettingsSchema.safeParse({ coverageWindowDays: 0 }).success).toBe(false);
    const zero = { contactPoints: 0, levels: 0, departments: 0, decisionMakers: 0, attitude: 0 };
    expect(powerMapSettingsSchema.safeParse({ coverage: { weights: zero } }).success).toBe(false);
    expect(powerMapSettingsSchema.safeParse({ severities: { no_coach: 'loud' } }).success).toBe(false);
  });
});
