import { type SQL, eq, or } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { listDepartments } from '../../db/repositories/escalations.ts';
import {
  type SupportRequestFilter,
  getDepartment,
  getSupportRequestRow,
  listSupportRequests,
  moveSupportRequest,
  raiseSupportRequest,
  supportRequestTimes,
} from '../../db/repositories/support-requests.ts';
import { supportRequests } from '../../db/schema/index.ts';
import { departmentQueueSummary, type SupportRequestStatus } from '../../domain/organisation/support-requests.ts';
import { SUPPORT_DEPARTMENTS } from '../../domain/organisation/vocabulary.ts';
import type { CurrentUser } from '../auth/current-user.ts';
import { requireUser } from '../auth/hook.ts';
import { accountScope } from '../auth/scope.ts';
import { AppError } from '../errors.ts';
import { anyone, callerOnAccount, organisationSettings } from './organisation-access.ts';
import { slaDueAt, supportRequestView, worksOn } from './organisation-judgements.ts';
import { accountParams, supportRequestView as requestView } from './organisation.schema.ts';
import * as s from './support-requests.schema.ts';

/**
 * Which requests a user sees: admins and executives all; anyone else those they
 * raised, those sent to their department, and those on accounts in their scope.
 */
function visibleTo(user: CurrentUser): SQL | undefined {
  const scope = accountScope(user);
  if (scope === undefined) return undefined;
  return or(eq(supportRequests.raisedBy, user.id), user.departmentId ? eq(supportRequests.departmentId, user.departmentId) : undefined, scope);
}

/** Front line first (一切为了前线): support requests from reps to departments, their queues and SLAs. */
export async function supportRequestRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const db = () => app.database.db;
  const tags = ['support requests'];

  const listFor = async (user: CurrentUser, filter: SupportRequestFilter) => {
    const [stored, settings] = await Promise.all([listSupportRequests(db(), { ...filter, visible: visibleTo(user) }), organisationSettings(db())]);
    const now = app.now();
    return stored.map((r) => supportRequestView({ stored: r, settings, now, viewer: user }));
  };
  const oneFor = async (user: CurrentUser, id: string) => {
    const [found] = await listFor(user, { id });
    if (!found) throw new AppError('not_found', 'No such support request.');
    return found;
  };

  app.get(
    '/support-requests',
    {
      schema: {
        tags,
        summary: 'Support requests I may see: my department’s queue, those I raised, or all, each with its SLA and the moves I may make',
        querystring: s.listQuery,
        response: { 200: s.requestsResponse },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const { view, departmentId, status } = request.query;
      const filter: SupportRequestFilter = { statuses: status as SupportRequestStatus[] | undefined };
      if (view === 'mine') filter.raisedBy = user.id;
      if (view === 'department') {
        const department = departmentId ?? user.departmentId;
        if (!department) return { items: [] };
        filter.departmentId = department;
      } else if (departmentId) filter.departmentId = departmentId;
      return { items: await listFor(user, filter) };
    },
  );

  app.get(
    '/support-requests/queues',
    { schema: { tags, summary: 'Per department: requests waiting and those past their due time (SLA breaches)', response: { 200: s.queuesResponse } } },
    async (request) => {
      requireUser(request);
      const [times, departments, settings] = await Promise.all([supportRequestTimes(db()), listDepartments(db()), organisationSettings(db())]);
      const now = app.now();
      const queues = departmentQueueSummary({
        requests: times,
        now,
        slaHours: settings.supportRequestSlaHours,
      });
      return {
        asOf: now,
        departments: departments.filter((d) => (SUPPORT_DEPARTMENTS as readonly string[]).includes(d.kind)).map((d) => ({ id: d.id, kind: d.kind, name: d.nameEn, nameZh: d.nameZh })),
        queues,
      };
    },
  );

  app.get(
    '/support-requests/:requestId',
    { schema: { tags, summary: 'One support request with its SLA', params: s.requestParams, response: { 200: requestView } } },
    async (request) => oneFor(requireUser(request), request.params.requestId),
  );

  app.patch(
    '/support-requests/:requestId',
    {
      schema: {
        tags,
        summary: 'Accept, answer or close a request: members of its department and admins only (send the version you read; a stale one is 409)',
        params: s.requestParams,
        body: s.moveBody,
        response: { 200: requestView },
      },
    },
    async (request) => {
      const user = requireUser(request);
      // Not visible is not found; visible but someone else's department is forbidden.
      await oneFor(user, request.params.requestId);
      const row = await getSupportRequestRow(db(), request.params.requestId);
      if (!row || !worksOn(user, row.departmentId)) {
        throw new AppError('auth.forbidden', 'Only the department the request was sent to can move it.');
      }
      await moveSupportRequest(db(), { id: row.id, to: request.body.status, answer: request.body.answer, version: request.body.version, actorId: user.id, now: app.now() });
      return oneFor(user, row.id);
    },
  );

  app.get(
    '/accounts/:id/support-requests',
    { schema: { tags, summary: 'The account’s support requests, each with its SLA', params: accountParams, response: { 200: s.requestsResponse } } },
    async (request) => {
      const user = await callerOnAccount(db(), request, request.params.id);
      return { items: await listFor(user, { accountId: request.params.id }) };
    },
  );

  app.post(
    '/accounts/:id/support-requests',
    {
      schema: {
        tags,
        summary: 'Ask a department for support on the account (and a deal): what is needed and by when',
        params: accountParams,
        body: s.raiseBody,
        response: { 201: requestView },
      },
    },
    async (request, reply) => {
      const user = await callerOnAccount(db(), request, request.params.id, anyone);
      const department = await getDepartment(db(), request.body.departmentId);
      if (!department || !(SUPPORT_DEPARTMENTS as readonly string[]).includes(department.kind)) {
        throw new AppError('validation.failed', 'Support requests go to solution design, pricing, IT integration, operations, legal or finance.', { field: 'departmentId' });
      }
      const now = app.now();
      const dueAt = request.body.dueAt ?? slaDueAt(await organisationSettings(db()), department.kind, now);
      if (dueAt.getTime() <= now.getTime()) throw new AppError('validation.failed', 'The due time must be ahead.', { field: 'dueAt' });
      const { id } = await raiseSupportRequest(db(), {
        accountId: request.params.id,
        departmentId: department.id,
        dealId: request.body.dealId ?? null,
        need: request.body.need,
        dueAt,
        raisedBy: user.id,
        raisedAt: now,
      });
      return reply.status(201).send(await oneFor(user, id));
    },
  );
}
