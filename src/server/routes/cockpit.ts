import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { listCommitments } from '../../db/repositories/commitments.ts';
import { listEscalations } from '../../db/repositories/escalations.ts';
import { guardedAccountIds, personById } from '../../db/repositories/organisation-accounts.ts';
import { listNotifications, markAllNotificationsRead, markNotificationRead } from '../../db/repositories/organisation-notifications.ts';
import { accountsVisitedBy } from '../../db/repositories/organisation-visits.ts';
import { listPairings } from '../../db/repositories/pairings.ts';
import { requireUser } from '../auth/hook.ts';
import { accountScope, requireRole } from '../auth/scope.ts';
import { AppError } from '../errors.ts';
import * as s from './cockpit.schema.ts';
import { leaders, organisationSettings, touchpointHorizon } from './organisation-access.ts';
import { commitmentViews } from './organisation-judgements.ts';
import { fourPats, guardRailsOver } from './organisation-overview.ts';

const DAY_MS = 86_400_000;
const ref = (a: { id: string; name: string; nameZh: string | null; tier: string | null }) => ({ id: a.id, name: a.name, nameZh: a.nameZh, tier: a.tier });

/** The executive cockpit (SPEC §7), the programme's executive compliance, and each user's notifications. */
export async function cockpitRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const db = () => app.database.db;

  app.get(
    '/cockpit',
    {
      schema: {
        tags: ['executives'],
        summary: 'An executive’s cockpit: paired accounts with visits due, visits needing plans, their commitments and their flags (four pats)',
        querystring: s.cockpitQuery,
        response: { 200: s.cockpitResponse },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const executiveId = request.query.executiveId ?? user.id;
      // Another executive's cockpit is for admins and fellow executives; a manager sees the programme's compliance instead.
      if (executiveId !== user.id) requireRole(user, 'admin', 'executive');
      const executive = await personById(db(), executiveId);
      if (!executive || executive.role !== 'executive') {
        throw new AppError(executiveId === user.id ? 'auth.forbidden' : 'not_found', 'The cockpit is an executive’s.');
      }
      const settings = await organisationSettings(db());
      const now = app.now();
      const [pairings, promised, raised, visited] = await Promise.all([
        listPairings(db(), { executiveId }),
        listCommitments(db(), { promisedBy: executiveId }),
        listEscalations(db(), { raisedBy: executiveId }),
        accountsVisitedBy(db(), { userId: executiveId, since: touchpointHorizon(settings, now) }),
      ]);
      const accountIds = [...new Set([...pairings.map((p) => p.accountId), ...promised.map((c) => c.accountId), ...raised.map((e) => e.accountId), ...visited])];
      const rails = await guardRailsOver(db(), { accountIds, settings, now, pairings });
      const recent = now.getTime() - settings.handsOffWindowDays * DAY_MS;
      const visits = rails.visits.filter((v) => v.executiveIds.includes(executiveId) && (v.planned || v.at.getTime() >= recent));
      const commitments = commitmentViews({ stored: promised, now });
      const escalations = rails.escalations.filter((e) => e.raisedBy === executiveId);
      const paired = new Set(pairings.map((p) => p.accountId));
      const handsOff = rails.accounts
        .filter((a) => paired.has(a.id))
        .map((a) => ({ account: ref(a), check: rails.handsOff.get(a.id)! }));
      return {
        executive: { id: executive.id, name: executive.name, nameZh: executive.nameZh, salesTrained: executive.salesTrained },
        asOf: now,
        flags: fourPats({ visits, commitments, escalations, handsOff: new Map(handsOff.map((h) => [h.account.id, h.check])) }),
        pairings: rails.pairings,
        handsOff,
        visits: visits.sort((a, b) => b.at.getTime() - a.at.getTime()),
        commitments,
        escalations,
      };
    },
  );

  app.get(
    '/organisation/compliance',
    {
      schema: {
        tags: ['executives'],
        summary: 'Executive compliance over my scope: per executive, visits overdue and unplanned, commitments flagged; hands-off accounts, incomplete teams, unpaired strategic accounts',
        response: { 200: s.complianceResponse },
      },
    },
    async (request) => {
      const user = requireUser(request);
      requireRole(user, ...leaders);
      const settings = await organisationSettings(db());
      const now = app.now();
      const accountIds = await guardedAccountIds(db(), accountScope(user));
      const rails = await guardRailsOver(db(), { accountIds, settings, now });
      const byExecutive = new Map<string, (typeof rails.pairings)[number][]>();
      for (const p of rails.pairings) byExecutive.set(p.executiveId, [...(byExecutive.get(p.executiveId) ?? []), p]);
      const executives = [...byExecutive.entries()].map(([executiveId, pairs]) => ({
        executiveId,
        name: pairs[0]!.executiveName,
        nameZh: pairs[0]!.executiveNameZh,
        salesTrained: pairs[0]!.status.value.salesTrained,
        pairedAccounts: pairs.length,
        overdueVisits: pairs.filter((p) => p.status.value.overdue).length,
        unplannedVisits: rails.visits.filter((v) => v.executiveIds.includes(executiveId) && v.check.value.flagged).length,
        flaggedCommitments: rails.commitments.check.value.flagged.filter((c) => c.promisedBy === executiveId).length,
      }));
      const paired = new Set(rails.pairings.map((p) => p.accountId));
      const strategic = rails.accounts.filter((a) => a.tier === 'strategic');
      return {
        asOf: now,
        fourPats: fourPats(rails),
        executives,
        handsOff: rails.accounts.filter((a) => rails.handsOff.get(a.id)!.value.flagged).map((a) => ({ account: ref(a), check: rails.handsOff.get(a.id)! })),
        incompleteTeams: strategic.filter((a) => rails.teams.get(a.id)!.value.flagged).map((a) => ({ account: ref(a), check: rails.teams.get(a.id)! })),
        unpaired: strategic.filter((a) => !paired.has(a.id)).map(ref),
        commitments: rails.commitments.check,
      };
    },
  );

  app.get(
    '/notifications',
    { schema: { tags: ['notifications'], summary: 'My notifications, newest first (e.g. an executive visit planned on my account)', querystring: s.notificationsQuery, response: { 200: s.notificationsResponse } } },
    async (request) => listNotifications(db(), { userId: requireUser(request).id, limit: request.query.limit }),
  );

  app.post(
    '/notifications/:notificationId/read',
    { schema: { tags: ['notifications'], summary: 'Mark one of my notifications read', params: s.notificationParams } },
    async (request, reply) => {
      await markNotificationRead(db(), { userId: requireUser(request).id, id: request.params.notificationId, now: app.now() });
      return reply.status(204).send();
    },
  );

  app.post('/notifications/read-all', { schema: { tags: ['notifications'], summary: 'Mark all my notifications read' } }, async (request, reply) => {
    await markAllNotificationsRead(db(), { userId: requireUser(request).id, now: app.now() });
    return reply.status(204).send();
  });
}
