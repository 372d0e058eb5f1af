import { and, desc, eq, gte, inArray, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../../db/client.ts';
import {
  accountPlans,
  accountScores,
  accounts,
  activities,
  attestations,
  competitors,
  contacts,
  deals,
  escalations,
  financialPeriods,
  levelAssessments,
  serviceUsage,
  sites,
  tagDecisions,
  users,
} from '../../db/schema/index.ts';
import type { RelationshipLevel } from '../../domain/ladder/index.ts';
import type { Tag } from '../../domain/tags/index.ts';
import { type AccountInputs, emptyInputs } from './account-inputs.ts';

/** Which accounts a load covers: a list of ids, or a contiguous id range of the portfolio. */
export type AccountSelection = { ids: readonly string[] } | { from: string; to: string };

export interface InputWindows {
  /** First month (`YYYY-MM-01`) of revenue the rules read; the current, open month is left out. */
  monthsFrom: string;
  monthsTo: string;
  /** Oldest activity the rules read (visit trends, mutual commitment). */
  activitiesSince: Date;
  now: Date;
}

// A whole chunk of the portfolio is read with one query per table: the cost of a
// run grows with the data, never with a round trip per account.
function where(selection: AccountSelection, column: AnyPgColumn): SQL | undefined {
  return 'ids' in selection ? inArray(column, [...selection.ids]) : and(gte(column, selection.from), lte(column, selection.to));
}

const day = (value: string | null) => (value === null ? null : new Date(`${value}T00:00:00Z`));

/**
 * Load every input of the method for the selected accounts (archived ones only
 * when named by id). The range form may cover ids outside the chunk; `keep`
 * says which ids the caller wants.
 */
export async function loadInputs(
  db: Db | Tx,
  options: { selection: AccountSelection; keep?: ReadonlySet<string>; windows: InputWindows },
): Promise<Map<string, AccountInputs>> {
  const { selection, windows } = options;
  const on = (column: AnyPgColumn) => where(selection, column);

  const accountRows = await db
    .select({
      id: accounts.id,
      name: accounts.name,
      province: accounts.province,
      city: accounts.city,
      industry: accounts.industry,
      status: accounts.status,
      walletEstimate: accounts.walletEstimate,
      collectionCycleDays: accounts.collectionCycleDays,
      overdueShare: accounts.overdueShare,
      customerGrowth: accounts.customerGrowth,
      jointOffice: accounts.jointOffice,
      createdAt: accounts.createdAt,
    })
    .from(accounts)
    .where(on(accounts.id));
  const inputs = new Map<string, AccountInputs>();
  for (const row of accountRows) {
    if (options.keep && !options.keep.has(row.id)) continue;
    inputs.set(row.id, emptyInputs(row));
  }
  if (inputs.size === 0) return inputs;
  const into = <R extends { accountId: string }>(rows: R[], add: (target: AccountInputs, row: R) => void) => {
    for (const row of rows) {
      const target = inputs.get(row.accountId);
      if (target) add(target, row);
    }
  };

  const [
    months,
    lines,
    dealRows,
    activityRows,
    attestationRows,
    contactRows,
    levelRows,
    decisionRows,
    scoreRows,
    escalationRows,
    competitorRows,
    siteRows,
    planRows,
  ] = await Promise.all([
    db
      // One row per account ('YYYY-MM-DD=revenue,…') instead of one per month: 24 times
      // fewer rows to decode, the largest read of a run.
      .select({
        accountId: financialPeriods.accountId,
        series: sql<string>`string_agg(${financialPeriods.month}::text || '=' || ${financialPeriods.revenue}::text, ',')`,
      })
      .from(financialPeriods)
      .where(
        and(on(financialPeriods.accountId), gte(financialPeriods.month, windows.monthsFrom), lt(financialPeriods.month, windows.monthsTo)),
      )
      .groupBy(financialPeriods.accountId),
    db
      .selectDistinct({ accountId: serviceUsage.accountId, serviceLine: serviceUsage.serviceLine })
      .from(serviceUsage)
      .where(and(on(serviceUsage.accountId), eq(serviceUsage.carrier, 'us'))),
    db
      .select({
        accountId: deals.accountId,
        id: deals.id,
        kind: deals.kind,
        outcome: deals.outcome,
        stageChangedAt: deals.stageChangedAt,
        updatedAt: deals.updatedAt,
        competitors: deals.competitors,
      })
      .from(deals)
      .where(on(deals.accountId)),
    db
      .select({
        accountId: activities.accountId,
        kind: activities.kind,
        occurredAt: activities.occurredAt,
        executiveLevel: activities.executiveLevel,
        customerInvested: activities.customerInvested,
      })
      .from(activities)
      .where(
        and(
          on(activities.accountId),
          gte(activities.occurredAt, windows.activitiesSince),
          lte(activities.occurredAt, windows.now),
          or(inArray(activities.kind, ['visit', 'meeting']), eq(activities.executiveLevel, true), eq(activities.customerInvested, true)),
        ),
      ),
    db
      .select({
        accountId: attestations.accountId,
        criterion: attestations.criterion,
        effect: attestations.effect,
        note: attestations.note,
        attestedAt: attestations.attestedAt,
        attestedBy: users.name,
      })
      .from(attestations)
      .leftJoin(users, eq(users.id, attestations.attestedBy))
      .where(on(attestations.accountId)),
    db
      .select({
        accountId: contacts.accountId,
        id: contacts.id,
        name: contacts.name,
        department: contacts.department,
        rank: contacts.rank,
        buyingRole: contacts.buyingRole,
        isMainContact: contacts.isMainContact,
        leftAt: contacts.leftAt,
      })
      .from(contacts)
      .where(on(contacts.accountId)),
    db
      .select({
        accountId: levelAssessments.accountId,
        id: levelAssessments.id,
        level: levelAssessments.level,
        source: levelAssessments.source,
        evidence: levelAssessments.evidence,
        assessedAt: levelAssessments.assessedAt,
        assessedBy: levelAssessments.assessedBy,
      })
      .from(levelAssessments)
      .where(and(on(levelAssessments.accountId), lte(levelAssessments.assessedAt, windows.now)))
      // Same-moment assessments keep the order they were recorded in.
      .orderBy(levelAssessments.assessedAt, levelAssessments.createdAt),
    db
      .select({
        accountId: tagDecisions.accountId,
        suggested: tagDecisions.suggested,
        decided: tagDecisions.decided,
        note: tagDecisions.note,
        decidedBy: users.name,
        decidedAt: tagDecisions.decidedAt,
      })
      .from(tagDecisions)
      .leftJoin(users, eq(users.id, tagDecisions.decidedBy))
      .where(and(on(tagDecisions.accountId), lte(tagDecisions.decidedAt, windows.now)))
      .orderBy(tagDecisions.decidedAt),
    db
      .selectDistinctOn([accountScores.accountId], {
        accountId: accountScores.accountId,
        influence: accountScores.influence,
        satisfaction: accountScores.satisfaction,
        cooperation: accountScores.cooperation,
      })
      .from(accountScores)
      .where(and(on(accountScores.accountId), lte(accountScores.scoredAt, windows.now)))
      .orderBy(accountScores.accountId, desc(accountScores.scoredAt)),
    db
      .select({ accountId: escalations.accountId, open: sql<number>`count(*)`.mapWith(Number) })
      .from(escalations)
      .where(and(on(escalations.accountId), eq(escalations.status, 'open')))
      .groupBy(escalations.accountId),
    db
      .select({ accountId: competitors.accountId, name: competitors.name, createdAt: competitors.createdAt })
      .from(competitors)
      .where(on(competitors.accountId)),
    db
      .select({
        accountId: sites.accountId,
        id: sites.id,
        name: sites.name,
        kind: sites.kind,
        province: sites.province,
        city: sites.city,
        lat: sites.lat,
        lng: sites.lng,
      })
      .from(sites)
      .where(on(sites.accountId))
      .orderBy(sites.accountId, sites.id),
    db
      .select({ accountId: accountPlans.accountId, levelMover: accountPlans.levelMover })
      .from(accountPlans)
      .where(on(accountPlans.accountId)),
  ]);

  into(months, (t, r) => {
    for (const pair of r.series.split(',')) {
      const at = pair.indexOf('=');
      t.months.push({ month: pair.slice(0, at), revenue: Number(pair.slice(at + 1)) });
    }
  });
  into(lines, (t, r) => t.serviceLines.push(r.serviceLine));
  into(dealRows, (t, { accountId: _, ...deal }) => t.deals.push(deal));
  into(activityRows, (t, { accountId: _, ...activity }) => t.activities.push(activity));
  into(attestationRows, (t, { accountId: _, ...a }) => t.attestations.push(a));
  into(contactRows, (t, { accountId: _, leftAt, ...c }) => t.contacts.push({ ...c, leftAt: day(leftAt) }));
  into(levelRows, (t, r) =>
    t.levels.push({
      id: r.id,
      level: r.level as RelationshipLevel,
      source: r.source as 'own_estimate' | 'customer_confirmed',
      evidence: r.evidence,
      assessedAt: r.assessedAt,
      assessedBy: r.assessedBy,
    }),
  );
  into(decisionRows, (t, r) =>
    t.tagDecisions.push({
      suggested: r.suggested as Tag,
      decided: r.decided as Tag,
      note: r.note,
      decidedBy: r.decidedBy,
      decidedAt: r.decidedAt,
    }),
  );
  into(scoreRows, (t, r) => {
    t.scores = { influence: r.influence, satisfaction: r.satisfaction, cooperation: r.cooperation };
  });
  into(escalationRows, (t, r) => {
    t.openEscalations = r.open;
  });
  into(competitorRows, (t, r) => t.competitors.push({ name: r.name, createdAt: r.createdAt }));
  into(siteRows, (t, { accountId: _, ...site }) => t.sites.push(site));
  into(planRows, (t, r) => {
    t.levelMover = r.levelMover?.trim() ? r.levelMover : null;
  });
  return inputs;
}
