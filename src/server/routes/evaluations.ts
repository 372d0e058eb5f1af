import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { getEvaluation, judgementHistory } from '../../db/repositories/evaluations.ts';
import { evaluateAccount, evaluatePortfolio } from '../../jobs/evaluate/index.ts';
import { requireUser } from '../auth/hook.ts';
import { requireAccountInScope, requireRole } from '../auth/scope.ts';
import { accountIdParams } from './accounts.schema.ts';
import { evaluationRunResponse, judgementResponse } from './evaluations.schema.ts';

/** The method's judgement of an account, and the portfolio re-evaluation. */
export async function evaluationRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const db = () => app.database.db;

  app.get(
    '/accounts/:id/judgement',
    {
      schema: {
        tags: ['judgements'],
        summary:
          'Tier, criteria, payment trap, serviceability, growth, tag and level of one account, each with its reasons, and how they moved',
        params: accountIdParams,
        response: { 200: judgementResponse },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const accountId = request.params.id;
      await requireAccountInScope(db(), user, accountId);
      let stored = await getEvaluation(db(), accountId);
      // An account created since the last run is judged now rather than shown blank.
      if (!stored) {
        await evaluateAccount({ db: db(), accountId, now: app.now(), actorId: null });
        stored = await getEvaluation(db(), accountId);
      }
      return { evaluation: (stored?.result ?? null) as never, history: await judgementHistory(db(), accountId) };
    },
  );

  app.post(
    '/evaluations/run',
    {
      schema: {
        tags: ['judgements'],
        summary: 'Re-evaluate the whole portfolio under the settings in force (managers, executives, admins)',
        response: { 200: evaluationRunResponse },
      },
    },
    async (request) => {
      const user = requireUser(request);
      requireRole(user, 'manager', 'executive', 'admin');
      return evaluatePortfolio({ db: db(), now: app.now(), actorId: user.id });
    },
  );
}
