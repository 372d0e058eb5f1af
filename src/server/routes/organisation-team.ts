import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client.ts';
import { oneAccountFacts, teamMembers } from '../../db/repositories/organisation-accounts.ts';
import { executiveActivities } from '../../db/repositories/organisation-visits.ts';
import { listPairings, pairExecutive, setSalesTrained, unpairExecutive } from '../../db/repositories/pairings.ts';
import type { OrganisationSettings } from '../../domain/organisation/settings.ts';
import { requireUser } from '../auth/hook.ts';
import { requireRole } from '../auth/scope.ts';
import { AppError } from '../errors.ts';
import { callerOnAccount, leaders, organisationSettings, touchpointHorizon } from './organisation-access.ts';
import { pairingViews, teamCheck } from './organisation-judgements.ts';
import { accountParams } from './organisation.schema.ts';
import * as s from './organisation-team.schema.ts';

/** One account's pairings with their visit cadence, as judged now. */
export async function accountPairings(db: Db, accountId: string, settings: OrganisationSettings, now: Date) {
  const account = await oneAccountFacts(db, accountId);
  if (!account) throw new AppError('account.not_found', 'No such account.');
  const [pairings, activities] = await Promise.all([
    listPairings(db, { accountId }),
    executiveActivities(db, { accountIds: [accountId], since: touchpointHorizon(settings, now) }),
  ]);
  return pairingViews({ pairings, activities, facts: new Map([[account.id, account]]), now });
}

/** The account team's completeness (团队作战) and executive pairing (结对子). Team members are added through /accounts/:id/team. */
export async function organisationTeamRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const db = () => app.database.db;
  const tags = ['organisation'];

  app.get(
    '/accounts/:id/team-check',
    {
      schema: {
        tags,
        summary: 'Whether a strategic account has its cross-functional team: the missing roles and co-location, with reasons',
        params: accountParams,
        response: { 200: s.teamCheckResponse },
      },
    },
    async (request) => {
      await callerOnAccount(db(), request, request.params.id);
      const [account, members, settings] = await Promise.all([
        oneAccountFacts(db(), request.params.id),
        teamMembers(db(), [request.params.id]),
        organisationSettings(db()),
      ]);
      if (!account) throw new AppError('account.not_found', 'No such account.');
      return { tier: account.tier, requiredRoles: settings.requiredTeamRoles, completeness: teamCheck({ account, members, settings }) };
    },
  );

  app.get(
    '/accounts/:id/pairings',
    { schema: { tags, summary: 'Executives paired with the account (结对子), each with visit cadence and sales training', params: accountParams, response: { 200: s.pairingsResponse } } },
    async (request) => {
      await callerOnAccount(db(), request, request.params.id);
      return { items: await accountPairings(db(), request.params.id, await organisationSettings(db()), app.now()) };
    },
  );

  app.put(
    '/accounts/:id/pairings/:executiveId',
    {
      schema: {
        tags,
        summary: 'Pair an executive with the account, or change the cadence (managers, executives, admins; audited)',
        params: s.pairingParams,
        body: s.pairingBody,
        response: { 200: s.pairingsResponse },
      },
    },
    async (request) => {
      const user = await callerOnAccount(db(), request, request.params.id, leaders);
      const settings = await organisationSettings(db());
      const now = app.now();
      await pairExecutive(db(), {
        accountId: request.params.id,
        executiveId: request.params.executiveId,
        cadenceDays: request.body.cadenceDays ?? settings.executiveVisitCadence.days,
        since: now.toISOString().slice(0, 10),
        actorId: user.id,
        reason: request.body.reason,
      });
      return { items: await accountPairings(db(), request.params.id, settings, now) };
    },
  );

  app.delete(
    '/accounts/:id/pairings/:executiveId',
    { schema: { tags, summary: 'End a pairing (managers, executives, admins; audited)', params: s.pairingParams, querystring: s.reasonQuery } },
    async (request, reply) => {
      const user = await callerOnAccount(db(), request, request.params.id, leaders);
      await unpairExecutive(db(), { accountId: request.params.id, executiveId: request.params.executiveId, actorId: user.id, reason: request.query.reason });
      return reply.status(204).send();
    },
  );

  app.put(
    '/executives/:userId/sales-training',
    {
      schema: {
        tags,
        summary: 'Record whether an executive has had sales training (admins)',
        params: s.executiveParams,
        body: s.salesTrainingBody,
        response: { 200: s.salesTrainingResponse },
      },
    },
    async (request) => {
      requireRole(requireUser(request), 'admin');
      return setSalesTrained(db(), { userId: request.params.userId, salesTrained: request.body.salesTrained });
    },
  );
}
