import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { currentPool, getPoolReview, listPoolReviews, poolReviewById } from '../../db/repositories/pool-reviews.ts';
import { reviewPool } from '../../jobs/evaluate/index.ts';
import { requireUser } from '../auth/hook.ts';
import { accountScope, requireRole } from '../auth/scope.ts';
import {
  currentPoolResponse,
  poolReview,
  poolReviewIdParams,
  poolReviewListResponse,
  poolReviewResponse,
  takePoolReviewBody,
} from './pool-reviews.schema.ts';

// Reviewing the pool is a management act over the whole portfolio (战略客户池).
const REVIEWERS = ['manager', 'executive', 'admin'] as const;

/** The strategic pool as it stands, and its dated reviews with who entered and who left. */
export async function poolReviewRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const tags = ['strategic pool'];
  const db = () => app.database.db;

  app.get(
    '/pool',
    {
      schema: {
        tags,
        summary:
          'The current strategic pool: its accounts in my scope, the company-wide count against the maximum, and whether a review is due',
        response: { 200: currentPoolResponse },
      },
    },
    async (request) => {
      const user = requireUser(request);
      return currentPool(db(), { scope: accountScope(user), now: app.now() });
    },
  );

  app.get(
    '/pool-reviews',
    {
      schema: {
        tags,
        summary: 'Every pool review, newest first, with its counts and pool-size warning',
        response: { 200: poolReviewListResponse },
      },
    },
    async (request) => {
      requireRole(requireUser(request), ...REVIEWERS);
      return listPoolReviews(db(), { now: app.now() });
    },
  );

  app.post(
    '/pool-reviews',
    {
      schema: {
        tags,
        summary: 'Re-evaluate the portfolio and keep a dated snapshot of the pool (managers, executives, admins)',
        body: takePoolReviewBody,
        response: { 201: poolReview },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      requireRole(user, ...REVIEWERS);
      const { review } = await reviewPool({ db: db(), now: app.now(), note: request.body?.note ?? null, actorId: user.id });
      return reply.status(201).send(await poolReviewById(db(), review.id));
    },
  );

  app.get(
    '/pool-reviews/:id',
    {
      schema: {
        tags,
        summary: 'One review: its strategic pool, and who entered and who left since the review before, and why',
        params: poolReviewIdParams,
        response: { 200: poolReviewResponse },
      },
    },
    async (request) => {
      requireRole(requireUser(request), ...REVIEWERS);
      return getPoolReview(db(), request.params.id) as never;
    },
  );
}
