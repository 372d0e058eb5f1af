import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';
import { type CurrentUser, userForApiToken, userForSession } from './current-user.ts';

export const sessionCookie = 'abreast_session';

declare module 'fastify' {
  interface FastifyRequest {
    user: CurrentUser | null;
  }
}

/** Resolve the caller from the session cookie or a Bearer API token, once per request. */
export function installAuth(app: FastifyInstance): void {
  app.decorateRequest('user', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api')) return;
    const db = app.database.db;
    const header = request.headers.authorization;
    if (header?.startsWith('Bearer ')) {
      request.user = await userForApiToken(db, header.slice(7).trim(), app.now());
      if (!request.user) throw new AppError('auth.required', 'The API token is unknown, revoked or expired.');
      return;
    }
    const secret = request.cookies[sessionCookie];
    if (secret) request.user = await userForSession(db, secret, app.now());
  });
}

/** The signed-in user, or a 401. */
export function requireUser(request: FastifyRequest): CurrentUser {
  if (!request.user) throw new AppError('auth.required', 'Sign in first.');
  return request.user;
}
