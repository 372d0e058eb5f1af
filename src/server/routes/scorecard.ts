import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { accountFacts, oneAccountFacts, teamMembers } from '../../db/repositories/organisation-accounts.ts';
import { listRevenueSplits, replaceRevenueSplits } from '../../db/repositories/organisation-splits.ts';
import { addToolkitAsset, deleteToolkitAsset, getToolkitAsset, listToolkit } from '../../db/repositories/organisation-toolkit.ts';
import { type StoredProgramGoal, addProgramGoal, listProgramGoals, updateProgramGoal } from '../../db/repositories/scorecard.ts';
import type { TeamRole } from '../../domain/catalog.ts';
import { checkProfitSharing } from '../../domain/organisation/profit-sharing.ts';
import { sevenElementsScorecard } from '../../domain/organisation/seven-elements.ts';
import type { DepartmentKind, ToolkitKind } from '../../domain/organisation/vocabulary.ts';
import { requireUser } from '../auth/hook.ts';
import { accountScope, requireRole } from '../auth/scope.ts';
import { AppError } from '../errors.ts';
import { anyone, callerOnAccount, leaders, organisationSettings } from './organisation-access.ts';
import { accountParams } from './organisation.schema.ts';
import { replicationOver } from './scorecard-replication.ts';
import * as s from './scorecard.schema.ts';

const goalView = (g: StoredProgramGoal) => ({ id: g.id, year: g.year, metric: g.metric, target: g.target, actual: g.actual, note: g.note, met: g.actual >= g.target });
const shares = (splits: readonly { departmentKind: string; share: number }[]) => splits.map((x) => ({ department: x.departmentKind as DepartmentKind, share: x.share }));

/** The seven elements scorecard (目标、组织、机制、流程、工具、标杆、复制) and the records behind it. */
export async function scorecardRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const db = () => app.database.db;
  const tags = ['seven elements'];

  app.get(
    '/scorecard',
    {
      schema: {
        tags,
        summary: 'The programme scored on the seven elements, with goals, profit sharing, toolkit and replication targets (accounts listed within my scope)',
        querystring: s.scorecardQuery,
        response: { 200: s.scorecardResponse },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const now = app.now();
      const year = request.query.year ?? now.getUTCFullYear();
      const [all, goals, toolkit, settings, visible] = await Promise.all([
        accountFacts(db(), {}),
        listProgramGoals(db(), year),
        listToolkit(db()),
        organisationSettings(db()),
        accountScope(user) ? accountFacts(db(), { where: accountScope(user) }).then((v) => new Set(v.map((a) => a.id))) : Promise.resolve(null),
      ]);
      const strategic = all.filter((a) => a.tier === 'strategic');
      const [members, splits, replication] = await Promise.all([
        teamMembers(db(), strategic.map((a) => a.id)),
        listRevenueSplits(db(), strategic.map((a) => a.id)),
        replicationOver(db(), { all }),
      ]);
      const goal = (metric: string) => goals.find((g) => g.metric === metric);
      const processes = goal('processes_standardised');
      const scorecard = sevenElementsScorecard({
        goals: goals.map((g) => ({ id: g.id, met: g.actual >= g.target })),
        teams: strategic.map((a) => ({
          accountId: a.id,
          name: a.name,
          nameZh: a.nameZh,
          tier: 'strategic',
          members: members.filter((m) => m.accountId === a.id).map((m) => ({ userId: m.userId, role: m.role as TeamRole })),
        })),
        profitSharing: strategic.map((a) => ({ accountId: a.id, splits: shares(splits.filter((x) => x.accountId === a.id)) })).filter((p) => p.splits.length),
        // No process register is kept: the goal's own count stands for the processes standardised so far.
        processes: Array.from({ length: processes?.target ?? 0 }, (_, i) => ({ id: `process-${i + 1}`, standardised: i < (processes?.actual ?? 0) })),
        toolkitAssets: toolkit.map((t) => ({ id: t.id, kind: t.kind as ToolkitKind })),
        benchmarks: { built: all.filter((a) => a.tag === 'benchmark').length, target: goal('benchmarks_built')?.target ?? 0 },
        solutions: { created: goal('solutions_created')?.actual ?? 0, target: goal('solutions_created')?.target ?? 0 },
        seedSalespeople: { trained: goal('seed_sales_trained')?.actual ?? 0, target: goal('seed_sales_trained')?.target ?? 0 },
        replication: replication.map((r) => ({
          benchmarkAccountId: r.benchmark.id,
          targetAccountIds: r.targets.value.map((t) => t.accountId),
          pursuedAccountIds: r.targets.value.filter((t) => t.pursued).map((t) => t.accountId),
        })),
        requiredTeamRoles: settings.requiredTeamRoles,
        toolkitKindsRequired: settings.sevenElements.toolkitKindsRequired,
        profitSharingTolerance: settings.sevenElements.profitSharingTolerance,
      });
      const seen = (id: string) => visible === null || visible.has(id);
      const byKind: Record<string, number> = {};
      for (const t of toolkit) byKind[t.kind] = (byKind[t.kind] ?? 0) + 1;
      return {
        year,
        asOf: now,
        scorecard,
        goals: goals.map(goalView),
        profitSharing: strategic.filter((a) => seen(a.id)).map((a) => {
          const mine = splits.filter((x) => x.accountId === a.id);
          const check = checkProfitSharing({ accountId: a.id, splits: shares(mine), tolerance: settings.sevenElements.profitSharingTolerance });
          return { account: { id: a.id, name: a.name, nameZh: a.nameZh, tier: a.tier }, splits: mine, check };
        }),
        replication: replication.map((r) => ({ ...r, targets: { ...r.targets, value: r.targets.value.filter((t) => seen(t.accountId)) } })),
        toolkit: { total: toolkit.length, byKind },
      };
    },
  );

  app.get(
    '/accounts/:id/replication-targets',
    { schema: { tags, summary: 'For a benchmark account: look-alike accounts of its industry at lower levels, ranked, as a target list', params: accountParams, response: { 200: s.replicationResponse } } },
    async (request) => {
      const user = await callerOnAccount(db(), request, request.params.id);
      const account = await oneAccountFacts(db(), request.params.id);
      if (!account || account.tag !== 'benchmark' || account.officialLevel === null) return { replication: null };
      const [found] = await replicationOver(db(), { benchmarks: [account], all: await accountFacts(db(), {}) });
      if (!found) return { replication: null };
      const scope = accountScope(user);
      const visible = scope ? new Set((await accountFacts(db(), { where: scope })).map((a) => a.id)) : null;
      return { replication: { ...found, targets: { ...found.targets, value: found.targets.value.filter((t) => visible === null || visible.has(t.accountId)) } } };
    },
  );

  app.get(
    '/accounts/:id/revenue-splits',
    { schema: { tags, summary: 'The account’s revenue split between departments (profit sharing), with whether it holds', params: accountParams, response: { 200: s.splitsResponse } } },
    async (request) => {
      await callerOnAccount(db(), request, request.params.id);
      const [splits, settings] = await Promise.all([listRevenueSplits(db(), [request.params.id]), organisationSettings(db())]);
      return { splits, check: checkProfitSharing({ accountId: request.params.id, splits: shares(splits), tolerance: settings.sevenElements.profitSharingTolerance }) };
    },
  );

  app.put(
    '/accounts/:id/revenue-splits',
    {
      schema: {
        tags,
        summary: 'Replace the account’s revenue split; the shares must sum to 100 % (managers, executives, admins; audited)',
        params: accountParams,
        body: s.splitsBody,
        response: { 200: s.splitsResponse },
      },
    },
    async (request) => {
      const user = await callerOnAccount(db(), request, request.params.id, leaders);
      const settings = await organisationSettings(db());
      const tolerance = settings.sevenElements.profitSharingTolerance;
      if (request.body.splits.length) {
        const total = request.body.splits.reduce((sum, x) => sum + x.share, 0);
        if (Math.abs(total - 1) > tolerance) throw new AppError('validation.failed', `The shares sum to ${Math.round(total * 1000) / 10} %, not 100 %.`, { field: 'splits' });
      }
      await replaceRevenueSplits(db(), { accountId: request.params.id, splits: request.body.splits, actorId: user.id, reason: request.body.reason });
      const splits = await listRevenueSplits(db(), [request.params.id]);
      return { splits, check: checkProfitSharing({ accountId: request.params.id, splits: shares(splits), tolerance }) };
    },
  );

  app.get(
    '/program-goals',
    { schema: { tags, summary: 'The programme’s goals of a year (beyond revenue)', querystring: s.scorecardQuery, response: { 200: s.goalsResponse } } },
    async (request) => {
      requireUser(request);
      return { items: (await listProgramGoals(db(), request.query.year ?? app.now().getUTCFullYear())).map(goalView) };
    },
  );

  app.post(
    '/program-goals',
    { schema: { tags, summary: 'Set a programme goal (managers, executives, admins)', body: s.goalBody, response: { 201: s.goalView } } },
    async (request, reply) => {
      requireRole(requireUser(request), ...leaders);
      return reply.status(201).send(goalView(await addProgramGoal(db(), request.body)));
    },
  );

  app.patch(
    '/program-goals/:goalId',
    { schema: { tags, summary: 'Record progress on a goal, or change it (managers, executives, admins)', params: s.goalParams, body: s.goalPatch, response: { 200: s.goalView } } },
    async (request) => {
      requireRole(requireUser(request), ...leaders);
      return goalView(await updateProgramGoal(db(), request.params.goalId, request.body));
    },
  );

  app.get(
    '/toolkit',
    { schema: { tags, summary: 'The toolkit library: demos, visit methods, decks, talk tracks, by kind, industry and stage', querystring: s.toolkitQuery, response: { 200: s.toolkitResponse } } },
    async (request) => {
      requireUser(request);
      return { items: await listToolkit(db(), request.query) };
    },
  );

  app.post(
    '/toolkit',
    { schema: { tags, summary: 'Add a link to the toolkit library', body: s.toolkitBody, response: { 201: s.toolkitView } } },
    async (request, reply) => {
      const user = requireUser(request);
      requireRole(user, ...anyone);
      const { id } = await addToolkitAsset(db(), { ...request.body, titleZh: request.body.titleZh ?? null, url: request.body.url ?? null, createdBy: user.id });
      const [created] = (await listToolkit(db())).filter((t) => t.id === id);
      return reply.status(201).send(created!);
    },
  );

  app.delete(
    '/toolkit/:assetId',
    { schema: { tags, summary: 'Remove an asset from the library (its author, managers, executives, admins)', params: s.assetParams } },
    async (request, reply) => {
      const user = requireUser(request);
      const asset = await getToolkitAsset(db(), request.params.assetId);
      if (!asset) throw new AppError('not_found', 'No such toolkit asset.');
      if (asset.createdBy !== user.id) requireRole(user, ...leaders);
      await deleteToolkitAsset(db(), asset.id);
      return reply.status(204).send();
    },
  );
}
