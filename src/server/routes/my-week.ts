import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client.ts';
import { currentSettings } from '../../db/repositories/settings.ts';
import { users } from '../../db/schema/index.ts';
import type { UserRole } from '../../domain/catalog.ts';
import type { CurrentUser } from '../auth/current-user.ts';
import { requireUser } from '../auth/hook.ts';
import { accountScope } from '../auth/scope.ts';
import { AppError } from '../errors.ts';
import { weekOf } from '../../domain/rep-week/rep-week.ts';
import {
  type WeekContext,
  activitiesOfWeek,
  benchmarkProgress,
  commitmentsOfWeek,
  dealFlagsOfWeek,
  defenceActionsOfWeek,
  planActionsOfWeek,
  planReviewsDue,
  supportRequestsWaiting,
  visitsDue,
} from './my-week-sections.ts';
import * as s from './my-week.schema.ts';

/**
 * Whose week the viewer may read: their own; a manager a rep of their region; an
 * executive or admin anyone. Reps and staff read only their own.
 */
async function weekPerson(db: Db, viewer: CurrentUser, userId: string | undefined) {
  const id = userId ?? viewer.id;
  if (id !== viewer.id && (viewer.role === 'rep' || viewer.role === 'staff')) {
    throw new AppError('auth.forbidden', 'You can only read your own week.', { field: 'userId' });
  }
  const [person] = await db
    .select({ id: users.id, name: users.name, nameZh: users.nameZh, role: users.role, regionId: users.regionId, email: users.email })
    .from(users)
    .where(and(eq(users.id, id), eq(users.active, true)));
  if (!person) throw new AppError('not_found', 'No such person.', { field: 'userId' });
  if (id !== viewer.id && viewer.role === 'manager' && (person.role !== 'rep' || !viewer.regionId || person.regionId !== viewer.regionId)) {
    throw new AppError('auth.forbidden', 'This rep is not in your region.', { field: 'userId' });
  }
  return { ...person, role: person.role as UserRole };
}

/** The rep's week (SPEC §7): visits due by density targets, benchmark target progress and what else falls due. */
export async function myWeekRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const db = () => app.database.db;

  app.get(
    '/my-week',
    {
      schema: {
        tags: ['my week'],
        summary:
          "A rep's week: dangerous accounts due a visit (高密度拜访), plan reviews, benchmark target progress (硬任务), plan actions, commitments, support requests, flagged deals and the week's activities",
        querystring: s.myWeekQuery,
        response: { 200: s.myWeekView },
      },
    },
    async (request) => {
      const viewer = requireUser(request);
      const { email, ...person } = await weekPerson(db(), viewer, request.query.userId);
      const week = weekOf(request.query.week, app.now());
      const self = person.id === viewer.id;
      // The person's own accounts as a rep has them (owned or on the team), never more than the viewer may see.
      const theirs = accountScope({ ...person, email, role: 'rep', departmentId: null, locale: 'en' });
      const visible = self ? undefined : accountScope(viewer);
      const ctx: WeekContext = {
        db: db(),
        viewer,
        person,
        week,
        settings: (await currentSettings(db())).document,
        accountsWhere: and(theirs, visible),
        visible,
      };
      const year = week.asOf.getUTCFullYear();
      const [visits, planReviews, benchmark, planActions, defenceActions, commitments, supportRequests, dealFlags, activities] = await Promise.all([
        visitsDue(ctx),
        planReviewsDue(ctx),
        benchmarkProgress(ctx, year),
        planActionsOfWeek(ctx),
        defenceActionsOfWeek(ctx),
        commitmentsOfWeek(ctx),
        supportRequestsWaiting(ctx),
        dealFlagsOfWeek(ctx),
        activitiesOfWeek(ctx),
      ]);
      return {
        person,
        week,
        visitsPerMonthTarget: ctx.settings.tags.dangerous.visitsPerMonthTarget,
        visits,
        planReviews,
        benchmark,
        benchmarkYear: year,
        planActions,
        defenceActions,
        commitments,
        supportRequests,
        dealFlags,
        activities,
      };
    },
  );
}
