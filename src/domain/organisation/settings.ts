import { z } from 'zod';
import { teamRoles } from '../catalog.ts';
import { CADENCE_DAYS, CADENCE_PERIODS, TOOLKIT_KINDS } from './vocabulary.ts';

const hours = (fallback: number) => z.number().positive().default(fallback);

/**
 * The organisation section of the company settings document (SPEC §6).
 * Every field has a default, so `organisationSettingsSchema.parse(undefined)` is a
 * complete, usable configuration.
 */
export const organisationSettingsSchema = z
  .object({
    /** Roles a strategic account's team must have; finance and other stay optional by default. */
    requiredTeamRoles: z.array(z.enum(teamRoles)).default(['sales_lead', 'solution', 'delivery', 'executive_sponsor']),
    /**
     * Executive pairing (结对子): how often the paired executive should visit. `days` is
     * what the rules use; `period` names it in the UI (CADENCE_DAYS gives the usual days
     * for each period). No transform here, so the section stays representable as JSON Schema.
     */
    executiveVisitCadence: z
      .object({
        period: z.enum(CADENCE_PERIODS).default('quarterly'),
        days: z.number().int().positive().default(CADENCE_DAYS.quarterly),
      })
      .prefault({}),
    /** 拍脑门: the account team must hear of an executive visit at least this many days before. */
    visitPlanNoticeDays: z.number().min(0).default(2),
    /** 拍屁股: a strategic account without an executive touchpoint for longer than this is flagged. */
    handsOffWindowDays: z.number().int().positive().default(90),
    /** 一切为了前线: hours a department has to answer a support request when the rep set no due time. */
    supportRequestSlaHours: z
      .object({
        solution_design: hours(72),
        pricing: hours(24),
        it_integration: hours(72),
        operations: hours(24),
        legal: hours(48),
        finance: hours(24),
      })
      .prefault({}),
    /** An account plan not reviewed for longer than this is flagged. */
    accountPlanReviewDays: z.number().int().positive().default(90),
    sevenElements: z
      .object({
        /** Toolkit kinds the program should hold at least one asset of (工具). */
        toolkitKindsRequired: z.array(z.enum(TOOLKIT_KINDS)).default(['demo', 'visit_method', 'deck', 'talk_track']),
        /** Rounding allowed when checking that a profit-sharing split sums to 100 % (shares are fractions). */
        profitSharingTolerance: z.number().min(0).default(0.0001),
      })
      .prefault({}),
  })
  .prefault({});

export type OrganisationSettings = z.infer<typeof organisationSettingsSchema>;

/** The defaults, for callers (and tests) that have no company document at hand. */
export const organisationDefaults: OrganisationSettings = organisationSettingsSchema.parse(undefined);
