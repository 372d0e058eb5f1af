import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  addPlanAction,
  deletePlanAction,
  getAccountPlan,
  reviewAccountPlan,
  saveAccountPlan,
  updatePlanAction,
} from '../../db/repositories/account-plans.ts';
import { oneAccountFacts } from '../../db/repositories/organisation-accounts.ts';
import { accountPlanFlags } from '../../domain/organisation/account-plan.ts';
import type { RelationshipLevel } from '../../domain/organisation/vocabulary.ts';
import { AppError } from '../errors.ts';
import * as s from './account-plans.schema.ts';
import { anyone, callerOnAccount, organisationSettings } from './organisation-access.ts';
import { endOfDay } from './organisation-judgements.ts';
import { accountParams } from './organisation.schema.ts';

const orNull = <T>(value: T | null | undefined) => value ?? null;

/** The account plan (SPEC §6) of key and strategic accounts: goals beyond revenue, the four know sections, actions. */
export async function accountPlanRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const db = () => app.database.db;
  const tags = ['account plans'];

  const planOf = async (accountId: string) => {
    const [account, stored, settings] = await Promise.all([oneAccountFacts(db(), accountId), getAccountPlan(db(), accountId), organisationSettings(db())]);
    if (!account) throw new AppError('account.not_found', 'No such account.');
    const now = app.now();
    const reviewDays = settings.accountPlanReviewDays;
    if (!stored) return { tier: account.tier, currentLevel: account.officialLevel, reviewDays, plan: null, flags: null };
    const flags = accountPlanFlags({
      plan: {
        accountId,
        currentLevel: account.officialLevel,
        // No creation day is kept: a plan never reviewed counts from its last change.
        createdAt: stored.updatedAt,
        lastReviewedAt: stored.reviewedAt,
        goals: {
          revenue: stored.goals.revenue,
          benchmarkToBuild: stored.goals.benchmark,
          solutionToCreate: stored.goals.solution,
          targetLevel: stored.targetLevel as RelationshipLevel | null,
          levelThreeToTwoMover: stored.levelMover,
        },
        know: {
          ourselves: stored.knowOurselves,
          customer: stored.knowCustomer,
          industry: stored.knowIndustry,
          competitors: stored.knowCompetitors,
        },
        actions: stored.actions.map((a) => ({ id: a.id, what: a.what, owner: a.ownerName ?? '', dueAt: endOfDay(a.dueOn), doneAt: a.doneAt })),
      },
      now,
      reviewDays,
    });
    const overdue = new Set(flags.value.overdueActionIds);
    const plan = {
      accountId,
      goals: {
        revenue: orNull(stored.goals.revenue),
        revenueGrowth: orNull(stored.goals.revenueGrowth),
        benchmark: orNull(stored.goals.benchmark),
        solution: orNull(stored.goals.solution),
      },
      targetLevel: stored.targetLevel,
      levelMover: stored.levelMover,
      knowOurselves: stored.knowOurselves,
      knowCustomer: stored.knowCustomer,
      knowIndustry: stored.knowIndustry,
      knowCompetitors: stored.knowCompetitors,
      reviewedAt: stored.reviewedAt,
      updatedAt: stored.updatedAt,
      version: stored.version,
      actions: stored.actions.map((a) => ({ ...a, overdue: overdue.has(a.id) })),
    };
    return { tier: account.tier, currentLevel: account.officialLevel, reviewDays, plan, flags };
  };

  app.get(
    '/accounts/:id/plan',
    { schema: { tags, summary: 'The account plan with its flags (overdue actions, review cadence, missing goals and sections), each with reasons', params: accountParams, response: { 200: s.planResponse } } },
    async (request) => {
      await callerOnAccount(db(), request, request.params.id);
      return planOf(request.params.id);
    },
  );

  app.put(
    '/accounts/:id/plan',
    {
      schema: {
        tags,
        summary: 'Write the plan: without a version it is created, with one it replaces the plan read (a stale version is 409)',
        params: accountParams,
        body: s.planBody,
        response: { 200: s.planResponse },
      },
    },
    async (request) => {
      await callerOnAccount(db(), request, request.params.id, anyone);
      const { version, goals, ...rest } = request.body;
      const fields = {
        goals: { revenue: orNull(goals.revenue), revenueGrowth: orNull(goals.revenueGrowth), benchmark: orNull(goals.benchmark), solution: orNull(goals.solution) },
        targetLevel: orNull(rest.targetLevel),
        levelMover: orNull(rest.levelMover),
        knowOurselves: orNull(rest.knowOurselves),
        knowCustomer: orNull(rest.knowCustomer),
        knowIndustry: orNull(rest.knowIndustry),
        knowCompetitors: orNull(rest.knowCompetitors),
      };
      await saveAccountPlan(db(), { accountId: request.params.id, fields, version, now: app.now() });
      return planOf(request.params.id);
    },
  );

  app.post(
    '/accounts/:id/plan/review',
    { schema: { tags, summary: 'Record that the team reviewed the plan today (send the version you read)', params: accountParams, body: s.reviewBody, response: { 200: s.planResponse } } },
    async (request) => {
      await callerOnAccount(db(), request, request.params.id, anyone);
      await reviewAccountPlan(db(), { accountId: request.params.id, version: request.body.version, now: app.now() });
      return planOf(request.params.id);
    },
  );

  app.post(
    '/accounts/:id/plan/actions',
    { schema: { tags, summary: 'Add an action with its owner and due day', params: accountParams, body: s.actionBody, response: { 201: s.planResponse } } },
    async (request, reply) => {
      await callerOnAccount(db(), request, request.params.id, anyone);
      await addPlanAction(db(), request.params.id, request.body);
      return reply.status(201).send(await planOf(request.params.id));
    },
  );

  app.patch(
    '/accounts/:id/plan/actions/:actionId',
    { schema: { tags, summary: 'Change an action, or mark it done', params: s.actionParams, body: s.actionPatch, response: { 200: s.planResponse } } },
    async (request) => {
      await callerOnAccount(db(), request, request.params.id, anyone);
      await updatePlanAction(db(), { accountId: request.params.id, id: request.params.actionId, changes: request.body, now: app.now() });
      return planOf(request.params.id);
    },
  );

  app.delete(
    '/accounts/:id/plan/actions/:actionId',
    { schema: { tags, summary: 'Remove an action from the plan', params: s.actionParams } },
    async (request, reply) => {
      await callerOnAccount(db(), request, request.params.id, anyone);
      await deletePlanAction(db(), { accountId: request.params.id, id: request.params.actionId });
      return reply.status(204).send();
    },
  );
}
