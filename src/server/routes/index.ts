import type { FastifyInstance } from 'fastify';
import { accountChildRoutes } from './account-children.ts';
import { accountPlanRoutes } from './account-plans.ts';
import { accountRoutes } from './accounts.ts';
import { authRoutes } from './auth.ts';
import { boardRoutes } from './boards.ts';
import { cockpitRoutes } from './cockpit.ts';
import { dashboardRoutes } from './dashboard.ts';
import { dealRoutes } from './deals.ts';
import { evaluationRoutes } from './evaluations.ts';
import { judgementRecordRoutes } from './judgement-records.ts';
import { myWeekRoutes } from './my-week.ts';
import { organisationGuardRailRoutes } from './organisation-guard-rails.ts';
import { organisationTeamRoutes } from './organisation-team.ts';
import { poolReviewRoutes } from './pool-reviews.ts';
import { powerMapRoutes } from './power-map.ts';
import { referenceRoutes } from './reference.ts';
import { scorecardRoutes } from './scorecard.ts';
import { settingsRoutes } from './settings.ts';
import { supportRequestRoutes } from './support-requests.ts';
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
  await app.register(organisationTeamRoutes);
  await app.register(organisationGuardRailRoutes);
  await app.register(cockpitRoutes);
  await app.register(supportRequestRoutes);
  await app.register(accountPlanRoutes);
  await app.register(scorecardRoutes);
  await app.register(dashboardRoutes);
  await app.register(myWeekRoutes);
}
