import type { Database } from '../../src/db/client.ts';
import { type DemoSummary, loadDemoCompany } from '../../src/demo/company.ts';
import { createTestDatabase } from '../support/test-db.ts';

/** A date far from the machine's clock, so that anything not relative to `now` shows. */
export const DEMO_NOW = new Date('2025-03-14T09:30:00Z');

export interface LoadedDemo {
  database: Database;
  summary: DemoSummary;
  now: Date;
}

/** A fresh test database with the demo company loaded at DEMO_NOW. */
export async function loadedDemo(now: Date = DEMO_NOW): Promise<LoadedDemo> {
  const database = await createTestDatabase();
  const summary = await loadDemoCompany({ db: database.db, now });
  return { database, summary, now };
}

export const DAY_MS = 86_400_000;
export const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS);
/** `YYYY-MM-01` of the month `offset` months from now's month. */
export const monthOf = (now: Date, offset: number) =>
  new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1)).toISOString().slice(0, 10);
