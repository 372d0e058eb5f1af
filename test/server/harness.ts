import type { FastifyInstance } from 'fastify';
import type { Database } from '../../src/db/client.ts';
import { buildApp } from '../../src/server/app.ts';
import { createTestDatabase } from '../support/test-db.ts';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  /** Move the app's clock (sessions expire, windows pass). */
  setNow(date: Date): void;
  /** Sign in and return headers that carry the session cookie. */
  login(email: string, password?: string): Promise<Record<string, string>>;
  close(): Promise<void>;
}

export const testPassword = 'correct horse battery';

/** A real app on a fresh real database (PGlite or PostgreSQL by project), driven with inject(). */
export async function startTestApp(): Promise<TestApp> {
  const database = await createTestDatabase();
  let now = new Date();
  const app = await buildApp({ database, logLevel: 'silent', webRoot: null, now: () => now });
  return {
    app,
    database,
    setNow: (date) => {
      now = date;
    },
    async login(email, password = testPassword) {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
      if (res.statusCode !== 200) throw new Error(`login ${email} failed: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === 'abreast_session');
      return { cookie: `abreast_session=${cookie?.value}` };
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}
