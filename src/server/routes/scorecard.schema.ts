import { z } from 'zod';
import { TOOLKIT_KINDS } from '../../domain/organisation/vocabulary.ts';
import { SEVEN_ELEMENTS } from '../../domain/organisation/seven-elements.ts';
import { accountRef, items, judged, optionalText, text, uuid } from './organisation.schema.ts';

/** What a programme goal counts (目标: strategic tasks beyond revenue). */
export const PROGRAM_GOAL_METRICS = ['benchmarks_built', 'solutions_created', 'processes_standardised', 'seed_sales_trained', 'other'] as const;

export const scorecardQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });
export const goalParams = z.object({ goalId: uuid });
export const assetParams = z.object({ assetId: uuid });

export const goalView = z.object({
  id: uuid,
  year: z.number().int(),
  metric: z.string(),
  target: z.number().int(),
  actual: z.number().int(),
  note: z.string().nullable(),
  met: z.boolean(),
});
export const goalBody = z.object({
  year: z.number().int().min(2000).max(2100),
  metric: z.enum(PROGRAM_GOAL_METRICS),
  target: z.number().int().min(0),
  actual: z.number().int().min(0).default(0),
  note: optionalText(2000),
});
export const goalPatch = z.object({
  target: z.number().int().min(0).optional(),
  actual: z.number().int().min(0).optional(),
  note: optionalText(2000),
  active: z.boolean().optional(),
});

export const toolkitQuery = z.object({ kind: z.enum(TOOLKIT_KINDS).optional(), industry: z.string().max(100).optional(), stage: z.string().max(100).optional() });
export const toolkitBody = z.object({
  kind: z.enum(TOOLKIT_KINDS),
  title: text(300),
  titleZh: optionalText(300),
  url: z.string().trim().url().max(2000).nullish(),
  industries: z.array(z.string().trim().min(1).max(100)).default([]),
  stages: z.array(z.string().trim().min(1).max(100)).default([]),
});
export const toolkitView = z.object({
  id: uuid,
  kind: z.string(),
  title: z.string(),
  titleZh: z.string().nullable(),
  url: z.string().nullable(),
  industries: z.array(z.string()),
  stages: z.array(z.string()),
  createdBy: z.string().nullable(),
  createdByName: z.string().nullable(),
  createdByNameZh: z.string().nullable(),
  createdAt: z.date(),
});

export const splitView = z.object({ departmentId: uuid, departmentKind: z.string(), departmentName: z.string(), departmentNameZh: z.string(), share: z.number() });
export const profitSharingCheck = judged(z.object({ present: z.boolean(), totalShare: z.number(), valid: z.boolean() }));
export const splitsResponse = z.object({ splits: z.array(splitView), check: profitSharingCheck });
export const splitsBody = z.object({
  splits: z.array(z.object({ departmentId: uuid, share: z.number().min(0).max(1) })).max(20),
  reason: z.string().trim().max(1000).optional(),
});

export const replicationTargetView = z.object({
  account: accountRef,
  industry: z.string(),
  rank: z.number().int(),
  level: z.number().int(),
  status: z.string(),
  levelGap: z.number().int(),
  solution: z.string(),
  pursued: z.boolean(),
  reasons: z.array(z.object({ rule: z.string(), key: z.string(), met: z.boolean(), input: z.unknown().optional(), threshold: z.unknown().optional(), params: z.record(z.string(), z.unknown()).optional() })),
});
export const replicationView = z.object({
  benchmark: accountRef.extend({ industry: z.string(), level: z.number().int(), solution: z.string() }),
  targets: judged(z.array(replicationTargetView)),
});
export const replicationResponse = z.object({ replication: replicationView.nullable() });

const measure = z.object({ name: z.string(), actual: z.number(), target: z.number(), met: z.boolean() });
export const scorecardResponse = z.object({
  year: z.number().int(),
  asOf: z.date(),
  scorecard: judged(
    z.object({
      elements: z.array(
        z.object({
          element: z.enum(SEVEN_ELEMENTS),
          met: z.boolean(),
          measures: z.array(measure),
          reasons: z.array(z.object({ rule: z.string(), key: z.string(), met: z.boolean(), input: z.unknown().optional(), threshold: z.unknown().optional(), params: z.record(z.string(), z.unknown()).optional() })),
        }),
      ),
      metCount: z.number().int(),
    }),
  ),
  goals: z.array(goalView),
  profitSharing: z.array(z.object({ account: accountRef, splits: z.array(splitView), check: profitSharingCheck })),
  replication: z.array(replicationView),
  toolkit: z.object({ total: z.number().int(), byKind: z.record(z.string(), z.number().int()) }),
});

export const goalsResponse = items(goalView);
export const toolkitResponse = items(toolkitView);
