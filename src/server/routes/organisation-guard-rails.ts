import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client.ts';
import { addCommitment, listCommitments, updateCommitment } from '../../db/repositories/commitments.ts';
import { addEscalation, getEscalation, listDepartments, listEscalations, setEscalationStatus } from '../../db/repositories/escalations.ts';
import { oneAccountFacts } from '../../db/repositories/organisation-accounts.ts';
import { executiveActivities, planExecutiveVisit, updateVisitPlan } from '../../db/repositories/organisation-visits.ts';
import { routeEscalation } from '../../domain/organisation/escalation.ts';
import type { DepartmentKind } from '../../domain/organisation/vocabulary.ts';
import { AppError } from '../errors.ts';
import { anyone, callerOnAccount, organisationSettings, touchpointHorizon } from './organisation-access.ts';
import { commitmentViews, escalationViews, visitViews, worksOn } from './organisation-judgements.ts';
import { fourPats, guardRailsOver } from './organisation-overview.ts';
import { accountParams } from './organisation.schema.ts';
import * as s from './organisation-guard-rails.schema.ts';
import { commitmentView, escalationView } from './organisation.schema.ts';

/** The four pats (四拍型) on one account: executive visits, commitments, escalations and touchpoints. */
export async function organisationGuardRailRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const db = () => app.database.db;
  const tags = ['executives'];

  app.get(
    '/accounts/:id/guard-rails',
    {
      schema: {
        tags,
        summary: 'The four pats on the account (拍脑门, 拍胸脯, 拍桌子, 拍屁股) with the team and pairings, each judgement with its reasons',
        params: accountParams,
        response: { 200: s.guardRailsResponse },
      },
    },
    async (request) => {
      await callerOnAccount(db(), request, request.params.id);
      const rails = await guardRailsOver(db(), { accountIds: [request.params.id], settings: await organisationSettings(db()), now: app.now() });
      const account = rails.accounts[0];
      if (!account) throw new AppError('account.not_found', 'No such account.');
      return {
        account: { id: account.id, name: account.name, nameZh: account.nameZh, tier: account.tier },
        fourPats: fourPats(rails),
        handsOff: rails.handsOff.get(account.id)!,
        team: rails.teams.get(account.id)!,
        pairings: rails.pairings,
        visits: rails.visits,
        commitments: rails.commitments,
        escalations: rails.escalations,
      };
    },
  );

  const visitView = async (accountId: string, activityId: string) => {
    const settings = await organisationSettings(db());
    const now = app.now();
    const [account, activities] = await Promise.all([
      oneAccountFacts(db(), accountId),
      executiveActivities(db(), { accountIds: [accountId], since: new Date(0) }),
    ]);
    const views = visitViews({ activities: activities.filter((a) => a.id === activityId), facts: new Map(account ? [[accountId, account]] : []), settings, now });
    if (!views[0]) throw new AppError('not_found', 'No such executive visit on this account.');
    return views[0];
  };

  app.post(
    '/accounts/:id/executive-visits',
    {
      schema: {
        tags,
        summary: 'Plan an executive visit: objective and agenda, and the account team notified in the app (拍脑门 is flagged otherwise)',
        params: accountParams,
        body: s.visitBody,
        response: { 201: s.visitResponse },
      },
    },
    async (request, reply) => {
      const user = await callerOnAccount(db(), request, request.params.id, ['admin', 'executive', 'manager', 'rep']);
      const executiveId = request.body.executiveId ?? (user.role === 'executive' ? user.id : undefined);
      if (!executiveId) throw new AppError('validation.failed', 'Name the visiting executive.', { field: 'executiveId' });
      const { activity, notified } = await planExecutiveVisit(db(), {
        ...request.body,
        accountId: request.params.id,
        executiveId,
        plannedBy: user.id,
        now: app.now(),
      });
      return reply.status(201).send({ visit: await visitView(request.params.id, activity.id), notified: notified.length });
    },
  );

  app.patch(
    '/accounts/:id/executive-visits/:activityId',
    {
      schema: {
        tags,
        summary: 'Complete a visit’s plan (objective, agenda) and notify the account team if it was not told yet',
        params: s.visitParams,
        body: s.visitPatch,
        response: { 200: s.visitResponse },
      },
    },
    async (request) => {
      const user = await callerOnAccount(db(), request, request.params.id, ['admin', 'executive', 'manager', 'rep']);
      const { notified } = await updateVisitPlan(db(), { ...request.body, accountId: request.params.id, activityId: request.params.activityId, actorId: user.id, now: app.now() });
      return { visit: await visitView(request.params.id, request.params.activityId), notified: notified.length };
    },
  );

  const commitmentOut = async (accountId: string, id: string) => {
    const stored = (await listCommitments(db(), { accountId })).filter((c) => c.id === id);
    const item = commitmentViews({ stored, now: app.now() }).items[0];
    if (!item) throw new AppError('not_found', 'No such commitment on this account.');
    return item;
  };

  app.post(
    '/accounts/:id/commitments',
    { schema: { tags, summary: 'Record a commitment made to the customer (拍胸脯): who promised what to whom, by when', params: accountParams, body: s.commitmentBody, response: { 201: commitmentView } } },
    async (request, reply) => {
      const user = await callerOnAccount(db(), request, request.params.id, anyone);
      const { id } = await addCommitment(db(), request.params.id, { ...request.body, promisedBy: request.body.promisedBy ?? user.id });
      return reply.status(201).send(await commitmentOut(request.params.id, id));
    },
  );

  app.patch(
    '/accounts/:id/commitments/:commitmentId',
    {
      schema: {
        tags,
        summary: 'Mark a commitment kept or broken, or change it (send the version you read; a stale one is 409)',
        params: s.commitmentParams,
        body: s.commitmentPatch,
        response: { 200: commitmentView },
      },
    },
    async (request) => {
      await callerOnAccount(db(), request, request.params.id, anyone);
      const { version, ...changes } = request.body;
      await updateCommitment(db(), { accountId: request.params.id, id: request.params.commitmentId, version, changes, now: app.now() });
      return commitmentOut(request.params.id, request.params.commitmentId);
    },
  );

  app.post(
    '/accounts/:id/escalations',
    {
      schema: {
        tags,
        summary: 'Escalate a problem with its root cause (拍桌子): internal-collaboration causes go to the departments involved, not to sales',
        params: accountParams,
        body: s.escalationBody,
        response: { 201: escalationView },
      },
    },
    async (request, reply) => {
      const user = await callerOnAccount(db(), request, request.params.id, anyone);
      const departments = await listDepartments(db());
      const involved = request.body.departmentIds.map((id) => {
        const found = departments.find((d) => d.id === id);
        if (!found) throw new AppError('validation.failed', 'No such department.', { field: 'departmentIds' });
        return found;
      });
      const route = routeEscalation({
        escalation: { accountId: request.params.id, rootCause: request.body.rootCause, departmentsInvolved: involved.map((d) => d.kind as DepartmentKind) },
      });
      if (!route.value.valid || !request.body.rootCause) {
        const field = route.value.error === 'departments_missing' ? 'departmentIds' : 'rootCause';
        throw new AppError('validation.failed', route.value.error === 'departments_missing' ? 'Name the departments involved.' : 'Name the root cause first.', {
          field,
          details: route.reasons,
        });
      }
      // A named department answers for its own kind; a kind nobody named goes to every department of that kind.
      const routedIds = route.value.routeTo.flatMap((kind) => {
        if (kind === 'account_team') return [];
        const named = involved.filter((d) => d.kind === kind);
        return (named.length ? named : departments.filter((d) => d.kind === kind)).map((d) => d.id);
      });
      const { id } = await addEscalation(db(), request.params.id, {
        title: request.body.title,
        rootCause: request.body.rootCause,
        routedDepartmentIds: routedIds,
        raisedBy: user.id,
        raisedAt: app.now(),
      });
      const [view] = escalationViews({ stored: (await listEscalations(db(), { accountId: request.params.id })).filter((e) => e.id === id), departments });
      // The route as decided at raising, with every reason (e.g. that sales was left out on purpose).
      return reply.status(201).send({ ...view!, route });
    },
  );

  app.patch(
    '/accounts/:id/escalations/:escalationId',
    {
      schema: {
        tags,
        summary: 'Resolve or reopen an escalation (its raiser, the departments it was routed to, managers, executives, admins)',
        params: s.escalationParams,
        body: s.escalationPatch,
        response: { 200: escalationView },
      },
    },
    async (request) => {
      const user = await callerOnAccount(db(), request, request.params.id, anyone);
      const current = await getEscalation(db(), request.params.id, request.params.escalationId);
      if (!current) throw new AppError('not_found', 'No such escalation on this account.');
      const mayResolve =
        ['admin', 'executive', 'manager'].includes(user.role) ||
        current.raisedBy === user.id ||
        current.routedDepartmentIds.some((d) => worksOn(user, d));
      if (!mayResolve) throw new AppError('auth.forbidden', 'Only its raiser or the departments it was routed to can resolve this escalation.');
      await setEscalationStatus(db(), { accountId: request.params.id, id: request.params.escalationId, status: request.body.status, now: app.now() });
      return escalationOut(db(), request.params.id, request.params.escalationId);
    },
  );
}

async function escalationOut(db: Db, accountId: string, id: string) {
  const [stored, departments] = await Promise.all([listEscalations(db, { accountId }), listDepartments(db)]);
  const [view] = escalationViews({ stored: stored.filter((e) => e.id === id), departments });
  if (!view) throw new AppError('not_found', 'No such escalation on this account.');
  return view;
}
