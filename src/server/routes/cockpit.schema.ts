import { z } from 'zod';
import { fourPatsView } from './organisation-guard-rails.schema.ts';
import {
  accountRef,
  commitmentCheckView,
  commitmentView,
  escalationView,
  handsOffView,
  pairingView,
  teamCheckView,
  uuid,
  visitView,
} from './organisation.schema.ts';

export const cockpitQuery = z.object({ executiveId: uuid.optional() });

export const cockpitResponse = z.object({
  executive: z.object({ id: uuid, name: z.string(), nameZh: z.string().nullable(), salesTrained: z.boolean() }),
  asOf: z.date(),
  /** The four pats on this executive: their visits, their promises, their escalations, their paired accounts. */
  flags: fourPatsView,
  pairings: z.array(pairingView),
  handsOff: z.array(z.object({ account: accountRef, check: handsOffView })),
  /** Their visits ahead, and the past ones within the hands-off window. */
  visits: z.array(visitView),
  commitments: z.object({ items: z.array(commitmentView), check: commitmentCheckView }),
  escalations: z.array(escalationView),
});

export const complianceResponse = z.object({
  asOf: z.date(),
  fourPats: fourPatsView,
  executives: z.array(
    z.object({
      executiveId: uuid,
      name: z.string(),
      nameZh: z.string().nullable(),
      salesTrained: z.boolean(),
      pairedAccounts: z.number().int(),
      overdueVisits: z.number().int(),
      unplannedVisits: z.number().int(),
      flaggedCommitments: z.number().int(),
    }),
  ),
  handsOff: z.array(z.object({ account: accountRef, check: handsOffView })),
  incompleteTeams: z.array(z.object({ account: accountRef, check: teamCheckView })),
  unpaired: z.array(accountRef),
  commitments: commitmentCheckView,
});

export const notificationParams = z.object({ notificationId: uuid });
export const notificationsQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).default(30) });
export const notificationsResponse = z.object({
  unread: z.number().int(),
  items: z.array(
    z.object({
      id: uuid,
      kind: z.string(),
      accountId: z.string().nullable(),
      accountName: z.string().nullable(),
      accountNameZh: z.string().nullable(),
      payload: z.record(z.string(), z.unknown()),
      readAt: z.date().nullable(),
      createdAt: z.date(),
    }),
  ),
});
