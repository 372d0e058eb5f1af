import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { createAccount, getAccount, listAccounts, updateAccount } from '../../db/repositories/accounts.ts';
import { requireUser } from '../auth/hook.ts';
import { accountScope, requireRole } from '../auth/scope.ts';
import { AppError } from '../errors.ts';
import {
  accountIdParams,
  accountListResponse,
  accountResponse,
  createAccountBody,
  listAccountsQuery,
  updateAccountBody,
} from './accounts.schema.ts';

export async function accountRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const tags = ['accounts'];
  const db = () => app.database.db;

  app.get(
    '/accounts',
    {
      schema: {
        tags,
        summary: 'Accounts in my scope: filter, search, sort, cursor paging',
        querystring: listAccountsQuery,
        response: { 200: accountListResponse },
      },
    },
    async (request) => {
      const user = requireUser(request);
      return listAccounts(db(), { scope: accountScope(user), query: request.query, now: app.now() });
    },
  );

  app.get(
    '/accounts/:id',
    { schema: { tags, summary: 'One account', params: accountIdParams, response: { 200: accountResponse } } },
    async (request) => {
      const user = requireUser(request);
      return { account: (await getAccount(db(), { scope: accountScope(user), id: request.params.id })) as never };
    },
  );

  app.post(
    '/accounts',
    { schema: { tags, summary: 'Create an account', body: createAccountBody, response: { 201: accountResponse } } },
    async (request, reply) => {
      const user = requireUser(request);
      requireRole(user, 'admin', 'executive', 'manager', 'rep');
      const { reason, ...input } = request.body;
      // A rep's new account is theirs; handing it to someone else is a manager's decision.
      if (user.role === 'rep') {
        if (input.ownerId && input.ownerId !== user.id) throw new AppError('auth.forbidden', 'A rep creates accounts they own.', { field: 'ownerId' });
        input.ownerId = user.id;
      }
      const created = await createAccount(db(), { input, actorId: user.id, reason });
      const account = await getAccount(db(), { scope: undefined, id: created.id });
      return reply.status(201).send({ account: account as never });
    },
  );

  app.patch(
    '/accounts/:id',
    {
      schema: {
        tags,
        summary: 'Update an account (send the version you read; a stale one is 409). Archive by setting status to archived.',
        params: accountIdParams,
        body: updateAccountBody,
        response: { 200: accountResponse },
      },
    },
    async (request) => {
      const user = requireUser(request);
      requireRole(user, 'admin', 'executive', 'manager', 'rep');
      const scope = accountScope(user);
      if ('ownerId' in request.body && user.role === 'rep') {
        const current = await getAccount(db(), { scope, id: request.params.id });
        if (current.ownerId !== request.body.ownerId) throw new AppError('auth.forbidden', 'Only a manager can change the owner.', { field: 'ownerId' });
      }
      await updateAccount(db(), { scope, id: request.params.id, patch: request.body, actorId: user.id });
      return { account: (await getAccount(db(), { scope: undefined, id: request.params.id })) as never };
    },
  );
}
