import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { createDeal, listDeals, loadDealEvidence, updateDeal } from '../../db/repositories/deals.ts';
import { addTeamMember, removeTeamMember } from '../../db/repositories/deals-records.ts';
import { loadDealSettings } from '../../db/repositories/deals-settings.ts';
import { checkLtcTransition } from '../../domain/deals/ltc.ts';
import { LTC_STAGES, SALES_STAGES } from '../../domain/deals/stages.ts';
import { requireUser } from '../auth/hook.ts';
import { accountScope } from '../auth/scope.ts';
import { AppError } from '../errors.ts';
import * as s from './deals.schema.ts';
import { dealAccess } from './deals-access.ts';
import { dealActivityRoutes } from './deals-activity.ts';
import { dealFlags } from './deals-flags.ts';
import { isLtcStage, isSalesStage, summariseDeal } from './deals-judgements.ts';
import { dealFlagsView } from './deals-library.schema.ts';
import { dealLibraryRoutes } from './deals-library.ts';

const firstStage = { standard: LTC_STAGES[0], solution: SALES_STAGES[0] } as const;

/** Deals (SPEC §4): LTC for standard products, the two tracks for solutions; their team and stage moves. */
export async function dealRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { db, inScope, withDeal, detail } = dealAccess(app);
  const tags = ['deals'];

  const summaries = async (filters: Parameters<typeof listDeals>[1]) => {
    const rows = await listDeals(db(), filters);
    const [evidence, { settings }] = await Promise.all([loadDealEvidence(db(), rows), loadDealSettings(db())]);
    return rows.map((deal) => summariseDeal(deal, evidence, settings, app.now()));
  };

  app.get(
    '/deals',
    {
      schema: {
        tags,
        summary: 'The deal board: deals of every account in my scope, each with its judgements',
        querystring: s.listDealsQuery,
        response: { 200: s.items(s.dealSummaryView) },
      },
    },
    async (request) => {
      const user = requireUser(request);
      return { items: await summaries({ scope: accountScope(user), ...request.query }) };
    },
  );

  app.get(
    '/accounts/:id/deals',
    {
      schema: {
        tags,
        summary: "An account's deals with their judgements",
        params: s.accountParams,
        querystring: s.listDealsQuery,
        response: { 200: s.items(s.dealSummaryView) },
      },
    },
    async (request) => {
      await inScope(request);
      return { items: await summaries({ scope: undefined, accountId: request.params.id, ...request.query }) };
    },
  );

  app.post(
    '/accounts/:id/deals',
    {
      schema: {
        tags,
        summary: 'Open a deal on an account',
        params: s.accountParams,
        body: s.createDealBody,
        response: { 201: s.dealDetailView },
      },
    },
    async (request, reply) => {
      const user = await inScope(request, true);
      const { kind, stage = firstStage[kind] } = request.body;
      if (kind === 'solution' ? !isSalesStage(stage) : !isLtcStage(stage)) {
        throw new AppError('validation.failed', `"${stage}" is not a stage of a ${kind} deal.`, { field: 'stage' });
      }
      const dealId = await createDeal(db(), request.params.id, { ...request.body, stage, ownerId: request.body.ownerId ?? user.id });
      return reply.status(201).send(await detail(request.params.id, dealId));
    },
  );

  app.get(
    '/accounts/:id/deals/:dealId',
    {
      schema: {
        tags,
        summary: 'One deal with its signals, actions, team, proof, onboarding issues and every judgement',
        params: s.dealParams,
        response: { 200: s.dealDetailView },
      },
    },
    async (request) => {
      await withDeal(request);
      return detail(request.params.id, request.params.dealId);
    },
  );

  app.patch(
    '/accounts/:id/deals/:dealId',
    {
      schema: {
        tags,
        summary: 'Change a deal or record its outcome (send the version you read; a stale one is 409)',
        params: s.dealParams,
        body: s.updateDealBody,
        response: { 200: s.dealDetailView },
      },
    },
    async (request) => {
      const { ref } = await withDeal(request, true);
      const { version, ...patch } = request.body;
      if (patch.outcome === 'lost' && !patch.outcomeReason) {
        throw new AppError('validation.failed', 'Say why the deal was lost.', { field: 'outcomeReason' });
      }
      await updateDeal(db(), { ...ref, patch, version, now: app.now() });
      return detail(ref.accountId, ref.dealId);
    },
  );

  app.post(
    '/accounts/:id/deals/:dealId/stage',
    {
      schema: {
        tags,
        summary:
          'Move the deal: one LTC step at a time for a standard deal, any sales stage for a solution deal (flagged when out of step). Carries the version read.',
        params: s.dealParams,
        body: s.moveStageBody,
        response: { 200: s.dealDetailView },
      },
    },
    async (request) => {
      const { deal, ref } = await withDeal(request, true);
      const { stage, version } = request.body;
      if (deal.version !== version) {
        throw new AppError(
          'conflict.stale_version',
          `The deal was changed by someone else (version ${deal.version}, you had ${version}). Reload and try again.`,
          { field: 'version' },
        );
      }
      if (deal.outcome === 'lost')
        throw new AppError('validation.failed', 'The deal is lost; reopen it before moving it.', { field: 'stage' });
      if (deal.kind === 'solution' && !isSalesStage(stage)) {
        throw new AppError('validation.failed', `"${stage}" is not one of our sales stages.`, { field: 'stage' });
      }
      if (deal.kind === 'standard') {
        if (!isLtcStage(stage) || !isLtcStage(deal.stage))
          throw new AppError('validation.failed', `"${stage}" is not an LTC stage.`, { field: 'stage' });
        const { settings } = await loadDealSettings(db());
        const move = checkLtcTransition({ from: deal.stage, to: stage, allowEarlyClose: settings.ltc.allowEarlyClose });
        if (!move.value)
          throw new AppError('validation.failed', `The deal cannot move from ${deal.stage} to ${stage}.`, {
            field: 'stage',
            details: { reasons: move.reasons },
          });
      }
      await updateDeal(db(), { ...ref, patch: { stage }, version, now: app.now() });
      return detail(ref.accountId, ref.dealId);
    },
  );

  app.post(
    '/accounts/:id/deals/:dealId/team',
    {
      schema: {
        tags,
        summary: 'Put someone on the deal team (the delivery team joins from solution design)',
        params: s.dealParams,
        body: s.teamMemberBody,
        response: { 200: s.dealDetailView },
      },
    },
    async (request) => {
      const { ref } = await withDeal(request, true);
      await addTeamMember(db(), ref, request.body);
      return detail(ref.accountId, ref.dealId);
    },
  );

  app.delete(
    '/accounts/:id/deals/:dealId/team/:userId',
    {
      schema: {
        tags,
        summary: 'Take someone off the deal team in one role',
        params: s.memberParams,
        querystring: s.removeMemberQuery,
        response: { 200: s.dealDetailView },
      },
    },
    async (request) => {
      const { ref } = await withDeal(request, true);
      await removeTeamMember(db(), ref, { userId: request.params.userId, role: request.query.role });
      return detail(ref.accountId, ref.dealId);
    },
  );

  app.get(
    '/accounts/:id/deal-flags',
    {
      schema: {
        tags,
        summary: "What is wrong on an account's deals: out of step, delivery team missing, onboarding issues overdue",
        params: s.accountParams,
        response: { 200: dealFlagsView },
      },
    },
    async (request) => {
      await inScope(request);
      const rows = await listDeals(db(), { scope: undefined, accountId: request.params.id, includeLost: false, limit: 1000 });
      const [evidence, { settings }] = await Promise.all([loadDealEvidence(db(), rows), loadDealSettings(db())]);
      return dealFlags({ deals: rows, evidence, settings, now: app.now() });
    },
  );

  await app.register(dealActivityRoutes);
  await app.register(dealLibraryRoutes);
}
