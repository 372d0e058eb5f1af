import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { type Database, openDatabase } from '../src/db/client.ts';
import { migrate } from '../src/db/migrate.ts';
import { loadDemoCompany } from '../src/demo/company.ts';
import { generatePortfolio } from '../src/demo/generate.ts';
import { evaluateAccount, evaluatePortfolio } from '../src/jobs/evaluate/index.ts';
import { type Measurement, measure } from './kit.ts';

// "Re-evaluating 100,000 accounts works on a 2-core machine": the demo company plus
// a generated portfolio of 100,000 accounts (24 months each) in a fresh embedded
// database — and on a PostgreSQL server when DATABASE_URL is set — then the whole
// portfolio judged twice (first run: every account new; second: nothing changed)
// and one account judged alone, as after every record that changes an input.
// ABREAST_BENCH_ACCOUNTS sets another size for a quick run.

const accounts = Number(process.env.ABREAST_BENCH_ACCOUNTS ?? 100_000);
const MINUTE = 60_000;

/** Peak resident memory while `work` runs, sampled every 200 ms. */
async function withPeakMemory<T>(work: () => Promise<T>): Promise<{ result: T; peakMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 200);
  try {
    const result = await work();
    return { result, peakMb: Math.round(Math.max(peak, process.memoryUsage().rss) / 1_048_576) };
  } finally {
    clearInterval(timer);
  }
}

function progress(label: string) {
  let shown = -1;
  return (done: number, total: number) => {
    const tenth = Math.floor((done / Math.max(total, 1)) * 10);
    if (tenth === shown) return;
    shown = tenth;
    process.stderr.write(`    ${label} ${done.toLocaleString('en')} / ${total.toLocaleString('en')}\n`);
  };
}

async function measureOn(database: Database, label: string): Promise<Measurement[]> {
  const { db } = database;
  const now = new Date();
  await migrate(database);
  await loadDemoCompany({ db, now });
  const started = performance.now();
  await generatePortfolio({ db, accounts, seed: 'bench-evaluate', now, batchSize: 2000, onProgress: progress('generated') });
  process.stderr.write(`    generated in ${Math.round((performance.now() - started) / 1000)} s\n`);
  const size = `${accounts.toLocaleString('en')} accounts`;

  let evaluated = 0;
  const first = await withPeakMemory(() =>
    measure(
      `${label}: evaluatePortfolio, first run (${size}, every account new)`,
      async () => {
        evaluated = (await evaluatePortfolio({ db, now, onProgress: progress('evaluated') })).evaluated;
      },
      { runs: 1, warmup: 0, budget: 10 * MINUTE },
    ),
  );
  first.result.note = `${evaluated.toLocaleString('en')} accounts judged (archived ones left out); peak memory ${first.peakMb} MB`;

  let changed = -1;
  const again = await withPeakMemory(() =>
    measure(
      `${label}: evaluatePortfolio, second run (${size}, nothing changed)`,
      async () => {
        changed = (await evaluatePortfolio({ db, now })).changed;
      },
      { runs: 1, warmup: 0, budget: 10 * MINUTE },
    ),
  );
  again.result.note = `${changed} accounts changed; peak memory ${again.peakMb} MB`;

  const sample = await db.execute(sql`select account_id from account_evaluations order by account_id limit 20`);
  const ids = (sample as unknown as { rows: { account_id: string }[] }).rows.map((r) => r.account_id);
  let next = 0;
  const one = await measure(
    `${label}: evaluateAccount, one account of ${size}`,
    () => evaluateAccount({ db, accountId: ids[next++ % ids.length] as string, now }),
    {
      runs: 10,
      warmup: 2,
      budget: 3_000,
      note: 'after a write to one account: a fingerprint of the portfolio is read, the scale ranking reused',
    },
  );
  return [first.result, again.result, one];
}

/** A throwaway database on the server DATABASE_URL names, dropped afterwards. */
async function onPostgres(url: string): Promise<Measurement[]> {
  const name = `abreast_bench_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = await openDatabase({ url: target.toString() });
  try {
    return await measureOn(database, 'PostgreSQL');
  } finally {
    await database.close();
    await admin.query(`DROP DATABASE ${name}`);
    await admin.end();
  }
}

export default async function evaluateBench(): Promise<Measurement[]> {
  const dir = mkdtempSync(join(tmpdir(), 'abreast-bench-evaluate-'));
  const measurements: Measurement[] = [];
  // On disk, as a real installation runs: 100,000 accounts do not belong in memory.
  const embedded = await openDatabase({ dataDir: join(dir, 'data') });
  try {
    measurements.push(...(await measureOn(embedded, 'PGlite')));
  } finally {
    await embedded.close();
    rmSync(dir, { recursive: true, force: true });
  }
  if (process.env.DATABASE_URL) measurements.push(...(await onPostgres(process.env.DATABASE_URL)));
  return measurements;
}
