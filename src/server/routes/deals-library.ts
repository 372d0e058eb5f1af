import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  addOnboardingIssue,
  attachProof,
  createProofAsset,
  detachProof,
  listProofAssets,
  updateOnboardingIssue,
} from '../../db/repositories/deals-library.ts';
import { loadDealSettings } from '../../db/repositories/deals-settings.ts';
import { matchProofAssets } from '../../domain/deals/match-proof-assets.ts';
import { playbookFor } from '../../domain/deals/playbook.ts';
import { BUYING_STAGES } from '../../domain/deals/stages.ts';
import { requireUser } from '../auth/hook.ts';
import { requireRole } from '../auth/scope.ts';
import { AppError } from '../errors.ts';
import * as s from './deals.schema.ts';
import { dealAccess } from './deals-access.ts';
import * as l from './deals-library.schema.ts';

/** The deal method's catalogue, the proof library and the onboarding (磨合期) issues of won deals. */
export async function dealLibraryRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { db, withDeal, detail } = dealAccess(app);
  const tags = ['deals'];
  const proofTags = ['proof library'];

  app.get(
    '/deals/catalogue',
    {
      schema: {
        tags,
        summary: "The company's buying signals, sales actions and the playbook of every stage",
        response: { 200: l.dealCatalogueView },
      },
    },
    async (request) => {
      requireUser(request);
      const { settings } = await loadDealSettings(db());
      return {
        signals: settings.signals,
        actions: settings.actions.map((a) => ({
          id: a.id,
          name_en: a.name_en,
          name_zh: a.name_zh,
          fitsAt: a.fitsAt,
          warnAt: a.warnAt.map((w) => w.stage),
        })),
        playbook: BUYING_STAGES.map((stage) => playbookFor({ stage: { buying: stage }, playbook: settings.playbook })),
        deliveryRoles: settings.deliveryTeam.deliveryRoles,
        deliveryRequiredFrom: settings.deliveryTeam.requiredFrom,
        toleratedStageGap: settings.alignment.toleratedStageGap,
        ltcAllowEarlyClose: settings.ltc.allowEarlyClose,
      };
    },
  );

  app.get(
    '/proof-assets',
    {
      schema: {
        tags: proofTags,
        summary: 'Search the proof library; given an industry or service lines, the best fit comes first with the reasons',
        querystring: l.proofSearchQuery,
        response: { 200: s.items(s.rankedProofView) },
      },
    },
    async (request) => {
      requireUser(request);
      const { industry, serviceLines, kind, q } = request.query;
      const assets = await listProofAssets(db(), { kind, q, industry });
      if (!industry && serviceLines.length === 0) return { items: assets.map((asset) => ({ asset, score: 0, reasons: [] })) };
      const { settings } = await loadDealSettings(db());
      return { items: matchProofAssets({ assets, industry: industry ?? null, serviceLines, weights: settings.proofMatching }).value };
    },
  );

  app.post(
    '/proof-assets',
    {
      schema: {
        tags: proofTags,
        summary: 'Add proof to the library (a link is enough)',
        body: l.proofAssetBody,
        response: { 201: s.proofAssetView },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      requireRole(user, 'admin', 'executive', 'manager', 'rep', 'staff');
      return reply.status(201).send(await createProofAsset(db(), { ...request.body, createdBy: user.id }));
    },
  );

  app.get(
    '/accounts/:id/deals/:dealId/proof-suggestions',
    {
      schema: {
        tags,
        summary: "The library ranked for this deal: the customer's industry and the deal's service lines",
        params: s.dealParams,
        response: { 200: s.items(s.rankedProofView) },
      },
    },
    async (request) => {
      const { deal } = await withDeal(request);
      const [assets, { settings }] = await Promise.all([listProofAssets(db(), {}), loadDealSettings(db())]);
      return {
        items: matchProofAssets({ assets, industry: deal.industry, serviceLines: deal.serviceLines, weights: settings.proofMatching })
          .value,
      };
    },
  );

  app.post(
    '/accounts/:id/deals/:dealId/proofs',
    {
      schema: {
        tags,
        summary: 'Attach proof from the library to the deal',
        params: s.dealParams,
        body: l.attachProofBody,
        response: { 200: s.dealDetailView },
      },
    },
    async (request) => {
      const { ref } = await withDeal(request, true);
      await attachProof(db(), ref, request.body.proofAssetId, app.now());
      return detail(ref.accountId, ref.dealId);
    },
  );

  app.delete(
    '/accounts/:id/deals/:dealId/proofs/:proofAssetId',
    {
      schema: {
        tags,
        summary: 'Detach proof from the deal (it stays in the library)',
        params: s.proofParams,
        response: { 200: s.dealDetailView },
      },
    },
    async (request) => {
      const { ref } = await withDeal(request, true);
      await detachProof(db(), ref, request.params.proofAssetId);
      return detail(ref.accountId, ref.dealId);
    },
  );

  app.post(
    '/accounts/:id/deals/:dealId/onboarding-issues',
    {
      schema: {
        tags,
        summary: 'Raise an onboarding (磨合期) issue on a won solution deal, with an owner and a due day',
        params: s.dealParams,
        body: l.onboardingIssueBody,
        response: { 201: s.dealDetailView },
      },
    },
    async (request, reply) => {
      const { deal, ref } = await withDeal(request, true);
      if (deal.kind !== 'solution' || deal.outcome !== 'won') {
        throw new AppError('validation.failed', 'Onboarding issues belong to a won solution deal.', { field: 'dealId' });
      }
      await addOnboardingIssue(db(), ref, request.body);
      return reply.status(201).send(await detail(ref.accountId, ref.dealId));
    },
  );

  app.patch(
    '/accounts/:id/deals/:dealId/onboarding-issues/:issueId',
    {
      schema: {
        tags,
        summary: 'Change an onboarding issue or mark it done',
        params: s.issueParams,
        body: l.onboardingIssuePatch,
        response: { 200: s.dealDetailView },
      },
    },
    async (request) => {
      const { ref } = await withDeal(request, true);
      await updateOnboardingIssue(db(), ref, request.params.issueId, request.body, app.now());
      return detail(ref.accountId, ref.dealId);
    },
  );
}
