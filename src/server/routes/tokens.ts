import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createApiToken, listApiTokens, revokeApiToken } from '../../db/repositories/tokens.ts';
import { requireUser } from '../auth/hook.ts';

const tokenView = z.object({
  id: z.string().uuid(),
  name: z.string(),
  createdAt: z.date(),
  lastUsedAt: z.date().nullable().optional(),
  expiresAt: z.date().nullable(),
  revokedAt: z.date().nullable().optional(),
});

export async function tokenRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const tags = ['tokens'];

  app.get('/tokens', { schema: { tags, summary: 'My personal API tokens', response: { 200: z.object({ items: z.array(tokenView) }) } } }, async (request) => ({
    items: await listApiTokens(app.database.db, requireUser(request).id),
  }));

  app.post(
    '/tokens',
    {
      schema: {
        tags,
        summary: 'Create a personal API token (the secret is shown once)',
        body: z.object({ name: z.string().trim().min(1).max(100), expiresInDays: z.number().int().positive().max(3650).optional() }),
        response: { 201: tokenView.extend({ token: z.string() }) },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const { name, expiresInDays } = request.body;
      const expiresAt = expiresInDays ? new Date(app.now().getTime() + expiresInDays * 86_400_000) : null;
      return reply.status(201).send(await createApiToken(app.database.db, { userId: user.id, name, expiresAt }));
    },
  );

  app.delete(
    '/tokens/:id',
    { schema: { tags, summary: 'Revoke one of my tokens', params: z.object({ id: z.string().uuid() }) } },
    async (request, reply) => {
      await revokeApiToken(app.database.db, { userId: requireUser(request).id, tokenId: request.params.id, now: app.now() });
      return reply.status(204).send();
    },
  );
}
