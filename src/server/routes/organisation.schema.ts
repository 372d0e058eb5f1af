import { z } from 'zod';
import { COMMITMENT_STATUSES as commitmentStatuses } from '../../domain/organisation/commitments.ts';
import { ROOT_CAUSES as rootCauses } from '../../domain/organisation/escalation.ts';
import { SUPPORT_REQUEST_STATUSES as supportStatuses } from '../../domain/organisation/support-requests.ts';
import { UNPLANNED_VISIT_ISSUES as unplannedVisitIssues } from '../../domain/organisation/unplanned-visit.ts';

// Shapes shared by the organisation routes (SPEC §6): every judgement is sent as
// the domain made it, `{ value, reasons }`, so the web app can say why.

export const uuid = z.string().uuid();
export const text = (max: number) => z.string().trim().min(1, 'required').max(max);
export const optionalText = (max: number) => z.string().trim().max(max).nullish();
export const day = z.string().date('a day as YYYY-MM-DD');

export const accountParams = z.object({ id: uuid });

const commitmentFlagSchema = z.enum(['overdue', 'broken']);

export const reasonView = z.object({
  rule: z.string(),
  key: z.string(),
  met: z.boolean(),
  input: z.unknown().optional(),
  threshold: z.unknown().optional(),
  params: z.record(z.string(), z.unknown()).optional(),
});
export const judged = <T extends z.ZodType>(value: T) => z.object({ value, reasons: z.array(reasonView) });
export const items = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

export const accountRef = z.object({ id: uuid, name: z.string(), nameZh: z.string().nullable(), tier: z.string().nullable() });

export const visitView = z.object({
  id: uuid,
  accountId: uuid,
  accountName: z.string(),
  accountNameZh: z.string().nullable(),
  kind: z.string(),
  at: z.date(),
  subject: z.string(),
  objective: z.string().nullable(),
  agenda: z.string().nullable(),
  teamNotifiedAt: z.date().nullable(),
  executiveIds: z.array(uuid),
  /** Still ahead: planned, not yet happened. */
  planned: z.boolean(),
  /** 拍脑门: the visit's plan and notice, with the reasons. */
  check: judged(
    z.object({ flagged: z.boolean(), issues: z.array(z.enum(unplannedVisitIssues)), noticeDays: z.number().nullable() }),
  ),
});

export const pairingView = z.object({
  accountId: uuid,
  accountName: z.string(),
  accountNameZh: z.string().nullable(),
  tier: z.string().nullable(),
  executiveId: uuid,
  executiveName: z.string(),
  executiveNameZh: z.string().nullable(),
  cadenceDays: z.number().int(),
  since: z.string(),
  status: judged(
    z.object({
      executiveId: uuid,
      lastVisitAt: z.date().nullable(),
      nextDueAt: z.date().nullable(),
      daysSinceLastVisit: z.number().nullable(),
      overdue: z.boolean(),
      salesTrained: z.boolean(),
    }),
  ),
});

export const handsOffView = judged(
  z.object({
    applies: z.boolean(),
    flagged: z.boolean(),
    lastTouchpointAt: z.date().nullable(),
    daysSinceLastTouchpoint: z.number().nullable(),
  }),
);

export const commitmentView = z.object({
  id: uuid,
  accountId: uuid,
  accountName: z.string(),
  accountNameZh: z.string().nullable(),
  promisedBy: uuid,
  promisedByName: z.string(),
  promisedByNameZh: z.string().nullable(),
  what: z.string(),
  toContactId: z.string().nullable(),
  toContactName: z.string().nullable(),
  toContactNameZh: z.string().nullable(),
  dueOn: z.string(),
  status: z.enum(commitmentStatuses),
  closedAt: z.date().nullable(),
  createdAt: z.date(),
  version: z.number().int(),
  /** Overdue or broken (拍胸脯), null when neither. */
  flag: commitmentFlagSchema.nullable(),
  daysOverdue: z.number().nullable(),
});

const tally = z.object({
  key: z.string(),
  open: z.number().int(),
  kept: z.number().int(),
  broken: z.number().int(),
  overdue: z.number().int(),
  flaggedIds: z.array(z.string()),
});
export const commitmentCheckView = judged(
  z.object({
    flagged: z.array(
      z.object({ id: z.string(), accountId: z.string(), promisedBy: z.string(), flag: commitmentFlagSchema, daysOverdue: z.number().nullable() }),
    ),
    byPerson: z.array(tally),
    byAccount: z.array(tally),
  }),
);

export const departmentRef = z.object({ id: uuid, kind: z.string(), name: z.string(), nameZh: z.string() });

export const escalationView = z.object({
  id: uuid,
  accountId: uuid,
  accountName: z.string(),
  accountNameZh: z.string().nullable(),
  title: z.string(),
  rootCause: z.enum(rootCauses).nullable(),
  routedDepartments: z.array(departmentRef),
  status: z.string(),
  raisedBy: z.string().nullable(),
  raisedByName: z.string().nullable(),
  raisedByNameZh: z.string().nullable(),
  raisedAt: z.date(),
  resolvedAt: z.date().nullable(),
  /** 拍桌子: where the cause sends it, never the sales team for a collaboration failure. */
  route: judged(z.object({ valid: z.boolean(), routeTo: z.array(z.string()), error: z.string().nullable() })),
});

export const teamCheckView = judged(
  z.object({ applies: z.boolean(), missingRoles: z.array(z.string()), flagged: z.boolean(), coLocated: z.boolean().nullable() }),
);

export const supportRequestView = z.object({
  id: uuid,
  accountId: uuid,
  accountName: z.string(),
  accountNameZh: z.string().nullable(),
  dealId: z.string().nullable(),
  dealName: z.string().nullable(),
  dealNameZh: z.string().nullable(),
  departmentId: uuid,
  departmentKind: z.string(),
  departmentName: z.string(),
  departmentNameZh: z.string(),
  need: z.string(),
  dueAt: z.date(),
  status: z.enum(supportStatuses),
  answer: z.string().nullable(),
  raisedBy: uuid,
  raisedByName: z.string(),
  raisedByNameZh: z.string().nullable(),
  assigneeId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  assigneeNameZh: z.string().nullable(),
  raisedAt: z.date(),
  acceptedAt: z.date().nullable(),
  answeredAt: z.date().nullable(),
  closedAt: z.date().nullable(),
  version: z.number().int(),
  sla: judged(
    z.object({
      dueAt: z.date(),
      dueSource: z.enum(['requested', 'sla']),
      pending: z.boolean(),
      breached: z.boolean(),
      hoursPastDue: z.number().nullable(),
    }),
  ),
  /** The moves the caller may make now (a member of the department, or an admin). */
  allowedMoves: z.array(z.enum(supportStatuses)),
});

export const departmentQueueView = judged(
  z.array(z.object({ department: z.string(), open: z.number().int(), breached: z.number().int(), finishedLate: z.number().int() })),
);
