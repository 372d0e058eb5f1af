import { type SQL, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { benchmarkTargetBoard, setBenchmarkTarget } from '../../db/repositories/benchmark-targets.ts';
import { tagBoard } from '../../db/repositories/boards.ts';
import { currentSettings } from '../../db/repositories/settings.ts';
import { regions, users } from '../../db/schema/index.ts';
import { requireUser } from '../auth/hook.ts';
import type { CurrentUser } from '../auth/current-user.ts';
import { accountScope, requireRole } from '../auth/scope.ts';
import { AppError } from '../errors.ts';
import * as s from './boards.schema.ts';

/** Reps whose benchmark targets the user sees: their own; a manager their region's; executives and admins all. */
export function repScope(user: CurrentUser): SQL | undefined {
  if (user.role === 'admin' || user.role === 'executive') return undefined;
  if (user.role === 'manager' && user.regionId) return eq(users.regionId, user.regionId);
  return eq(users.id, user.id);
}

/** Tag boards with each account's playbook work, benchmark targets per rep, and each region's market stage. */
export async function boardRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const db = () => app.database.db;
  const tags = ['tag boards'];
  const tagSettings = async () => (await currentSettings(db())).document.tags;

  app.get(
    '/boards/:tag',
    {
      schema: {
        tags,
        summary: 'Accounts whose effective tag is benchmark, nail or dangerous, each with its playbook state and reasons',
        params: s.boardParams,
        querystring: s.boardQuery,
        response: { 200: s.boardView },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const board = await tagBoard(db(), {
        tag: request.params.tag,
        scope: accountScope(user),
        settings: await tagSettings(),
        now: app.now(),
        limit: request.query.limit,
      });
      return { tag: request.params.tag, ...board };
    },
  );

  app.get(
    '/benchmark-targets',
    {
      schema: {
        tags,
        summary: "Each rep's yearly benchmark target (硬任务), candidates and progress",
        querystring: s.targetsQuery,
        response: { 200: s.targetsView },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const year = request.query.year ?? app.now().getUTCFullYear();
      const settings = (await tagSettings()).benchmark;
      const items = await benchmarkTargetBoard(db(), { year, repScope: repScope(user), settings });
      return { year, defaultTarget: settings.targetPerRepPerYear, items };
    },
  );

  app.put(
    '/benchmark-targets/:userId/:year',
    {
      schema: {
        tags,
        summary: "Set a rep's target and candidate list for a year (a rep may keep their own candidates; managers and up set targets)",
        params: s.targetParams,
        body: s.targetBody,
        response: { 200: s.savedTargetView },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const { userId, year } = request.params;
      if (user.role === 'rep' || user.role === 'staff') {
        if (userId !== user.id) throw new AppError('auth.forbidden', 'You can only keep your own candidate list.');
        if (request.body.target !== undefined)
          throw new AppError('auth.forbidden', 'A manager sets the benchmark target.', { field: 'target' });
      } else if (user.role === 'manager') {
        const [rep] = await db().select({ regionId: users.regionId }).from(users).where(eq(users.id, userId));
        if (!rep || rep.regionId !== user.regionId) throw new AppError('auth.forbidden', 'This rep is not in your region.');
      }
      const defaultTarget = (await tagSettings()).benchmark.targetPerRepPerYear;
      return setBenchmarkTarget(db(), {
        userId,
        year,
        target: request.body.target,
        candidateAccountIds: request.body.candidateAccountIds,
        defaultTarget,
      });
    },
  );

  app.put(
    '/regions/:id/market-stage',
    {
      schema: {
        tags,
        summary: "Record the regional market's stage (early: high value, low difficulty first; mid/late: nails lead growth)",
        params: s.regionParams,
        body: s.marketStageBody,
        response: { 200: s.marketStageView },
      },
    },
    async (request) => {
      const user = requireUser(request);
      requireRole(user, 'admin', 'executive', 'manager');
      if (user.role === 'manager' && user.regionId !== request.params.id)
        throw new AppError('auth.forbidden', 'You can only set the stage of your own region.');
      const [row] = await db()
        .update(regions)
        .set({ marketStage: request.body.marketStage })
        .where(eq(regions.id, request.params.id))
        .returning({ id: regions.id, code: regions.code, marketStage: regions.marketStage });
      if (!row) throw new AppError('not_found', 'No such region.');
      return row;
    },
  );
}
