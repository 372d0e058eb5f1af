import { z } from 'zod';
import { tiers } from '../../domain/catalog.ts';
import { judgementSchema, reasonSchema } from './evaluations.schema.ts';

const tierCounts = z.object(Object.fromEntries(tiers.map((t) => [t, z.number().int()])) as Record<(typeof tiers)[number], z.ZodNumber>);

export const poolReviewSummary = z.object({
  accounts: z.number().int(),
  tiers: tierCounts,
  paymentTrapFlagged: z.number().int(),
  strategicPoolMax: z.number().int(),
  poolSizeWarning: judgementSchema(z.boolean()),
});

export const poolReview = z.object({
  id: z.string().uuid(),
  takenAt: z.date(),
  settingsVersion: z.number().int().nullable(),
  note: z.string().nullable(),
  takenBy: z.string().uuid().nullable(),
  takenByName: z.string().nullable(),
  takenByNameZh: z.string().nullable(),
  summary: poolReviewSummary,
});

export const takePoolReviewBody = z.object({ note: z.string().trim().max(2000).optional() }).default({});

export const poolReviewIdParams = z.object({ id: z.string().uuid() });

const criteria = z.object({ scale: z.boolean(), solution_need: z.boolean(), strategic_fit: z.boolean(), mutual_commitment: z.boolean() });
const snapshotEntry = z.object({ accountId: z.string().uuid(), tier: z.enum(tiers), criteria, paymentTrap: z.boolean().optional() });
/** What the snapshot kept of the account's reasons (tier, each criterion, payment trap). */
const snapshotReasons = z
  .object({ tier: z.array(reasonSchema), criteria: z.record(z.string(), z.array(reasonSchema)), paymentTrap: judgementSchema(z.boolean()) })
  .nullable();
const named = { name: z.string().nullable(), nameZh: z.string().nullable(), snapshotReasons };

const poolChange = z.object({
  accountId: z.string().uuid(),
  before: snapshotEntry.nullable(),
  after: snapshotEntry.nullable(),
  changedCriteria: z.array(z.object({ criterion: z.string(), before: z.boolean().nullable(), after: z.boolean().nullable() })),
  reasons: z.array(reasonSchema),
  ...named,
});

export const poolReviewListResponse = z.object({
  items: z.array(poolReview),
  due: judgementSchema(z.object({ due: z.boolean(), dueAt: z.date() })),
});

export const poolReviewResponse = z.object({
  review: poolReview,
  previous: z.object({ id: z.string().uuid(), takenAt: z.date() }).nullable(),
  pool: z.array(snapshotEntry.extend(named)),
  diff: z.object({
    entered: z.array(poolChange),
    left: z.array(poolChange),
    stayed: z.array(z.string().uuid()),
    /** The first of the accounts that changed tier outside the pool; `movedCount` says how many there were. */
    moved: z.array(poolChange),
    movedCount: z.number().int(),
    reasons: z.array(reasonSchema),
  }),
});

export const currentPoolResponse = z.object({
  accounts: z.array(
    z.object({
      accountId: z.string().uuid(),
      name: z.string(),
      nameZh: z.string().nullable(),
      industry: z.string(),
      regionId: z.string().uuid().nullable(),
      ownerId: z.string().uuid().nullable(),
      tag: z.string(),
      officialLevel: z.number().int().nullable(),
      paymentTrap: z.boolean(),
      evaluatedAt: z.date(),
    }),
  ),
  count: z.number().int(),
  max: z.number().int(),
  poolSizeWarning: judgementSchema(z.boolean()),
  reviewDue: judgementSchema(z.object({ due: z.boolean(), dueAt: z.date() })),
});
