import { z } from 'zod';

const share = z.number().min(0).max(1);
const score = z.number().min(1).max(5);
const days = z.int().min(1).max(3650);

// Every dangerous signal can be switched off; each one is shown as its own reason.
const enabled = z.boolean().default(true);

/** The company settings section for customer tags (SPEC §2), every field defaulted. */
export const tagSettingsSchema = z
  .object({
    benchmark: z
      .object({
        /** 影响度、满意度、配合度 on a 1–5 scale; each must reach its bar (三个缺一不可). */
        minInfluence: score.default(4),
        minSatisfaction: score.default(4),
        minCooperation: score.default(4),
        /** 硬任务: new benchmark customers each rep must develop a year. */
        targetPerRepPerYear: z.int().min(0).max(50).default(2),
        /** Case assets a benchmark needs before other reps can use it as proof (可视化). */
        minCaseAssetsReady: z.int().min(1).max(10).default(1),
      })
      .prefault({}),
    nail: z
      .object({
        /** Estimated yearly logistics spend (CNY) that makes a stalled account worth pulling. */
        minWalletCny: z.number().min(0).default(20_000_000),
        /** Our share of that wallet at or below this is "low". */
        maxOurShare: share.default(0.2),
        /** No deal-stage advance and no share growth for this long is a stall (久攻不下). */
        stalledDays: days.default(180),
        value: z
          .object({
            /** Combined attack (组合攻关) needs at least this potential yearly value, CNY. */
            attackMinPotentialCny: z.number().min(0).default(5_000_000),
            /** …and expected return at least this many times the cost of the attack. */
            attackMinReturnRatio: z.number().min(0).default(3),
            /** Below this return ratio the nail is abandoned; between the two, effort is reduced. */
            reduceMinReturnRatio: z.number().min(0).default(1),
          })
          .refine((v) => v.reduceMinReturnRatio <= v.attackMinReturnRatio, {
            message: 'reduceMinReturnRatio must not exceed attackMinReturnRatio',
            path: ['reduceMinReturnRatio'],
          })
          .prefault({}),
      })
      .prefault({}),
    dangerous: z
      .object({
        /** How many enabled signals make an account dangerous. */
        minSignals: z.int().min(1).default(1),
        revenueDrop: z.object({ enabled, minDrop: share.default(0.2) }).prefault({}),
        openComplaints: z.object({ enabled, minOpen: z.int().min(1).default(1) }).prefault({}),
        keyContactLeft: z.object({ enabled, withinDays: days.default(90) }).prefault({}),
        competitorActivity: z.object({ enabled, withinDays: days.default(90) }).prefault({}),
        fewerVisits: z.object({ enabled, windowDays: days.default(90), minDrop: share.default(0.5) }).prefault({}),
        paymentDelay: z
          .object({
            enabled,
            /** Overdue receivables strictly above this share. */
            maxOverdueShare: share.default(0.1),
            /** Collection cycle longer than the previous period's by at least this many days. */
            cycleWorseningDays: z.number().min(1).default(15),
          })
          .prefault({}),
        levelDropped: z.object({ enabled, withinDays: days.default(180) }).prefault({}),
        /** 高密度拜访: visits a month expected on a dangerous account. */
        visitsPerMonthTarget: z.number().min(0).max(31).default(2),
      })
      .prefault({}),
  })
  .prefault({});

export type TagSettings = z.infer<typeof tagSettingsSchema>;
export type BenchmarkSettings = TagSettings['benchmark'];
export type NailSettings = TagSettings['nail'];
export type NailValueSettings = NailSettings['value'];
export type DangerousSettings = TagSettings['dangerous'];

/** The defaults, for callers that have no company settings document yet. */
export const defaultTagSettings: TagSettings = tagSettingsSchema.parse(undefined);
