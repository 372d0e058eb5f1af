import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { StoredDeal } from '../../db/repositories/deals.ts';
import { listProofAssets } from '../../db/repositories/deals-library.ts';
import { addAction, addSignal, loadDealRecords, retractSignal } from '../../db/repositories/deals-records.ts';
import { loadDealSettings } from '../../db/repositories/deals-settings.ts';
import { matchProofAssets } from '../../domain/deals/match-proof-assets.ts';
import type { DealSettings } from '../../domain/deals/settings.ts';
import type { ProofAssetKind } from '../../domain/deals/vocabulary.ts';
import { AppError } from '../errors.ts';
import * as s from './deals.schema.ts';
import { dealAccess } from './deals-access.ts';
import { checkActionAt } from './deals-judgements.ts';

// A signal may be logged a little ahead of the server's clock (another time zone, a
// phone a minute fast), never days ahead: the inference reads order from the dates.
const FUTURE_SLACK_MS = 36 * 60 * 60 * 1000;

const actionResult = z.object({
  /** The logged action; null on a dry run, which saves nothing. */
  action: s.actionView.nullable(),
  check: s.actionCheckView,
  /** Proof from the library of the kinds the check recommends, best fit first. */
  suggestedProofs: z.array(s.rankedProofView),
});

/** Buying signals and our sales actions on a deal, each action checked against the customer's stage. */
export async function dealActivityRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { db, withDeal, detail } = dealAccess(app);
  const tags = ['deals'];

  app.post(
    '/accounts/:id/deals/:dealId/signals',
    {
      schema: {
        tags,
        summary: 'Log a buying signal (the customer did something that shows its stage)',
        params: s.dealParams,
        body: s.signalBody,
        response: { 201: s.dealDetailView },
      },
    },
    async (request, reply) => {
      const { user, ref } = await withDeal(request, true);
      const { settings } = await loadDealSettings(db());
      if (!settings.signals.some((known) => known.id === request.body.signal)) {
        throw new AppError('validation.failed', `"${request.body.signal}" is not in the company's signal catalogue.`, { field: 'signal' });
      }
      if (request.body.observedAt.getTime() > app.now().getTime() + FUTURE_SLACK_MS) {
        throw new AppError('validation.failed', 'A signal is something already seen: the date is in the future.', { field: 'observedAt' });
      }
      await addSignal(db(), ref, { ...request.body, createdBy: user.id });
      return reply.status(201).send(await detail(ref.accountId, ref.dealId));
    },
  );

  app.post(
    '/accounts/:id/deals/:dealId/signals/:signalId/retract',
    {
      schema: {
        tags,
        summary: 'Retract a signal logged by mistake; it stays in the log and no longer counts',
        params: s.signalParams,
        response: { 200: s.dealDetailView },
      },
    },
    async (request) => {
      const { ref } = await withDeal(request, true);
      await retractSignal(db(), ref, request.params.signalId, app.now());
      return detail(ref.accountId, ref.dealId);
    },
  );

  /** The check as of now, and the proof to bring when the check recommends some. */
  const check = async (deal: StoredDeal, action: string, at: Date | null) => {
    const { settings, version } = await loadDealSettings(db());
    if (!settings.actions.some((known) => known.id === action)) {
      throw new AppError('validation.failed', `"${action}" is not in the company's action catalogue.`, { field: 'action' });
    }
    const { signals } = await loadDealRecords(db(), deal.accountId, deal.id);
    const verdict = checkActionAt({ action, signals, settings, at });
    const suggestedProofs = await suggestProofs(deal, verdict.proofKinds, settings);
    return { verdict, suggestedProofs, settingsVersion: version };
  };

  const suggestProofs = async (deal: StoredDeal, kinds: ProofAssetKind[], settings: DealSettings) => {
    if (kinds.length === 0) return [];
    const assets = await listProofAssets(db(), {});
    return matchProofAssets({
      assets,
      industry: deal.industry,
      serviceLines: deal.serviceLines,
      kinds,
      weights: settings.proofMatching,
    }).value.slice(0, 5);
  };

  app.post(
    '/accounts/:id/deals/:dealId/actions/check',
    {
      schema: {
        tags,
        summary: '"What if I do this now?": the check an action would get at the customer\'s current stage, without saving it',
        params: s.dealParams,
        body: s.actionBody,
        response: { 200: actionResult },
      },
    },
    async (request) => {
      const { deal } = await withDeal(request);
      const { verdict, suggestedProofs } = await check(deal, request.body.action, request.body.occurredAt ?? null);
      return { action: null, check: verdict, suggestedProofs };
    },
  );

  app.post(
    '/accounts/:id/deals/:dealId/actions',
    {
      schema: {
        tags,
        summary:
          "Log a sales action; it is checked against the customer's buying stage and the verdict kept. With ?dryRun=true nothing is saved.",
        params: s.dealParams,
        querystring: s.actionQuery,
        body: s.actionBody,
        response: { 200: actionResult, 201: actionResult },
      },
    },
    async (request, reply) => {
      const { user, deal, ref } = await withDeal(request, !request.query.dryRun);
      const { verdict, suggestedProofs, settingsVersion } = await check(deal, request.body.action, request.body.occurredAt ?? null);
      if (request.query.dryRun) return reply.status(200).send({ action: null, check: verdict, suggestedProofs });
      const row = await addAction(db(), ref, {
        action: request.body.action,
        occurredAt: request.body.occurredAt ?? app.now(),
        note: request.body.note ?? null,
        check: { ...verdict, settingsVersion },
        createdBy: user.id,
      });
      const action = {
        id: row.id,
        action: row.action,
        occurredAt: row.occurredAt,
        note: row.note,
        check: verdict,
        createdBy: row.createdBy,
        createdAt: row.createdAt,
      };
      return reply.status(201).send({ action, check: verdict, suggestedProofs });
    },
  );
}
