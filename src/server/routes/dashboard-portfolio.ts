import type { SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { trailingYear } from '../../db/repositories/accounts.ts';
import {
  confirmedLevelsOfAccountsAssessedSince,
  openDealTallies,
  paymentTrapAccounts,
  portfolioTallies,
  revenueLeaders,
} from '../../db/repositories/dashboard.ts';
import { listDeals, loadDealEvidence } from '../../db/repositories/deals.ts';
import { type Tag, type Tier, tags, tiers } from '../../domain/catalog.ts';
import type { DealSettings } from '../../domain/deals/settings.ts';
import type { ConcentrationLimits } from '../../domain/portfolio/settings.ts';
import type { DealKind } from '../../domain/deals/stages.ts';
import type { LevelAssessment } from '../../domain/ladder/assessment.ts';
import { RELATIONSHIP_LEVELS, type RelationshipLevel } from '../../domain/ladder/level.ts';
import { type Quarter, levelMovesInQuarter, pipelineByStage, revenueConcentration } from '../../domain/portfolio/index.ts';
import { LIST_LIMIT } from './dashboard-tags.ts';
import { dealFlags } from './deals-flags.ts';

// The portfolio side of the dashboard: how the accounts in scope are spread over
// tiers, tags and levels, what moved this quarter, how concentrated the revenue is,
// the payment traps, and the pipeline with the deals out of step.

// Beyond this many open solution deals the mismatches are counted on the most recently moved ones.
const JUDGED_DEALS = 1000;

type Ref = { id: string; name: string; nameZh: string | null; tier: string | null };

/** Every value of a vocabulary with its count, in the vocabulary's order; the unevaluated (null) only when there are some. */
function spread<K extends string | number>(values: readonly K[], counts: Map<K | null, number>) {
  const known = values.map((v) => ({ key: v as K | null, count: counts.get(v) ?? 0 }));
  const unknown = counts.get(null) ?? 0;
  return unknown > 0 ? [...known, { key: null, count: unknown }] : known;
}

/** Accounts by tier, effective tag and official level. */
export async function distributionSection(db: Db, scope: SQL | undefined) {
  const rows = await portfolioTallies(db, scope);
  const sum = <K>(keyOf: (r: (typeof rows)[number]) => K) => {
    const counts = new Map<K, number>();
    for (const r of rows) counts.set(keyOf(r), (counts.get(keyOf(r)) ?? 0) + r.count);
    return counts;
  };
  return {
    accounts: rows.reduce((n, r) => n + r.count, 0),
    tiers: spread(
      tiers,
      sum((r) => r.tier as Tier | null),
    ).map(({ key, count }) => ({ tier: key, count })),
    tags: spread(
      tags,
      sum((r) => r.tag as Tag | null),
    ).map(({ key, count }) => ({ tag: key, count })),
    levels: spread(
      [...RELATIONSHIP_LEVELS].reverse(),
      sum((r) => r.level as RelationshipLevel | null),
    ).map(({ key, count }) => ({ level: key, count })),
  };
}

/** The official level's moves this quarter, each with its account. */
export async function levelMovesSection(db: Db, options: { scope: SQL | undefined; quarter: Quarter }) {
  const rows = await confirmedLevelsOfAccountsAssessedSince(db, { scope: options.scope, since: options.quarter.from });
  const byAccount = new Map<string, { account: Ref; assessments: LevelAssessment[] }>();
  for (const r of rows) {
    const entry = byAccount.get(r.account.id) ?? { account: r.account, assessments: [] };
    entry.assessments.push({
      level: r.level as RelationshipLevel,
      source: 'customer_confirmed',
      evidence: r.evidence,
      assessedAt: r.assessedAt,
    });
    byAccount.set(r.account.id, entry);
  }
  const judged = levelMovesInQuarter({
    accounts: [...byAccount.entries()].map(([accountId, e]) => ({ accountId, assessments: e.assessments })),
    quarter: options.quarter,
  });
  return {
    value: {
      up: judged.value.up,
      down: judged.value.down,
      moves: judged.value.moves
        .slice(0, LIST_LIMIT)
        .map(({ accountId, ...move }) => ({ account: byAccount.get(accountId)!.account, ...move })),
    },
    reasons: judged.reasons,
  };
}

/** Share of the trailing-12-month revenue held by the largest accounts in scope. */
export async function concentrationSection(db: Db, options: { scope: SQL | undefined; limits: ConcentrationLimits; now: Date }) {
  const { leaders, total, accounts } = await revenueLeaders(db, { scope: options.scope, window: trailingYear(options.now) });
  const refs = new Map(leaders.map((l) => [l.account.id, l.account]));
  const judged = revenueConcentration({ revenues: leaders.map((l) => ({ accountId: l.account.id, revenue: l.revenue })), total, accounts, limits: options.limits });
  const { groups, leaders: ranked, ...rest } = judged.value;
  return {
    value: {
      ...rest,
      groups: groups.map(({ accountIds: _, ...g }) => g),
      leaders: ranked.map(({ accountId, ...l }) => ({ account: refs.get(accountId)!, ...l })),
    },
    reasons: judged.reasons,
  };
}

export const paymentTrapSection = (db: Db, scope: SQL | undefined) => paymentTrapAccounts(db, { scope, limit: LIST_LIMIT });

/** Open deals by stage, with the solution deals out of step with their customer's buying stage. */
export async function pipelineSection(db: Db, options: { scope: SQL | undefined; settings: DealSettings; now: Date }) {
  const [tallies, solutionDeals] = await Promise.all([
    openDealTallies(db, options.scope),
    listDeals(db, { scope: options.scope, kind: 'solution', includeLost: false, limit: JUDGED_DEALS }),
  ]);
  const open = solutionDeals.filter((d) => d.outcome === 'open');
  const evidence = await loadDealEvidence(db, open);
  const flags = dealFlags({ deals: open, evidence, settings: options.settings, now: options.now });
  const mismatched = flags.items.flatMap((item) => {
    const flag = item.flags.find((f) => f.kind === 'stage_mismatch');
    const deal = open.find((d) => d.id === item.dealId);
    return flag && deal ? [{ deal, reasons: flag.reasons }] : [];
  });
  const judged = pipelineByStage({
    tallies: tallies.map((t) => ({ ...t, kind: t.kind as DealKind })),
    mismatchedStages: mismatched.map((m) => m.deal.stage),
  });
  return {
    value: {
      ...judged.value,
      mismatched: mismatched.slice(0, LIST_LIMIT).map(({ deal, reasons }) => ({
        accountId: deal.accountId,
        accountName: deal.accountName,
        accountNameZh: deal.accountNameZh,
        dealId: deal.id,
        name: deal.name,
        nameZh: deal.nameZh,
        stage: deal.stage,
        reasons,
      })),
    },
    reasons: judged.reasons,
  };
}
