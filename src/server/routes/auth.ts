import { and, eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sessions, users } from '../../db/schema/index.ts';
import { sessionCookie, requireUser } from '../auth/hook.ts';
import { verifyPassword } from '../auth/password.ts';
import { hashSecret, newSecret } from '../auth/tokens.ts';
import { AppError } from '../errors.ts';
import { loginBody, meResponse, updateMeBody } from './auth.schema.ts';

export async function authRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const db = () => app.database.db;

  app.post(
    '/auth/login',
    {
      schema: { tags: ['auth'], summary: 'Sign in with email and password', body: loginBody, response: { 200: meResponse } },
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const { email, password } = request.body;
      const [user] = await db()
        .select()
        .from(users)
        .where(and(sql`lower(${users.email}) = ${email.toLowerCase()}`, eq(users.active, true)));
      if (!user || !(await verifyPassword(password, user.passwordHash))) {
        throw new AppError('auth.invalid_credentials', 'Email or password is wrong.');
      }
      const secret = newSecret();
      const expiresAt = new Date(app.now().getTime() + app.sessionHours * 3600_000);
      await db().insert(sessions).values({ tokenHash: hashSecret(secret), userId: user.id, expiresAt });
      reply.setCookie(sessionCookie, secret, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: request.protocol === 'https',
        expires: expiresAt,
      });
      const { passwordHash: _, ...rest } = user;
      return { user: rest as never };
    },
  );

  app.post('/auth/logout', { schema: { tags: ['auth'], summary: 'Sign out (ends the session)' } }, async (request, reply) => {
    const secret = request.cookies[sessionCookie];
    if (secret) await db().delete(sessions).where(eq(sessions.tokenHash, hashSecret(secret)));
    reply.clearCookie(sessionCookie, { path: '/' });
    return reply.status(204).send();
  });

  app.get('/me', { schema: { tags: ['auth'], summary: 'The signed-in user', response: { 200: meResponse } } }, async (request) => ({
    user: requireUser(request),
  }));

  app.patch(
    '/me',
    { schema: { tags: ['auth'], summary: 'Update my preferences', body: updateMeBody, response: { 200: meResponse } } },
    async (request) => {
      const user = requireUser(request);
      await db().update(users).set({ locale: request.body.locale }).where(eq(users.id, user.id));
      return { user: { ...user, locale: request.body.locale } };
    },
  );
}
