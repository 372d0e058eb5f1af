import { z } from 'zod';
import { tiers } from '../../domain/catalog.ts';
import { historyView } from './account-records.schema.ts';

/** One reason of a judgement: the rule, the input, the threshold, whether it held, and its i18n key. */
export const reasonSchema = z.object({
  rule: z.string(),
  key: z.string(),
  met: z.boolean(),
  input: z.unknown().optional(),
  threshold: z.unknown().optional(),
  params: z.record(z.string(), z.unknown()).optional(),
});

/** A decision with the reasons that produced it. */
export const judgementSchema = <T extends z.ZodType>(value: T) => z.object({ value, reasons: z.array(reasonSchema) });
const anyJudgement = judgementSchema(z.unknown());

/** `account_evaluations.result`: the account's whole judgement (dates as ISO strings). */
export const evaluationResultSchema = z.object({
  tier: judgementSchema(z.enum(tiers)),
  criteria: z.object({ scale: anyJudgement, solution_need: anyJudgement, strategic_fit: anyJudgement, mutual_commitment: anyJudgement }),
  paymentTrap: judgementSchema(z.boolean()),
  serviceability: anyJudgement,
  growth: anyJudgement,
  tag: z.object({ suggested: anyJudgement, effective: anyJudgement }),
  level: z.object({
    official: anyJudgement,
    optimism: anyJudgement,
    moves: anyJudgement,
    dropAlert: anyJudgement,
    indicators: anyJudgement,
    nextStep: anyJudgement.nullable(),
  }),
  settingsVersion: z.number().int(),
  evaluatedAt: z.string(),
});

export const judgementHistoryItem = historyView;

export const judgementResponse = z.object({
  evaluation: evaluationResultSchema.nullable(),
  history: z.array(judgementHistoryItem),
});

export const evaluationRunResponse = z.object({
  evaluated: z.number().int(),
  changed: z.number().int(),
  settingsVersion: z.number().int(),
});
