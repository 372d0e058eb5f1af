import { z } from 'zod';
import { tags, tiers } from '../../domain/catalog.ts';
import { DEAL_KINDS } from '../../domain/deals/stages.ts';
import { repTargetView } from './boards.schema.ts';
import { fourPatsView } from './organisation-guard-rails.schema.ts';
import { accountRef, commitmentView, escalationView, handsOffView, judged, reasonView, uuid, visitView } from './organisation.schema.ts';

// The portfolio dashboard (SPEC §7): one answer over the caller's scope. Lists are
// capped (`total` says how many there are); every judgement carries its reasons.

const reasons = z.array(reasonView);
const owner = z.object({ name: z.string(), nameZh: z.string().nullable() }).nullable();
const list = <T extends z.ZodType>(item: T) => z.object({ total: z.number().int(), items: z.array(item) });

const moveView = z.object({
  account: accountRef,
  from: z.number().int(),
  to: z.number().int(),
  direction: z.enum(['up', 'down']),
  steps: z.number().int(),
  at: z.date(),
  evidence: z.string().nullable(),
});

const dangerousView = z.object({
  account: accountRef,
  owner,
  signals: z.array(z.string()),
  /** The signals that fired and how the tag came to be in force (suggested, confirmed or overridden). */
  reasons,
  visitDensity: judged(z.object({ perMonth: z.number(), target: z.number(), meetsTarget: z.boolean() })),
  hasDefencePlan: z.boolean(),
});

const nailView = z.object({
  account: accountRef,
  owner,
  /** attack, reduce or abandon; null until the value is assessed. */
  decision: z.string().nullable(),
  stalledDays: z.number().nullable(),
  nextStep: z.string().nullable(),
  /** Why it is a nail, and the value assessment and escalation when there are. */
  reasons,
});

const departmentSla = z.object({
  department: z.string(),
  name: z.string().nullable(),
  nameZh: z.string().nullable(),
  open: z.number().int(),
  breached: z.number().int(),
  finishedLate: z.number().int(),
  reasons,
});

const mismatchedDeal = z.object({
  accountId: uuid,
  accountName: z.string(),
  accountNameZh: z.string().nullable(),
  dealId: uuid,
  name: z.string(),
  nameZh: z.string().nullable(),
  stage: z.string(),
  reasons,
});

export const dashboardResponse = z.object({
  asOf: z.date(),
  quarter: z.object({ from: z.date(), to: z.date() }),
  year: z.number().int(),
  /** Accounts in the caller's scope, archived ones left out. */
  accounts: z.number().int(),
  tiers: z.array(z.object({ tier: z.enum(tiers).nullable(), count: z.number().int() })),
  tags: z.array(z.object({ tag: z.enum(tags).nullable(), count: z.number().int() })),
  levels: z.array(z.object({ level: z.number().int().nullable(), count: z.number().int() })),
  levelMoves: judged(z.object({ up: z.number().int(), down: z.number().int(), moves: z.array(moveView) })),
  dangerous: list(dangerousView),
  nails: list(nailView).extend({ underAttack: z.number().int() }),
  benchmarkTargets: z.array(repTargetView.pick({ rep: true, progress: true })),
  executives: z.object({
    fourPats: fourPatsView,
    handsOff: z.array(z.object({ account: accountRef, check: handsOffView })),
    unplannedVisits: z.array(visitView),
    blamingSales: z.array(escalationView),
    overduePairings: z.number().int(),
    unpairedStrategic: z.array(accountRef),
  }),
  commitments: z.object({
    overdue: z.number().int(),
    broken: z.number().int(),
    items: z.array(commitmentView.extend({ reasons })),
    reasons,
  }),
  support: judged(z.array(departmentSla)),
  concentration: judged(
    z.object({
      total: z.number(),
      accounts: z.number().int(),
      groups: z.array(z.object({ size: z.number().int(), revenue: z.number(), share: z.number().nullable() })),
      leaders: z.array(z.object({ account: accountRef, revenue: z.number(), share: z.number().nullable() })),
      warnings: z.array(z.enum(['top_account', 'top_five'])),
      limits: z.object({ topAccountShare: z.number(), topFiveShare: z.number() }),
    }),
  ),
  paymentTraps: list(z.object({ account: accountRef, reasons })),
  pipeline: judged(
    z.object({
      stages: z.array(
        z.object({ kind: z.enum(DEAL_KINDS), stage: z.string(), deals: z.number().int(), value: z.number(), mismatches: z.number().int() }),
      ),
      deals: z.number().int(),
      value: z.number(),
      mismatches: z.number().int(),
      mismatched: z.array(mismatchedDeal),
    }),
  ),
});
export type DashboardResponse = z.infer<typeof dashboardResponse>;
