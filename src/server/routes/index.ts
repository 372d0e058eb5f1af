import type { FastifyInstance } from 'fastify';
import { accountChildRoutes } from './account-children.ts';
import { accountRoutes } from './accounts.ts';
import { authRoutes } from './auth.ts';
import { boardRoutes } from './boards.ts';
import { dealRoutes } from './deals.ts';
import { evaluationRoutes } from './evaluations.ts';
import { judgementRecordRoutes } from './judgement-records.ts';
import { poolReviewRoutes } from './pool-reviews.ts';
import { powerMapRoutes } from './power-map.ts';
import { referenceRoutes } from './reference.ts';
import { settingsRoutes } from './settings.ts';
import { tokenRoutes } from './tokens.ts';
import { transferRoutes } from './transfer.ts';

/** Every API route, under /api. Later features add their route modules here. */
export async function registerRoutes(app: FastifyInstance): Promise<void> {
  app.get('/health', { schema: { hide: true } }, async () => ({ ok: true }));
  await app.register(authRoutes);
  await app.register(tokenRoutes);
  await app.register(referenceRoutes);
  await app.register(accountRoutes);
  await app.register(accountChildRoutes);
  await app.register(dealRoutes);
  await app.register(powerMapRoutes);
  await app.register(judgementRecordRoutes);
  await app.register(boardRoutes);
  await app.register(transferRoutes);
  await app.register(settingsRoutes);
  await app.register(evaluationRoutes);
  await app.register(poolReviewRoutes);
}
