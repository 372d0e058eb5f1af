import { z } from 'zod';
import { serviceLines } from '../../domain/catalog.ts';
import { BUYING_STAGES, DEAL_KINDS, LTC_STAGES, SALES_STAGES } from '../../domain/deals/stages.ts';
import { ONBOARDING_ISSUE_STATUSES, PROOF_ASSET_KINDS } from '../../domain/deals/vocabulary.ts';

const uuid = z.string().uuid();
const text = (max: number) => z.string().trim().min(1, 'required').max(max);
const day = z.string().date('a day as YYYY-MM-DD');

/** Who sits on a deal: the delivery team must join from solution design on (seed 002). */
export const DEAL_TEAM_ROLES = ['sales', 'solution', 'delivery', 'executive', 'other'] as const;
export const DEAL_OUTCOMES = ['open', 'won', 'lost'] as const;

export const accountParams = z.object({ id: uuid });
export const dealParams = z.object({ id: uuid, dealId: uuid });
export const signalParams = dealParams.extend({ signalId: uuid });
export const memberParams = dealParams.extend({ userId: uuid });
export const proofParams = dealParams.extend({ proofAssetId: uuid });
export const issueParams = dealParams.extend({ issueId: uuid });

/** One reason behind a computed value: rule, input, threshold, whether it held, and its text key. */
export const reasonView = z.object({
  rule: z.string(),
  key: z.string(),
  met: z.boolean(),
  input: z.unknown().optional(),
  threshold: z.unknown().optional(),
  params: z.record(z.string(), z.unknown()).optional(),
});
const reasons = z.array(reasonView);

const evidenceView = z.object({ signalId: z.string(), stage: z.enum(BUYING_STAGES), weight: z.number(), observedAt: z.date() });

/** The customer's likely buying stage, how sure we are, and the signals behind it. */
export const buyingStageView = z.object({
  value: z.enum(BUYING_STAGES).nullable(),
  confidence: z.number(),
  evidence: z.array(evidenceView),
  contradicting: z.array(evidenceView),
  weightByStage: z.record(z.string(), z.number()),
  reasons,
});

/** Our sales stage against the customer's buying stage (同频). */
export const alignmentView = z.object({
  value: z.enum(['in_step', 'ahead', 'behind', 'unknown']),
  mismatch: z.boolean(),
  gap: z.number().nullable(),
  matchingSalesStage: z.enum(SALES_STAGES).nullable(),
  advice: z.enum(['wait_for_customer', 'catch_up']).nullable(),
  reasons,
});

export const deliveryTeamView = z.object({ value: z.enum(['present', 'missing', 'not_yet_required']), flagged: z.boolean(), reasons });

/** What the method judges about a deal; the solution-track parts are null on a standard (LTC) deal. */
export const dealJudgementsView = z.object({
  buyingStage: buyingStageView.nullable(),
  alignment: alignmentView.nullable(),
  deliveryTeam: deliveryTeamView.nullable(),
  /** The next LTC stage of a standard deal, null once closed or on a solution deal. */
  nextLtcStage: z.enum(LTC_STAGES).nullable(),
  overdueIssues: z.number().int(),
});

export const dealSummaryView = z.object({
  id: uuid,
  accountId: uuid,
  accountName: z.string(),
  accountNameZh: z.string().nullable(),
  industry: z.string(),
  name: z.string(),
  nameZh: z.string().nullable(),
  kind: z.enum(DEAL_KINDS),
  stage: z.string(),
  value: z.number().nullable(),
  expectedCloseOn: z.string().nullable(),
  serviceLines: z.array(z.string()),
  competitors: z.array(z.string()),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  ownerNameZh: z.string().nullable(),
  outcome: z.enum(DEAL_OUTCOMES),
  outcomeReason: z.string().nullable(),
  stageChangedAt: z.date(),
  createdAt: z.date(),
  updatedAt: z.date(),
  version: z.number().int(),
  judgements: dealJudgementsView,
});
export type DealSummaryView = z.infer<typeof dealSummaryView>;

export const teamMemberView = z.object({ userId: uuid, name: z.string(), nameZh: z.string().nullable(), role: z.string() });

export const signalView = z.object({
  id: uuid,
  signal: z.string(),
  /** The catalogue's stage for the signal; null when the company has since dropped it. */
  stage: z.enum(BUYING_STAGES).nullable(),
  nameEn: z.string().nullable(),
  nameZh: z.string().nullable(),
  observedAt: z.date(),
  contactId: z.string().nullable(),
  contactName: z.string().nullable(),
  contactNameZh: z.string().nullable(),
  note: z.string().nullable(),
  retractedAt: z.date().nullable(),
  createdAt: z.date(),
});

/** The verdict on one of our sales actions at the customer's buying stage, with what to do instead. */
export const actionCheckView = z.object({
  value: z.enum(['ok', 'warning']),
  reasons,
  alternatives: z.array(z.string()),
  proofKinds: z.array(z.enum(PROOF_ASSET_KINDS)),
  buyingStage: z.enum(BUYING_STAGES).nullable(),
  confidence: z.number(),
});
export type ActionCheckView = z.infer<typeof actionCheckView>;

export const actionView = z.object({
  id: uuid,
  action: z.string(),
  occurredAt: z.date(),
  note: z.string().nullable(),
  check: actionCheckView,
  createdBy: z.string().nullable(),
  createdAt: z.date(),
});

export const proofAssetView = z.object({
  id: uuid,
  kind: z.string(),
  title: z.string(),
  titleZh: z.string().nullable(),
  url: z.string().nullable(),
  industries: z.array(z.string()),
  serviceLines: z.array(z.string()),
  sourceAccountId: z.string().nullable(),
  description: z.string().nullable(),
  createdAt: z.date(),
});
export const attachedProofView = proofAssetView.extend({ attachedAt: z.date() });
export const rankedProofView = z.object({ asset: proofAssetView, score: z.number(), reasons });

export const onboardingIssueView = z.object({
  id: uuid,
  title: z.string(),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  ownerNameZh: z.string().nullable(),
  dueOn: z.string(),
  status: z.enum(ONBOARDING_ISSUE_STATUSES),
  resolvedAt: z.date().nullable(),
  createdAt: z.date(),
  /** Open past its due day; null when not overdue. */
  daysOverdue: z.number().int().nullable(),
});

export const playbookStageView = z.object({
  buyingStage: z.enum(BUYING_STAGES),
  recommendedActions: z.array(z.string()),
  exitCriteria: z.array(z.object({ id: z.string(), en: z.string(), zh: z.string() })),
});

/** One deal with everything on it, and every judgement with its reasons. */
export const dealDetailView = dealSummaryView.extend({
  team: z.array(teamMemberView),
  signals: z.array(signalView),
  actions: z.array(actionView),
  proofs: z.array(attachedProofView),
  onboardingIssues: z.array(onboardingIssueView),
  /** Playbook of the stage the deal stands at: the customer's inferred stage, else the one our stage answers. */
  playbook: playbookStageView.nullable(),
  onboarding: z.object({ overdue: z.array(z.object({ issueId: uuid, daysOverdue: z.number().int() })), reasons }),
});
export type DealDetailView = z.infer<typeof dealDetailView>;

const stageName = z.union([z.enum(LTC_STAGES), z.enum(SALES_STAGES)]);

export const createDealBody = z.object({
  name: text(300),
  nameZh: z.string().trim().max(300).nullish(),
  kind: z.enum(DEAL_KINDS),
  /** Defaults to the first stage of the kind's track. */
  stage: stageName.optional(),
  value: z.number().min(0).nullish(),
  expectedCloseOn: day.nullish(),
  serviceLines: z.array(z.enum(serviceLines)).default([]),
  competitors: z.array(text(200)).max(20).default([]),
  ownerId: uuid.nullish(),
});
export type CreateDealBody = z.infer<typeof createDealBody>;

export const updateDealBody = z.object({
  version: z.number().int().positive(),
  name: text(300).optional(),
  nameZh: z.string().trim().max(300).nullish(),
  value: z.number().min(0).nullish(),
  expectedCloseOn: day.nullish(),
  serviceLines: z.array(z.enum(serviceLines)).optional(),
  competitors: z.array(text(200)).max(20).optional(),
  ownerId: uuid.nullish(),
  outcome: z.enum(DEAL_OUTCOMES).optional(),
  outcomeReason: z.string().trim().max(2000).nullish(),
});
export type UpdateDealBody = z.infer<typeof updateDealBody>;

export const moveStageBody = z.object({ stage: stageName, version: z.number().int().positive() });

export const listDealsQuery = z.object({
  kind: z.enum(DEAL_KINDS).optional(),
  ownerId: uuid.optional(),
  /** Lost deals leave the boards unless asked for. */
  includeLost: z.stringbool().default(false),
  limit: z.coerce.number().int().min(1).max(1000).default(500),
});

export const teamMemberBody = z.object({ userId: uuid, role: z.enum(DEAL_TEAM_ROLES) });
export const removeMemberQuery = z.object({ role: z.enum(DEAL_TEAM_ROLES) });

export const signalBody = z.object({
  signal: text(100),
  observedAt: z.coerce.date(),
  contactId: uuid.nullish(),
  note: z.string().trim().max(2000).nullish(),
});

export const actionBody = z.object({
  action: text(100),
  occurredAt: z.coerce.date().optional(),
  note: z.string().trim().max(2000).nullish(),
});
export const actionQuery = z.object({ dryRun: z.stringbool().default(false) });

export const items = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
