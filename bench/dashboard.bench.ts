import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { openDatabase } from '../src/db/client.ts';
import { migrate } from '../src/db/migrate.ts';
import { loadDemoCompany } from '../src/demo/company.ts';
import { DEMO_PASSWORD } from '../src/demo/company/logins.ts';
import { generatePortfolio } from '../src/demo/generate.ts';
import { evaluatePortfolio } from '../src/jobs/evaluate/index.ts';
import { buildApp } from '../src/server/app.ts';
import { type Measurement, measure } from './kit.ts';

// "The dashboard answers on a large portfolio": the demo company plus a generated
// portfolio (100,000 accounts by default; ABREAST_BENCH_ACCOUNTS sets another size),
// judged once, then GET /api/dashboard for the whole portfolio (an executive), one
// region (a manager) and one rep — the page every user lands on.

const accounts = Number(process.env.ABREAST_BENCH_ACCOUNTS ?? 100_000);

async function signIn(app: FastifyInstance, email: string): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: DEMO_PASSWORD } });
  if (res.statusCode !== 200) throw new Error(`login ${email}: ${res.statusCode} ${res.body}`);
  const cookie = res.headers['set-cookie'];
  return (Array.isArray(cookie) ? cookie[0] : cookie)?.split(';')[0] ?? '';
}

export default async function dashboardBench(): Promise<Measurement[]> {
  const dir = mkdtempSync(join(tmpdir(), 'abreast-bench-dashboard-'));
  const database = await openDatabase({ dataDir: join(dir, 'data') });
  try {
    const { db } = database;
    const now = new Date();
    await migrate(database);
    await loadDemoCompany({ db, now });
    await generatePortfolio({ db, accounts, seed: 'bench-dashboard', now, batchSize: 2000 });
    await evaluatePortfolio({ db, now });
    const app = await buildApp({ database, logLevel: 'warn' });
    const size = `${accounts.toLocaleString('en')} accounts`;
    const measurements: Measurement[] = [];
    for (const [who, email, budget] of [
      ['an executive, the whole portfolio', 'ceo@abreast.demo', 5_000],
      ['a manager, one region', 'manager.east@abreast.demo', 2_000],
      ['a rep, own accounts', 'rep.east1@abreast.demo', 1_000],
    ] as const) {
      const cookie = await signIn(app, email);
      let scope = 0;
      const m = await measure(
        `GET /api/dashboard for ${who} (${size} in the database)`,
        async () => {
          const res = await app.inject({ method: 'GET', url: '/api/dashboard', headers: { cookie } });
          if (res.statusCode !== 200) throw new Error(`dashboard for ${email}: ${res.statusCode} ${res.body}`);
          scope = (res.json() as { accounts: number }).accounts;
        },
        { runs: 5, warmup: 1, budget },
      );
      m.note = `${scope.toLocaleString('en')} accounts in scope`;
      measurements.push(m);
    }
    await app.close();
    return measurements;
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
