import { z } from 'zod';
import { industries, serviceLines } from '../../domain/catalog.ts';
import { BUYING_STAGES } from '../../domain/deals/stages.ts';
import { ONBOARDING_ISSUE_STATUSES, PROOF_ASSET_KINDS } from '../../domain/deals/vocabulary.ts';
import { playbookStageView, reasonView } from './deals.schema.ts';

const uuid = z.string().uuid();
const text = (max: number) => z.string().trim().min(1, 'required').max(max);
const day = z.string().date('a day as YYYY-MM-DD');

/** Search the proof library; with an industry or service lines the answer is ranked by fit. */
export const proofSearchQuery = z.object({
  industry: z.enum(industries).optional(),
  /** Comma-separated service lines. */
  serviceLines: z
    .string()
    .optional()
    .transform((raw) =>
      raw
        ? raw
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : [],
    )
    .pipe(z.array(z.enum(serviceLines))),
  kind: z.enum(PROOF_ASSET_KINDS).optional(),
  q: z.string().trim().max(200).optional(),
});

export const proofAssetBody = z.object({
  kind: z.enum(PROOF_ASSET_KINDS),
  title: text(300),
  titleZh: z.string().trim().max(300).nullish(),
  url: z.string().trim().url('a link (https://…)').max(2000).nullish(),
  industries: z.array(z.enum(industries)).default([]),
  serviceLines: z.array(z.enum(serviceLines)).default([]),
  sourceAccountId: uuid.nullish(),
  description: z.string().trim().max(5000).nullish(),
});
export type ProofAssetBody = z.infer<typeof proofAssetBody>;

export const attachProofBody = z.object({ proofAssetId: uuid });

export const onboardingIssueBody = z.object({
  title: text(500),
  ownerId: uuid.nullish(),
  dueOn: day,
});
export const onboardingIssuePatch = z.object({
  title: text(500).optional(),
  ownerId: uuid.nullish(),
  dueOn: day.optional(),
  status: z.enum(ONBOARDING_ISSUE_STATUSES).optional(),
});
export type OnboardingIssuePatch = z.infer<typeof onboardingIssuePatch>;

const named = z.object({ id: z.string(), name_en: z.string(), name_zh: z.string() });

/** The company's deal method as the screens need it: signals, actions and the playbook of every stage. */
export const dealCatalogueView = z.object({
  signals: z.array(named.extend({ stage: z.enum(BUYING_STAGES), weight: z.number() })),
  actions: z.array(named.extend({ fitsAt: z.array(z.enum(BUYING_STAGES)), warnAt: z.array(z.enum(BUYING_STAGES)) })),
  playbook: z.array(playbookStageView),
  deliveryRoles: z.array(z.string()),
  deliveryRequiredFrom: z.string(),
  toleratedStageGap: z.number().int(),
  /** A lead or opportunity that dies may be closed without the later LTC stages. */
  ltcAllowEarlyClose: z.boolean(),
});

/** What is wrong on an account's deals, for the account page. */
export const dealFlagKinds = ['stage_mismatch', 'delivery_team_missing', 'onboarding_overdue'] as const;
export const dealFlagsView = z.object({
  items: z.array(
    z.object({
      dealId: uuid,
      name: z.string(),
      nameZh: z.string().nullable(),
      kind: z.string(),
      stage: z.string(),
      flags: z.array(z.object({ kind: z.enum(dealFlagKinds), reasons: z.array(reasonView) })),
    }),
  ),
  total: z.number().int(),
});
