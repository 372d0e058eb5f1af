import type { Db, Tx } from '../../db/client.ts';
import { trailingYear } from '../../db/repositories/accounts.ts';
import { currentSettings } from '../../db/repositories/settings.ts';
import { monthsBefore } from '../../domain/selection/calendar.ts';
import type { CompanySettings } from '../../domain/settings.ts';
import { judgeAccount } from './judge-account.ts';
import { type AccountSelection, type InputWindows, loadInputs } from './load-inputs.ts';
import { currentPortfolioScale, rankingFor } from './portfolio-scale.ts';
import { type Judged, writeEvaluations } from './write-evaluations.ts';

export interface EvaluatePortfolioOptions {
  db: Db | Tx;
  now: Date;
  /** Only these accounts (the ranking still spans the whole portfolio); all but archived ones when absent. */
  accountIds?: readonly string[];
  /** Who asked, for the audit history; null or absent is the system. */
  actorId?: string | null;
  onProgress?: (done: number, total: number) => void;
  /** Accounts judged per round of queries. */
  chunkSize?: number;
}

export interface EvaluatePortfolioResult {
  evaluated: number;
  /** Accounts whose tier, effective tag or official level changed (a first evaluation counts). */
  changed: number;
  settingsVersion: number;
}

const DEFAULT_CHUNK = 2000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY_MS = 86_400_000;

/** The windows of data the rules read, from the settings in force. */
function inputWindows(settings: CompanySettings, now: Date): InputWindows {
  const year = trailingYear(now);
  const current = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  // Growth compares the trailing twelve months with the twelve before them.
  const monthsFrom = new Date(Date.UTC(current.getUTCFullYear(), current.getUTCMonth() - 24, 1)).toISOString().slice(0, 10);
  // Fewer visits compares the last window with the one before it.
  const visitsSince = new Date(now.getTime() - 2 * settings.tags.dangerous.fewerVisits.windowDays * DAY_MS);
  const commitmentSince = monthsBefore(now, settings.selection.mutualCommitmentWindowMonths);
  return { monthsFrom, monthsTo: year.to, activitiesSince: visitsSince < commitmentSince ? visitsSince : commitmentSince, now };
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Re-evaluate the portfolio (or some accounts of it) under the settings in force:
 * tier and criteria, payment trap, serviceability, growth, tag and level, each
 * with its reasons, stored per account with an audit event for every change.
 * Inputs are loaded a chunk of accounts at a time with one query per table, so
 * the number of queries does not grow with the accounts in a chunk.
 */
export async function evaluatePortfolio(options: EvaluatePortfolioOptions): Promise<EvaluatePortfolioResult> {
  const { db, now, onProgress } = options;
  const actorId = options.actorId ?? null;
  const size = Math.max(1, options.chunkSize ?? DEFAULT_CHUNK);
  const { version, document: settings } = await currentSettings(db);
  const windows = inputWindows(settings, now);
  const scale = await currentPortfolioScale(db, { window: trailingYear(now), settings: settings.selection });

  let work: { selection: AccountSelection; keep?: Set<string>; ids: string[] }[];
  if (options.accountIds) {
    const ids = [...new Set(options.accountIds)].filter((id) => UUID.test(id)).map((id) => id.toLowerCase());
    work = chunks(ids, size).map((chunk) => ({ selection: { ids: chunk }, ids: chunk }));
  } else {
    // The portfolio comes back in id order, so each chunk is a contiguous id range
    // that the account-first primary keys read as one index range per table.
    work = chunks(scale.accountIds, size).map((chunk) => ({
      selection: { from: chunk[0] ?? '', to: chunk[chunk.length - 1] ?? '' },
      keep: new Set(chunk),
      ids: chunk,
    }));
  }
  const total = work.reduce((sum, w) => sum + w.ids.length, 0);

  let evaluated = 0;
  let changed = 0;
  let done = 0;
  onProgress?.(0, total);
  for (const item of work) {
    const inputs = await loadInputs(db, { selection: item.selection, keep: item.keep, windows });
    const judged: Judged[] = [];
    for (const account of inputs.values()) {
      const result = judgeAccount({
        inputs: account,
        ranking: rankingFor(scale, account.id),
        totalRevenue: scale.totalRevenue,
        settings,
        settingsVersion: version,
        now,
      });
      judged.push({ accountId: account.id, result });
    }
    changed += await writeEvaluations(db, { judged, actorId, now });
    evaluated += judged.length;
    done += item.ids.length;
    onProgress?.(done, total);
  }
  return { evaluated, changed, settingsVersion: version };
}
