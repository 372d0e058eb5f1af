import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { currentSettings } from '../../db/repositories/settings.ts';
import { calendarQuarter } from '../../domain/portfolio/quarter.ts';
import { requireUser } from '../auth/hook.ts';
import { accountScope, scopeAsIds } from '../auth/scope.ts';
import { repScope } from './boards.ts';
import { dashboardResponse } from './dashboard.schema.ts';
import { executiveSections, supportSection } from './dashboard-organisation.ts';
import {
  concentrationSection,
  distributionSection,
  levelMovesSection,
  paymentTrapSection,
  pipelineSection,
} from './dashboard-portfolio.ts';
import { benchmarkTargetSection, tagSections } from './dashboard-tags.ts';

/** The portfolio dashboard (SPEC §7): the home page's figures over the caller's accounts. */
export async function dashboardRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const db = () => app.database.db;

  app.get(
    '/dashboard',
    {
      schema: {
        tags: ['dashboard'],
        summary:
          'The portfolio over my accounts (rep: own and team; manager: region; executive and admin: all): tiers, tags, levels and moves this quarter, dangerous accounts, nails, benchmark targets per rep, executive compliance, overdue commitments, support SLAs, revenue concentration, payment traps, pipeline by stage with mismatches',
        response: { 200: dashboardResponse },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const scope = await scopeAsIds(db(), accountScope(user));
      const now = app.now();
      const { document: settings } = await currentSettings(db());
      const quarter = calendarQuarter(now);
      const year = now.getUTCFullYear();
      const [distribution, levelMoves, tagged, benchmarkTargets, organisation, support, concentration, paymentTraps, pipeline] =
        await Promise.all([
          distributionSection(db(), scope),
          levelMovesSection(db(), { scope, quarter }),
          tagSections(db(), { scope, settings: settings.tags, now }),
          benchmarkTargetSection(db(), { repScope: repScope(user), year, settings: settings.tags }),
          executiveSections(db(), { scope, settings: settings.organisation, now }),
          supportSection(db(), { scope, settings: settings.organisation, now }),
          concentrationSection(db(), { scope, limits: settings.portfolio.revenueConcentration, now }),
          paymentTrapSection(db(), scope),
          pipelineSection(db(), { scope, settings: settings.deals, now }),
        ]);
      return {
        asOf: now,
        quarter,
        year,
        ...distribution,
        levelMoves,
        ...tagged,
        benchmarkTargets,
        ...organisation,
        support,
        concentration,
        paymentTraps,
        pipeline,
      };
    },
  );
}
