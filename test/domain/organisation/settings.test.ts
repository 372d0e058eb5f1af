import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { organisationDefaults, organisationSettingsSchema } from '../../../src/domain/organisation/settings.ts';

describe('organisationSettingsSchema', () => {
  it('gives the method defaults when the company has set nothing', () => {
    const s = organisationSettingsSchema.parse(undefined);
    expect(s.requiredTeamRoles).toEqual(['sales_lead', 'solution', 'delivery', 'executive_sponsor']);
    expect(s.executiveVisitCadence).toEqual({ period: 'quarterly', days: 92 });
    expect(s.visitPlanNoticeDays).toBe(2);
    expect(s.handsOffWindowDays).toBe(90);
    expect(s.accountPlanReviewDays).toBe(90);
    expect(Object.keys(s.supportRequestSlaHours).sort()).toEqual(
      ['finance', 'it_integration', 'legal', 'operations', 'pricing', 'solution_design'].sort(),
    );
    expect(organisationDefaults).toEqual(s);
  });

  it('fills the parts a company left out of a partial document', () => {
    const s = organisationSettingsSchema.parse({ supportRequestSlaHours: { legal: 96 }, visitPlanNoticeDays: 3 });
    expect(s.supportRequestSlaHours.legal).toBe(96);
    expect(s.supportRequestSlaHours.pricing).toBe(organisationDefaults.supportRequestSlaHours.pricing);
    expect(s.visitPlanNoticeDays).toBe(3);
    expect(s.handsOffWindowDays).toBe(90);
  });

  it('keeps a company cadence of its own, and stays representable as JSON Schema for the settings editor', () => {
    const s = organisationSettingsSchema.parse({ executiveVisitCadence: { period: 'monthly', days: 31 } });
    expect(s.executiveVisitCadence).toEqual({ period: 'monthly', days: 31 });
    expect(() => z.toJSONSchema(organisationSettingsSchema, { io: 'output' })).not.toThrow();
    expect(() => z.toJSONSchema(organisationSettingsSchema, { io: 'input' })).not.toThrow();
  });

  it('rejects unknown roles and impossible numbers', () => {
    expect(organisationSettingsSchema.safeParse({ requiredTeamRoles: ['janitor'] }).success).toBe(false);
    expect(organisationSettingsSchema.safeParse({ handsOffWindowDays: 0 }).success).toBe(false);
    expect(organisationSettingsSchema.safeParse({ visitPlanNoticeDays: -1 }).success).toBe(false);
    expect(organisationSettingsSchema.safeParse({ supportRequestSlaHours: { legal: 0 } }).success).toBe(false);
  });
});
