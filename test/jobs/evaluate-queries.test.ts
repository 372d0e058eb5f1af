import type { Logger } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Db } from '../../src/db/client.ts';
import * as schema from '../../src/db/schema/index.ts';
import {
  makeAccount,
  makeActivity,
  makeContact,
  makeDeal,
  makeFinancials,
  makeLevelAssessment,
  makeServiceUsage,
  makeSite,
} from '../../src/demo/factories/index.ts';
import { evaluatePortfolio } from '../../src/jobs/evaluate/index.ts';
import { createTestDatabase, testDbKind } from '../support/test-db.ts';

const NOW = new Date('2025-06-15T08:00:00Z');

/** The same database seen through a drizzle instance that counts every statement it sends. */
function counting(database: Database): { db: Db; queries: () => number; reset: () => void } {
  let count = 0;
  const logger: Logger = { logQuery: () => void (count += 1) };
  const client = (database.db as unknown as { $client: never }).$client;
  const db = (database.kind === 'postgres'
    ? drizzlePg(client, { schema, logger })
    : drizzlePglite(client, { schema, logger })) as unknown as Db;
  return { db, queries: () => count, reset: () => void (count = 0) };
}

/** An account with some of everything the evaluation reads. */
async function addAccount(db: Db, i: number) {
  const account = await makeAccount(db, { name: `Account ${i}`, industry: i % 2 ? 'apparel' : 'fmcg' });
  await makeFinancials(db, { accountId: account.id, months: 6, baseRevenue: 10_000 * (i + 1), now: NOW });
  await makeServiceUsage(db, { accountId: account.id });
  await makeSite(db, { accountId: account.id });
  await makeContact(db, { accountId: account.id });
  await makeDeal(db, { accountId: account.id });
  await makeActivity(db, { accountId: account.id, occurredAt: new Date(NOW.getTime() - 86_400_000) });
  await makeLevelAssessment(db, { accountId: account.id, source: 'customer_confirmed', assessedAt: new Date(NOW.getTime() - 86_400_000) });
}

describe(`evaluation round trips on ${testDbKind()}`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database?.close());

  it('sends the same number of queries for 10 accounts as for 200: no query per account', async () => {
    const { db, queries, reset } = counting(database);
    for (let i = 0; i < 10; i++) await addAccount(database.db, i);
    // The first run also writes the default settings; count from the second.
    await evaluatePortfolio({ db, now: NOW });
    reset();
    const small = await evaluatePortfolio({ db, now: NOW });
    const forTen = queries();
    expect(small.evaluated).toBe(10);

    for (let i = 10; i < 200; i++) await addAccount(database.db, i);
    reset();
    const large = await evaluatePortfolio({ db, now: NOW });
    expect(large.evaluated).toBe(200);
    // The portfolio moved, so the ranking is read again (and its fingerprint checked once more),
    // and the 190 first evaluations write their audit events in one more statement.
    expect(queries()).toBe(forTen + 3);

    reset();
    await evaluatePortfolio({ db, now: NOW });
    expect(queries()).toBe(forTen);
    expect(forTen).toBeLessThan(30);
  });

  it('reads a chunked portfolio in a few queries per chunk', async () => {
    const { db, queries, reset } = counting(database);
    reset();
    const run = await evaluatePortfolio({ db, now: NOW, chunkSize: 50 });
    expect(run.evaluated).toBe(200);
    const perChunk = queries() / 4;
    expect(perChunk).toBeLessThan(25);
  });
});
