import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Database } from '../db/client.ts';
import { installAuth } from './auth/hook.ts';
import { installErrorHandler } from './error-handler.ts';
import { registerRoutes } from './routes/index.ts';

export interface AppOptions {
  database: Database;
  /** The clock; tests pass a fixed one. */
  now?: () => Date;
  sessionHours?: number;
  logLevel?: string;
  /** Built web app to serve; defaults to dist/web when it exists. */
  webRoot?: string | null;
}

declare module 'fastify' {
  interface FastifyInstance {
    database: Database;
    now: () => Date;
    sessionHours: number;
  }
}

const defaultWebRoot = fileURLToPath(new URL('../../dist/web', import.meta.url));

/** The whole HTTP application: API under /api, the web app at /. */
export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: opts.logLevel ?? 'info', redact: ['req.headers.authorization', 'req.headers.cookie'] },
    genReqId: () => crypto.randomUUID(),
    bodyLimit: 20 * 1024 * 1024,
  });
  app.decorate('database', opts.database);
  app.decorate('now', opts.now ?? (() => new Date()));
  app.decorate('sessionHours', opts.sessionHours ?? 12);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
      },
    },
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Abreast API',
        description: 'Key-account management for logistics companies. Every computed judgement carries its reasons.',
        version: '1',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'abreast_session' },
          token: { type: 'http', scheme: 'bearer', description: 'A personal API token (abreast token create).' },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  installAuth(app);
  await app.register(registerRoutes, { prefix: '/api' });

  const webRoot = opts.webRoot === undefined ? defaultWebRoot : opts.webRoot;
  const serveWeb = Boolean(webRoot && existsSync(webRoot));
  if (serveWeb) await app.register(fastifyStatic, { root: webRoot!, wildcard: true });
  app.setNotFoundHandler((request, reply) => {
    // Client-side routes (e.g. /accounts/…) get the single-page app.
    if (serveWeb && request.method === 'GET' && !request.url.startsWith('/api')) return reply.sendFile('index.html');
    return reply.status(404).send({ error: { code: 'not_found', message: `No route ${request.method} ${request.url}.` } });
  });
  return app;
}
