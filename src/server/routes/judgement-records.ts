import { eq } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Tx } from '../../db/client.ts';
import { accountPlaybook } from '../../db/repositories/boards.ts';
import * as records from '../../db/repositories/judgement-records.ts';
import { addPlaybookRecord, listPlaybookRecords, setPlaybookStatus } from '../../db/repositories/playbook-records.ts';
import { currentSettings } from '../../db/repositories/settings.ts';
import { accountEvaluations } from '../../db/schema/index.ts';
import type { UserRole } from '../../domain/catalog.ts';
import { evaluateAccount } from '../../jobs/evaluate/index.ts';
import { requireAccountInScope, requireRole } from '../auth/scope.ts';
import { AppError } from '../errors.ts';
import { accountPlaybookView } from './boards.schema.ts';
import * as s from './judgement-records.schema.ts';
import { playbookRecordBody } from './playbook-payloads.schema.ts';

/** Who records the evidence the judgements read; confirming tags and promoting despite the trap is for managers up. */
const RECORDERS: UserRole[] = ['admin', 'executive', 'manager', 'rep'];
const DECIDERS: UserRole[] = ['admin', 'executive', 'manager'];

const created = z.object({ id: z.string().uuid() });

/**
 * Attestations, scores, tag decisions, level assessments and playbook records of one
 * account. Every write is its own transaction and is followed by the account's
 * re-evaluation, so the judgement the caller reads next already counts it.
 */
export async function judgementRecordRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const db = () => app.database.db;
  const tags = ['judgement records'];

  /** The caller, once the account is known to be in their scope (404 otherwise) and their role may do this. */
  const inScope = async (request: Pick<FastifyRequest, 'user'> & { params: { id: string } }, roles?: UserRole[]) => {
    const user = request.user;
    if (!user) throw new AppError('auth.required', 'Sign in first.');
    await requireAccountInScope(db(), user, request.params.id);
    if (roles) requireRole(user, ...roles);
    return user;
  };
  /** The write and the account's fresh judgement commit together, or neither does. */
  const recordAndEvaluate = <T>(accountId: string, actorId: string, write: (tx: Tx) => Promise<T>) =>
    db().transaction(async (tx) => {
      const result = await write(tx);
      await evaluateAccount({ db: tx, accountId, now: app.now(), actorId });
      return result;
    });

  app.get(
    '/accounts/:id/attestations',
    {
      schema: {
        tags,
        summary: 'Evidence for or against the selection criteria',
        params: s.accountParams,
        response: { 200: s.items(s.attestationView) },
      },
    },
    async (request) => {
      await inScope(request);
      return { items: await records.listAttestations(db(), request.params.id) };
    },
  );
  app.post(
    '/accounts/:id/attestations',
    {
      schema: {
        tags,
        summary:
          'Attest a criterion with a note (a refusal is effect "against"); managers may promote to strategic despite the payment trap',
        params: s.accountParams,
        body: s.attestationBody,
        response: { 201: created },
      },
    },
    async (request, reply) => {
      const user = await inScope(request, request.body.criterion === 'strategic_promotion' ? DECIDERS : RECORDERS);
      const row = await recordAndEvaluate(request.params.id, user.id, (tx) =>
        records.addAttestation(tx, { accountId: request.params.id, input: request.body, actorId: user.id, now: app.now() }),
      );
      return reply.status(201).send(row);
    },
  );

  app.get(
    '/accounts/:id/scores',
    {
      schema: {
        tags,
        summary: 'Influence, satisfaction and cooperation scores, newest first',
        params: s.accountParams,
        response: { 200: s.items(s.scoreView) },
      },
    },
    async (request) => {
      await inScope(request);
      return { items: await records.listScores(db(), request.params.id) };
    },
  );
  app.post(
    '/accounts/:id/scores',
    {
      schema: {
        tags,
        summary: 'Score influence, satisfaction and cooperation (1–5)',
        params: s.accountParams,
        body: s.scoreBody,
        response: { 201: created },
      },
    },
    async (request, reply) => {
      const user = await inScope(request, RECORDERS);
      const row = await recordAndEvaluate(request.params.id, user.id, (tx) =>
        records.addScore(tx, { accountId: request.params.id, input: request.body, actorId: user.id, now: app.now() }),
      );
      return reply.status(201).send(row);
    },
  );

  app.get(
    '/accounts/:id/tag-decisions',
    {
      schema: {
        tags,
        summary: 'Tag confirmations and overrides, newest first',
        params: s.accountParams,
        response: { 200: s.items(s.tagDecisionView) },
      },
    },
    async (request) => {
      await inScope(request);
      return { items: await records.listTagDecisions(db(), request.params.id) };
    },
  );
  app.post(
    '/accounts/:id/tag-decisions',
    {
      schema: {
        tags,
        summary: 'Confirm the suggested tag, or override it with a note (managers and up)',
        params: s.accountParams,
        body: s.tagDecisionBody,
        response: { 201: created },
      },
    },
    async (request, reply) => {
      const user = await inScope(request, DECIDERS);
      const accountId = request.params.id;
      const row = await recordAndEvaluate(accountId, user.id, async (tx) => {
        // The decision is taken against the current suggestion, so there must be one.
        const [evaluated] = await tx
          .select({ id: accountEvaluations.accountId })
          .from(accountEvaluations)
          .where(eq(accountEvaluations.accountId, accountId));
        if (!evaluated) await evaluateAccount({ db: tx, accountId, now: app.now(), actorId: user.id });
        return records.decideTag(tx, { accountId, input: request.body, actorId: user.id, now: app.now() });
      });
      return reply.status(201).send({ id: row.id });
    },
  );

  app.get(
    '/accounts/:id/level-assessments',
    {
      schema: {
        tags,
        summary: 'Relationship-level assessments, newest first',
        params: s.accountParams,
        response: { 200: s.items(s.levelAssessmentView) },
      },
    },
    async (request) => {
      await inScope(request);
      return { items: await records.listLevelAssessments(db(), request.params.id) };
    },
  );
  app.post(
    '/accounts/:id/level-assessments',
    {
      schema: {
        tags,
        summary: 'Record a level: our own estimate, or confirmed by the customer with evidence',
        params: s.accountParams,
        body: s.levelAssessmentBody,
        response: { 201: created },
      },
    },
    async (request, reply) => {
      const user = await inScope(request, RECORDERS);
      const row = await recordAndEvaluate(request.params.id, user.id, (tx) =>
        records.addLevelAssessment(tx, { accountId: request.params.id, input: request.body, actorId: user.id, now: app.now() }),
      );
      return reply.status(201).send(row);
    },
  );

  app.get(
    '/accounts/:id/playbook-records',
    {
      schema: {
        tags,
        summary: 'Playbook records (benchmark, nail, dangerous), oldest first',
        params: s.accountParams,
        querystring: s.playbookListQuery,
        response: { 200: s.items(s.playbookRecordView) },
      },
    },
    async (request) => {
      await inScope(request);
      const rows = await listPlaybookRecords(db(), [request.params.id], request.query.kind);
      return { items: rows.map(({ accountId: _, ...r }) => r) };
    },
  );
  app.post(
    '/accounts/:id/playbook-records',
    {
      schema: {
        tags,
        summary: 'Record playbook work; the payload is checked against its kind',
        params: s.accountParams,
        body: playbookRecordBody,
        response: { 201: created },
      },
    },
    async (request, reply) => {
      const user = await inScope(request, RECORDERS);
      const row = await recordAndEvaluate(request.params.id, user.id, (tx) =>
        addPlaybookRecord(tx, { accountId: request.params.id, input: request.body, actorId: user.id, now: app.now() }),
      );
      return reply.status(201).send(row);
    },
  );
  app.patch(
    '/accounts/:id/playbook-records/:recordId',
    {
      schema: {
        tags,
        summary: 'Move a playbook record along: an action done, an investment spent, a case asset ready',
        params: s.recordParams,
        body: s.playbookStatusBody,
        response: { 200: created },
      },
    },
    async (request) => {
      const user = await inScope(request, RECORDERS);
      return recordAndEvaluate(request.params.id, user.id, (tx) =>
        setPlaybookStatus(tx, { accountId: request.params.id, recordId: request.params.recordId, status: request.body.status }),
      );
    },
  );

  app.get(
    '/accounts/:id/playbook',
    {
      schema: {
        tags,
        summary: "The account's benchmark, nail and dangerous playbooks: state, next steps and reasons",
        params: s.accountParams,
        response: { 200: accountPlaybookView },
      },
    },
    async (request) => {
      await inScope(request);
      const settings = (await currentSettings(db())).document.tags;
      const state = await accountPlaybook(db(), { accountId: request.params.id, settings, now: app.now() });
      if (!state) throw new AppError('account.not_found', 'No such account.');
      return state;
    },
  );
}
