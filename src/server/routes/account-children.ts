import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import * as records from '../../db/repositories/account-records.ts';
import { accountHistory } from '../../db/repositories/audit.ts';
import { competitors, sites } from '../../db/schema/index.ts';
import { requireUser } from '../auth/hook.ts';
import { requireAccountInScope, requireRole } from '../auth/scope.ts';
import * as s from './account-records.schema.ts';

/** Sites, financials, contacts, activities, competitors, team and history of one account. */
export async function accountChildRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const db = () => app.database.db;
  const tags = ['account records'];

  /** The caller, once the account is known to be in their scope (404 otherwise). */
  const inScope = async (request: { user: unknown; params: { id: string } }, write = false) => {
    const user = requireUser(request as never);
    await requireAccountInScope(db(), user, request.params.id);
    if (write) requireRole(user, 'admin', 'executive', 'manager', 'rep', 'staff');
    return user;
  };

  app.get('/accounts/:id/sites', { schema: { tags, params: s.accountParams, response: { 200: s.items(s.siteView) } } }, async (request) => {
    await inScope(request);
    return { items: await records.listSites(db(), request.params.id) };
  });
  app.post('/accounts/:id/sites', { schema: { tags, params: s.accountParams, body: s.siteBody, response: { 201: s.siteView } } }, async (request, reply) => {
    await inScope(request, true);
    return reply.status(201).send(await records.addSite(db(), request.params.id, request.body));
  });
  app.delete('/accounts/:id/sites/:childId', { schema: { tags, params: s.childParams } }, async (request, reply) => {
    await inScope(request, true);
    await records.deleteChild(db(), sites, request.params.id, request.params.childId);
    return reply.status(204).send();
  });

  app.get('/accounts/:id/competitors', { schema: { tags, params: s.accountParams, response: { 200: s.items(s.competitorView) } } }, async (request) => {
    await inScope(request);
    return { items: await records.listCompetitors(db(), request.params.id) };
  });
  app.post('/accounts/:id/competitors', { schema: { tags, params: s.accountParams, body: s.competitorBody, response: { 201: s.competitorView } } }, async (request, reply) => {
    await inScope(request, true);
    return reply.status(201).send(await records.addCompetitor(db(), request.params.id, request.body));
  });
  app.delete('/accounts/:id/competitors/:childId', { schema: { tags, params: s.childParams } }, async (request, reply) => {
    await inScope(request, true);
    await records.deleteChild(db(), competitors, request.params.id, request.params.childId);
    return reply.status(204).send();
  });

  app.get('/accounts/:id/financials', { schema: { tags, summary: 'Monthly revenue, gross profit and volume', params: s.accountParams, response: { 200: s.items(s.financialView) } } }, async (request) => {
    await inScope(request);
    return { items: await records.listFinancials(db(), request.params.id) };
  });
  app.put('/accounts/:id/financials', { schema: { tags, summary: 'Record one month (replaces it)', params: s.accountParams, body: s.financialBody, response: { 200: s.financialView } } }, async (request) => {
    await inScope(request, true);
    return records.upsertFinancial(db(), request.params.id, request.body);
  });

  app.get('/accounts/:id/contacts', { schema: { tags, params: s.accountParams, response: { 200: s.items(s.contactView) } } }, async (request) => {
    await inScope(request);
    return { items: (await records.listContacts(db(), request.params.id)) as never };
  });
  app.post('/accounts/:id/contacts', { schema: { tags, params: s.accountParams, body: s.contactBody, response: { 201: s.contactView } } }, async (request, reply) => {
    await inScope(request, true);
    return reply.status(201).send((await records.addContact(db(), request.params.id, request.body)) as never);
  });
  app.patch('/accounts/:id/contacts/:childId', { schema: { tags, params: s.childParams, body: s.contactPatch, response: { 200: s.contactView } } }, async (request) => {
    await inScope(request, true);
    return (await records.updateContact(db(), request.params.id, request.params.childId, request.body)) as never;
  });

  app.get('/accounts/:id/activities', { schema: { tags, params: s.accountParams, response: { 200: s.items(s.activityView) } } }, async (request) => {
    await inScope(request);
    return { items: await records.listActivities(db(), request.params.id) };
  });
  app.post('/accounts/:id/activities', { schema: { tags, params: s.accountParams, body: s.activityBody, response: { 201: z.object({ id: z.string().uuid() }) } } }, async (request, reply) => {
    const user = await inScope(request, true);
    const row = await records.addActivity(db(), request.params.id, { ...request.body, createdBy: user.id });
    return reply.status(201).send({ id: row.id });
  });

  app.get('/accounts/:id/team', { schema: { tags, params: s.accountParams, response: { 200: s.items(s.teamMemberView) } } }, async (request) => {
    await inScope(request);
    return { items: await records.listTeam(db(), request.params.id) };
  });
  app.post('/accounts/:id/team', { schema: { tags, summary: 'Add a team member (audited)', params: s.accountParams, body: s.teamMemberBody, response: { 200: s.items(s.teamMemberView) } } }, async (request) => {
    const user = await inScope(request, true);
    requireRole(user, 'admin', 'executive', 'manager', 'rep');
    const { reason, ...add } = request.body;
    await records.changeTeam(db(), { accountId: request.params.id, actorId: user.id, reason, add });
    return { items: await records.listTeam(db(), request.params.id) };
  });
  app.delete(
    '/accounts/:id/team/:childId',
    { schema: { tags, summary: 'Remove a team member from a role (audited)', params: s.childParams, querystring: z.object({ role: z.string(), reason: z.string().optional() }) } },
    async (request, reply) => {
      const user = await inScope(request, true);
      requireRole(user, 'admin', 'executive', 'manager', 'rep');
      await records.changeTeam(db(), { accountId: request.params.id, actorId: user.id, reason: request.query.reason, remove: { userId: request.params.childId, role: request.query.role } });
      return reply.status(204).send();
    },
  );

  app.get('/accounts/:id/history', { schema: { tags, summary: 'Audit history: owner, team, tier, tag, level, status', params: s.accountParams, response: { 200: s.items(s.historyView) } } }, async (request) => {
    await inScope(request);
    return { items: await accountHistory(db(), request.params.id) };
  });
}
