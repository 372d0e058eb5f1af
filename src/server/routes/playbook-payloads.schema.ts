import { z } from 'zod';
import { BENCHMARK_LEVELS, CASE_ASSET_KINDS } from '../../domain/tags/benchmark-profile.ts';
import { DEFENCE_ACTIONS, DEFENCE_PARTS } from '../../domain/tags/defence-plan.ts';
import { NAIL_CAUSES } from '../../domain/tags/nail-causes.ts';
import { ESCALATION_STEPS } from '../../domain/tags/nail-escalation.ts';
import { NAIL_DECISIONS } from '../../domain/tags/nail-value.ts';

// What each kind of playbook record (标杆/钉子/危险客户的打法) holds. The table keeps
// the payload as JSON; these schemas are its only definition, used to validate
// writes and to read stored payloads back.

const uuid = z.string().uuid();
const text = (max: number) => z.string().trim().min(1, 'required').max(max);
const note = z.string().trim().max(4000).nullish();
const cny = z.number().min(0).max(1e12);
const day = z.iso.date();

export const DEFENCE_ACTION_IDS = [...DEFENCE_ACTIONS.relationship, ...DEFENCE_ACTIONS.commercial, ...DEFENCE_ACTIONS.risk] as const;

/** 多层次: how far the benchmark carries, and the accounts it is to radiate to (同心圆开发). */
export const benchmarkProfilePayload = z.object({
  level: z.enum(BENCHMARK_LEVELS),
  industry: z.string().max(100).nullish(),
  radiates: z.array(z.string().max(200)).max(100).default([]),
  note,
});

/** 大投入: support budget and actions spent on a benchmark; the amount goes in the record's `amount`. */
export const benchmarkInvestmentPayload = z.object({ what: text(1000), note });

/** 可视化: a piece of proof, stored as a link, reusable in other deals. */
export const caseAssetPayload = z.object({
  kind: z.enum(CASE_ASSET_KINDS),
  title: text(300),
  url: z.url().max(2000),
  note,
});

/** 先借用他人: this account's deal is supported with another region's benchmark. */
export const benchmarkBorrowingPayload = z.object({ benchmarkAccountId: uuid, purpose: text(1000) });

/** 价值区分 and 原因区分 before investing in a nail; `decision` is the manager's, when it differs from the assessed one. */
export const nailAssessmentPayload = z.object({
  potentialValueCny: cny,
  expectedReturnCny: cny,
  costCny: cny,
  causes: z.array(z.enum(NAIL_CAUSES)).max(NAIL_CAUSES.length).default([]),
  decision: z.enum(NAIL_DECISIONS).nullish(),
  stalledSince: day.nullish(),
  note,
});

/** 组合攻关: one rung of the escalation ladder went to the customer. */
export const nailEscalationPayload = z.object({
  step: z.enum(ESCALATION_STEPS),
  personId: uuid.nullish(),
  outcome: z.string().trim().max(2000).nullish(),
});

/** 关系防御、商务防御、风险防御: each part lists actions (a playbook action id or free text). */
export const defencePlanPayload = z.object({
  relationship: z.array(text(500)).max(30).default([]),
  commercial: z.array(text(500)).max(30).default([]),
  risk: z.array(text(500)).max(30).default([]),
  note,
});

/** One action of the defence plan, tracked to done with its owner and due date. */
export const defenceActionPayload = z.object({
  part: z.enum(DEFENCE_PARTS),
  action: z.enum(DEFENCE_ACTION_IDS).nullish(),
  what: text(1000),
  ownerId: uuid.nullish(),
});

/** 保留客户是最重要的: replacing the rep, when the customer asks, is recorded as an option and its outcome. */
export const repReplacementPayload = z.object({
  customerAsked: z.boolean(),
  decision: z.enum(['considered', 'replaced', 'declined']),
  newRepId: uuid.nullish(),
  note: text(2000),
});

export const playbookPayloads = {
  benchmark_profile: benchmarkProfilePayload,
  benchmark_investment: benchmarkInvestmentPayload,
  case_asset: caseAssetPayload,
  benchmark_borrowing: benchmarkBorrowingPayload,
  nail_assessment: nailAssessmentPayload,
  nail_escalation: nailEscalationPayload,
  defence_plan: defencePlanPayload,
  defence_action: defenceActionPayload,
  rep_replacement: repReplacementPayload,
} as const;

export type PlaybookKind = keyof typeof playbookPayloads;
export const PLAYBOOK_KINDS = Object.keys(playbookPayloads) as PlaybookKind[];
export type PlaybookPayload<K extends PlaybookKind> = z.infer<(typeof playbookPayloads)[K]>;

/** Which tag's playbook a kind belongs to. */
export const PLAYBOOK_TAG: Record<PlaybookKind, 'benchmark' | 'nail' | 'dangerous'> = {
  benchmark_profile: 'benchmark',
  benchmark_investment: 'benchmark',
  case_asset: 'benchmark',
  benchmark_borrowing: 'benchmark',
  nail_assessment: 'nail',
  nail_escalation: 'nail',
  defence_plan: 'dangerous',
  defence_action: 'dangerous',
  rep_replacement: 'dangerous',
};

/** Status words a record may carry: an action is open or done, an investment planned or spent, a case asset a draft or ready. */
export const PLAYBOOK_STATUSES = ['open', 'done', 'planned', 'spent', 'draft', 'ready', 'active', 'closed'] as const;

const common = {
  amount: cny.nullish(),
  dueAt: day.nullish(),
  status: z.enum(PLAYBOOK_STATUSES).nullish(),
};
const entry = <K extends PlaybookKind>(kind: K) => z.object({ kind: z.literal(kind), payload: playbookPayloads[kind], ...common });

/** POST /api/accounts/:id/playbook-records: one record, its payload checked against its kind. */
export const playbookRecordBody = z.discriminatedUnion('kind', [
  entry('benchmark_profile'),
  entry('benchmark_investment'),
  entry('case_asset'),
  entry('benchmark_borrowing'),
  entry('nail_assessment'),
  entry('nail_escalation'),
  entry('defence_plan'),
  entry('defence_action'),
  entry('rep_replacement'),
]);
export type PlaybookRecordBody = z.infer<typeof playbookRecordBody>;

/** A stored payload read back through its kind's schema; null when it does not fit (an unknown kind or an older shape). */
export function readPayload<K extends PlaybookKind>(kind: K, payload: unknown): PlaybookPayload<K> | null;
export function readPayload(kind: string, payload: unknown): unknown;
export function readPayload(kind: string, payload: unknown): unknown {
  const schema = (playbookPayloads as Record<string, z.ZodType>)[kind];
  if (!schema) return null;
  const parsed = schema.safeParse(payload);
  return parsed.success ? parsed.data : null;
}
