import { z } from 'zod';
import { COMMITMENT_STATUSES } from '../../domain/organisation/commitments.ts';
import { ROOT_CAUSES } from '../../domain/organisation/escalation.ts';
import {
  accountRef,
  commitmentCheckView,
  commitmentView,
  day,
  escalationView,
  handsOffView,
  optionalText,
  pairingView,
  teamCheckView,
  text,
  uuid,
  visitView,
} from './organisation.schema.ts';

export const visitParams = z.object({ id: uuid, activityId: uuid });
export const commitmentParams = z.object({ id: uuid, commitmentId: uuid });
export const escalationParams = z.object({ id: uuid, escalationId: uuid });

/** How many times each of the four pats (四拍型) shows on the account. */
export const fourPatsView = z.object({
  unplanned_visit: z.number().int(),
  over_promising: z.number().int(),
  blaming_sales: z.number().int(),
  hands_off: z.number().int(),
});

export const guardRailsResponse = z.object({
  account: accountRef,
  fourPats: fourPatsView,
  handsOff: handsOffView,
  team: teamCheckView,
  pairings: z.array(pairingView),
  visits: z.array(visitView),
  commitments: z.object({ items: z.array(commitmentView), check: commitmentCheckView }),
  escalations: z.array(escalationView),
});

export const visitBody = z.object({
  /** The visiting executive; the caller when an executive plans their own visit. */
  executiveId: uuid.optional(),
  at: z.coerce.date(),
  /** A visit to the customer, or a meeting with them elsewhere. */
  kind: z.enum(['visit', 'meeting']).default('visit'),
  subject: text(300),
  objective: optionalText(2000),
  agenda: optionalText(5000),
  /** Tell the account team in the app now (default); a visit they were not told of is flagged. */
  notifyTeam: z.boolean().default(true),
  contactIds: z.array(uuid).default([]),
});
export const visitPatch = z.object({
  objective: optionalText(2000),
  agenda: optionalText(5000),
  notifyTeam: z.boolean().default(false),
});
export const visitResponse = z.object({ visit: visitView, notified: z.number().int() });

export const commitmentBody = z.object({
  /** Who made the promise; the caller when left out. */
  promisedBy: uuid.optional(),
  what: text(2000),
  toContactId: uuid.nullish(),
  dueOn: day,
});
export const commitmentPatch = z.object({
  status: z.enum(COMMITMENT_STATUSES).optional(),
  what: text(2000).optional(),
  toContactId: uuid.nullish(),
  dueOn: day.optional(),
  version: z.number().int().positive(),
});

export const escalationBody = z.object({
  title: text(500),
  /** Required (拍桌子): no escalation without its root cause. Optional here so that its absence is explained, not just refused. */
  rootCause: z.enum(ROOT_CAUSES).nullish(),
  /** The departments involved: required for an internal-collaboration cause. */
  departmentIds: z.array(uuid).default([]),
});
export const escalationPatch = z.object({ status: z.enum(['open', 'resolved']) });
