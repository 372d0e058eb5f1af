import { z } from 'zod';
import { tags } from '../../domain/catalog.ts';
import { MARKET_STAGES } from '../../domain/tags/market-stage.ts';
import { playbookRecordView } from './judgement-records.schema.ts';

// Views of the tag boards (标杆/钉子/危险客户), an account's playbook and the
// benchmark targets per rep (硬任务).

const uuid = z.string().uuid();

export const reasonView = z.object({
  rule: z.string(),
  key: z.string(),
  met: z.boolean(),
  input: z.unknown().optional(),
  threshold: z.unknown().optional(),
  params: z.record(z.string(), z.unknown()).optional(),
});
const judgement = <T extends z.ZodTypeAny>(value: T) => z.object({ value, reasons: z.array(reasonView) });
const record = playbookRecordView;

export const boardTags = tags.filter((t) => t !== 'none') as ['benchmark', 'nail', 'dangerous'];
export const boardParams = z.object({ tag: z.enum(boardTags) });
export const boardQuery = z.object({ limit: z.coerce.number().int().min(1).max(1000).default(200) });

export const borrowableBenchmarkView = z.object({
  accountId: uuid,
  name: z.string(),
  nameZh: z.string().nullable(),
  repId: z.string(),
  region: z.string(),
  regionName: z.string().nullable(),
  regionNameZh: z.string().nullable(),
  industry: z.string().nullish(),
  level: z.string(),
  establishedAt: z.date(),
  caseAssets: z.array(z.object({ kind: z.string(), title: z.string().nullish(), url: z.string().nullish() })).readonly(),
});

export const benchmarkStateView = z.object({
  level: z.string().nullable(),
  profile: record.nullable(),
  investmentTotal: z.number(),
  investments: z.array(record),
  caseAssets: z.array(record),
  readiness: judgement(z.boolean()),
  borrowable: judgement(z.array(borrowableBenchmarkView)),
  borrowings: z.array(record),
});

export const nailStateView = z.object({
  stalledSince: z.string().nullable(),
  stalledDays: z.number().nullable(),
  assessment: record.nullable(),
  value: judgement(z.string()).nullable(),
  decision: z.string().nullable(),
  counterActions: judgement(z.array(z.string())),
  escalations: z.array(record),
  nextStep: judgement(z.string().nullable()).nullable(),
  marketStage: judgement(z.object({ stage: z.string().nullable(), focus: z.string().nullable(), nailsFirst: z.boolean() })),
});

const plannedAction = z.object({ id: z.string(), because: z.array(z.string()) });
export const dangerousStateView = z.object({
  signals: z.array(z.string()),
  signalReasons: z.array(reasonView),
  visitDensity: judgement(
    z.object({
      visitsInWindow: z.number(),
      perMonth: z.number(),
      target: z.number(),
      meetsTarget: z.boolean(),
      shortfall: z.number(),
      lastVisitAt: z.date().nullable(),
      nextVisitDueAt: z.date().nullable(),
    }),
  ),
  suggestedPlan: judgement(
    z.object({ relationship: z.array(plannedAction), commercial: z.array(plannedAction), risk: z.array(plannedAction) }),
  ),
  plan: record.nullable(),
  actions: z.array(record),
  repReplacements: z.array(record),
});

export const boardAccountView = z.object({
  id: uuid,
  name: z.string(),
  nameZh: z.string().nullable(),
  industry: z.string(),
  regionId: z.string().nullable(),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  regionNameZh: z.string().nullable(),
  marketStage: z.string().nullable(),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  ownerNameZh: z.string().nullable(),
  tier: z.string().nullable(),
  tag: z.string().nullable(),
  suggestedTag: z.string().nullable(),
  evaluatedAt: z.date().nullable(),
});

/** One account's whole playbook state, as on its judgement panel and on the boards. */
export const accountPlaybookView = z.object({
  account: boardAccountView,
  /** suggested, confirmed or overridden */
  tagSource: z.string().nullable(),
  records: z.array(record),
  benchmark: benchmarkStateView,
  nail: nailStateView,
  dangerous: dangerousStateView,
});

export const boardView = z.object({ tag: z.enum(boardTags), total: z.number().int(), items: z.array(accountPlaybookView) });

export const targetsQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });
export const targetParams = z.object({ userId: uuid, year: z.coerce.number().int().min(2000).max(2100) });
export const targetBody = z.object({
  /** Only managers and up set the number; a rep keeps their own candidate list. */
  target: z.number().int().min(0).max(50).optional(),
  candidateAccountIds: z.array(uuid).max(200),
});
export const repTargetView = z.object({
  rep: z.object({ id: uuid, name: z.string(), nameZh: z.string().nullable(), regionId: z.string().nullable() }),
  target: z.number().int().nullable(),
  candidates: z.array(z.object({ accountId: uuid, name: z.string(), nameZh: z.string().nullable(), visited: z.boolean() })),
  progress: judgement(
    z.object({
      repId: z.string(),
      year: z.number(),
      target: z.number(),
      achieved: z.number(),
      remaining: z.number(),
      candidates: z.number(),
      candidatesVisited: z.number(),
      candidatesNotVisited: z.array(z.string()),
      visits: z.number(),
    }),
  ),
});
export const targetsView = z.object({ year: z.number().int(), defaultTarget: z.number().int(), items: z.array(repTargetView) });
export const savedTargetView = z.object({
  userId: uuid,
  year: z.number().int(),
  target: z.number().int(),
  candidateAccountIds: z.array(uuid),
});

export const regionParams = z.object({ id: uuid });
export const marketStageBody = z.object({ marketStage: z.enum(MARKET_STAGES) });
export const marketStageView = z.object({ id: uuid, code: z.string(), marketStage: z.string() });
