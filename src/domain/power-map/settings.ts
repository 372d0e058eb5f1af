import { z } from 'zod';
import { buyingRoles } from '../catalog.ts';

const influenceLevel = (fallback: number) => z.number().int().min(1).max(5).default(fallback);
const days = (fallback: number) => z.number().int().positive().default(fallback);
const atLeastOne = (fallback: number) => z.number().int().min(1).default(fallback);
const weight = (fallback: number) => z.number().min(0).default(fallback);

/** How loudly a gap is raised; `off` lets a company silence a rule it does not use. */
export const gapSeverities = ['critical', 'warning', 'info'] as const;
export type GapSeverity = (typeof gapSeverities)[number];
const severity = (fallback: GapSeverity) => z.enum([...gapSeverities, 'off']).default(fallback);

/**
 * The power-map section of the company settings document (SPEC §5).
 * `powerMapSettingsSchema.parse(undefined)` gives the complete defaults.
 */
export const powerMapSettingsSchema = z
  .object({
    /**
     * A contact counts as one of our active contacts when we own the relationship and
     * touched it within this many days; a decision maker outside it is not covered.
     * One window for both keeps the coverage score and the gaps telling the same story.
     */
    coverageWindowDays: days(90),
    /** Influence from which a person can sway the deal on their own. */
    highInfluence: influenceLevel(4),
    /** 徒有虚名: a high title (rank at most maxRank) with little real influence. */
    figurehead: z
      .object({ maxRank: atLeastOne(2), maxInfluence: influenceLevel(2) })
      .prefault({}),
    /** 大权在握: an unremarkable title (rank at least minRank) with real influence. */
    hiddenPower: z
      .object({ minRank: atLeastOne(4), minInfluence: influenceLevel(4) })
      .prefault({}),
    /** A key contact who left within this many days is still a live risk to the account. */
    keyContactLeftDays: days(180),
    /** Buying roles whose departure is always a key loss (high influence and the main contact are too). */
    keyContactRoles: z.array(z.enum(buyingRoles)).default(['decision_maker', 'coach']),
    /** Fewer active contacts than this is single-threaded: one person leaving ends the relationship. */
    minActiveContacts: atLeastOne(2),
    /** Active contacts in fewer hierarchy levels or departments than this is narrow coverage. */
    minLevels: atLeastOne(2),
    minDepartments: atLeastOne(2),
    coverage: z
      .object({
        /** Where each part of the coverage score is full. */
        targets: z
          .object({
            contactPoints: atLeastOne(5),
            levels: atLeastOne(3),
            departments: atLeastOne(3),
            supporters: atLeastOne(2),
          })
          .prefault({}),
        /** Relative weights of the parts; the score is scaled to 0..100 whatever they sum to. */
        weights: z
          .object({
            contactPoints: weight(25),
            levels: weight(20),
            departments: weight(20),
            decisionMakers: weight(20),
            attitude: weight(15),
          })
          .prefault({})
          .refine((w) => Object.values(w).some((v) => v > 0), {
            message: 'At least one coverage weight must be above zero',
          }),
      })
      .prefault({}),
    severities: z
      .object({
        no_coach: severity('warning'),
        decision_maker_unknown: severity('warning'),
        decision_maker_not_covered: severity('critical'),
        single_threaded: severity('critical'),
        high_influence_opponent: severity('critical'),
        opponent_influences_decision_maker: severity('warning'),
        figurehead_as_main_contact: severity('warning'),
        key_contact_left: severity('critical'),
        narrow_coverage: severity('warning'),
      })
      .prefault({}),
  })
  .prefault({});

export type PowerMapSettings = z.infer<typeof powerMapSettingsSchema>;

/** The defaults, for callers (and tests) that have no company document at hand. */
export const powerMapDefaults: PowerMapSettings = powerMapSettingsSchema.parse(undefined);
