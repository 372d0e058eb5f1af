import type { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import * as schema from '../../src/db/schema/index.ts';
import { dealActionRow } from '../../src/demo/rows/deal-rows.ts';
import { playbookRecordRow } from '../../src/demo/rows/judgement-rows.ts';
import * as catalog from '../../src/domain/catalog.ts';
import { DEFAULT_SALES_ACTIONS } from '../../src/domain/deals/default-actions.ts';
import { DEFAULT_BUYING_SIGNALS } from '../../src/domain/deals/default-signals.ts';
import { BUYING_STAGES, DEAL_KINDS, LTC_STAGES, SALES_STAGES } from '../../src/domain/deals/stages.ts';
import { ONBOARDING_ISSUE_STATUSES, PROOF_ASSET_KINDS } from '../../src/domain/deals/vocabulary.ts';
import { ASSESSMENT_SOURCES } from '../../src/domain/ladder/assessment.ts';
import { RELATIONSHIP_LEVELS } from '../../src/domain/ladder/level.ts';
import { COMMITMENT_STATUSES } from '../../src/domain/organisation/commitments.ts';
import { ROOT_CAUSES } from '../../src/domain/organisation/escalation.ts';
import { SUPPORT_REQUEST_STATUSES } from '../../src/domain/organisation/support-requests.ts';
import { TOOLKIT_KINDS } from '../../src/domain/organisation/vocabulary.ts';
import { MARKET_STAGES } from '../../src/domain/tags/market-stage.ts';
import { actionCheckView, DEAL_OUTCOMES, DEAL_TEAM_ROLES } from '../../src/server/routes/deals.schema.ts';
import { ATTESTATION_CRITERIA } from '../../src/server/routes/judgement-records.schema.ts';
import { PLAYBOOK_STATUSES, playbookPayloads, readPayload } from '../../src/server/routes/playbook-payloads.schema.ts';
import { PROGRAM_GOAL_METRICS } from '../../src/server/routes/scorecard.schema.ts';
import departmentsEn from '../../src/web/i18n/power-map-ui.en.json';
import departmentsZh from '../../src/web/i18n/power-map-ui.zh-CN.json';
import { type LoadedDemo, loadedDemo } from './loaded-demo.ts';

// Every record the demo writes is one the product could have written: payloads fit
// their kind's schema (nothing shows as "records that do not fit") and every id is
// one the method knows, so no screen shows a raw key.

let demo: LoadedDemo;
beforeAll(async () => {
  demo = await loadedDemo();
});
afterAll(async () => {
  await demo?.database.close();
});

const rows = <T extends PgTable>(table: T) => demo.database.db.select().from(table as PgTable) as Promise<T['$inferSelect'][]>;

/** Values of `column` in `items` that `known` does not hold, with the record's id so a failure names it. */
function unknown<T>(items: readonly T[], known: readonly unknown[], value: (item: T) => unknown): unknown[] {
  return items.flatMap((item) => {
    const v = value(item);
    return (Array.isArray(v) ? v : [v]).filter((x) => !known.includes(x));
  });
}

describe('the demo’s playbook records', () => {
  it('fit their kind’s schema exactly, with known statuses and real people and accounts', async () => {
    const records = await rows(schema.playbookRecords);
    const userIds = new Set((await rows(schema.users)).map((u) => u.id));
    const accountIds = new Set((await rows(schema.accounts)).map((a) => a.id));
    expect(new Set(records.map((r) => r.kind))).toEqual(new Set(Object.keys(playbookPayloads)));
    for (const r of records) {
      const shape = (playbookPayloads as Record<string, z.ZodObject>)[r.kind]?.shape ?? {};
      const payload = r.payload as Record<string, unknown>;
      expect(readPayload(r.kind, payload), `${r.kind} ${JSON.stringify(payload)}`).not.toBeNull();
      // zod drops unknown keys on reading: a key the schema lacks is information lost on screen.
      expect(
        Object.keys(payload).filter((k) => !(k in shape)),
        r.kind,
      ).toEqual([]);
      if (r.status !== null) expect(PLAYBOOK_STATUSES, r.kind).toContain(r.status);
      for (const person of [payload.ownerId, payload.personId, payload.newRepId].filter(Boolean)) expect(userIds).toContain(person);
      if (payload.benchmarkAccountId) expect(accountIds).toContain(payload.benchmarkAccountId);
    }
  });

  it('are what the factories make by default, too', () => {
    const { payload, kind } = playbookRecordRow({ accountId: 'a' });
    expect(readPayload(kind ?? '', payload)).not.toBeNull();
  });
});

describe('the demo’s vocabulary', () => {
  it('uses only the product’s ids on accounts, sites, services, teams and activities', async () => {
    const accounts = await rows(schema.accounts);
    expect(unknown(accounts, catalog.industries, (a) => a.industry)).toEqual([]);
    expect(unknown(accounts, catalog.accountStatuses, (a) => a.status)).toEqual([]);
    expect(unknown(await rows(schema.sites), catalog.siteKinds, (s) => s.kind)).toEqual([]);
    const usage = await rows(schema.serviceUsage);
    expect(unknown(usage, catalog.serviceLines, (u) => u.serviceLine)).toEqual([]);
    expect(unknown(usage, ['us', 'competitor', 'nobody'], (u) => u.carrier)).toEqual([]);
    expect(unknown(await rows(schema.competitors), catalog.serviceLines, (c) => c.serviceLines)).toEqual([]);
    expect(unknown(await rows(schema.accountTeamMembers), catalog.teamRoles, (m) => m.role)).toEqual([]);
    expect(unknown(await rows(schema.activities), catalog.activityKinds, (a) => a.kind)).toEqual([]);
    expect(unknown(await rows(schema.users), catalog.userRoles, (u) => u.role)).toEqual([]);
    expect(unknown(await rows(schema.departments), catalog.departmentKinds, (d) => d.kind)).toEqual([]);
    expect(unknown(await rows(schema.regions), MARKET_STAGES, (r) => r.marketStage)).toEqual([]);
  });

  it('names every customer department in both languages, and uses the power map’s roles, attitudes and lines', async () => {
    const named = (texts: { powerMapUi: { departments: Record<string, string> } }) => Object.keys(texts.powerMapUi.departments);
    const contacts = await rows(schema.contacts);
    const lines = await rows(schema.departmentRelations);
    const departments = [...contacts.map((c) => c.department), ...lines.flatMap((l) => [l.fromDepartment, l.toDepartment])];
    expect(unknown(departments, named(departmentsEn), (d) => d)).toEqual([]);
    expect(unknown(departments, named(departmentsZh), (d) => d)).toEqual([]);
    expect(unknown(contacts, catalog.buyingRoles, (c) => c.buyingRole)).toEqual([]);
    expect(unknown(contacts, catalog.attitudes, (c) => c.attitude)).toEqual([]);
    expect(unknown(contacts, [1, 2, 3, 4, 5], (c) => [c.influence, c.relationshipStrength])).toEqual([]);
    expect(unknown(await rows(schema.contactRelations), catalog.relationKinds, (r) => r.kind)).toEqual([]);
    expect(unknown(lines, catalog.relationKinds, (r) => r.kind)).toEqual([]);
  });

  it('uses only the deal catalogue’s kinds, stages, outcomes, roles, signals, actions and proof', async () => {
    const deals = await rows(schema.deals);
    expect(unknown(deals, DEAL_KINDS, (d) => d.kind)).toEqual([]);
    expect(unknown(deals, DEAL_OUTCOMES, (d) => d.outcome)).toEqual([]);
    expect(unknown(deals, catalog.serviceLines, (d) => d.serviceLines)).toEqual([]);
    for (const d of deals) expect(d.kind === 'solution' ? SALES_STAGES : LTC_STAGES, d.name).toContain(d.stage);
    for (const d of deals.filter((x) => x.outcome === 'lost')) expect(d.outcomeReason, d.name).toMatch(/\S+ \/ \p{Script=Han}/u);
    expect(unknown(await rows(schema.dealTeamMembers), DEAL_TEAM_ROLES, (m) => m.role)).toEqual([]);
    const signalIds = DEFAULT_BUYING_SIGNALS.map((s) => s.id);
    expect(unknown(await rows(schema.dealSignals), signalIds, (s) => s.signal)).toEqual([]);
    const actions = await rows(schema.dealActions);
    expect(
      unknown(
        actions,
        DEFAULT_SALES_ACTIONS.map((a) => a.id),
        (a) => a.action,
      ),
    ).toEqual([]);
    for (const a of actions) {
      // Stored as the deal routes store it: the full check and the settings version it was judged under.
      expect(actionCheckView.safeParse(a.check).success, a.action).toBe(true);
      expect((a.check as { settingsVersion?: number }).settingsVersion, a.action).toBeOneOf([1, 2]);
    }
    const proofs = await rows(schema.proofAssets);
    expect(unknown(proofs, PROOF_ASSET_KINDS, (p) => p.kind)).toEqual([]);
    expect(unknown(proofs, catalog.industries, (p) => p.industries)).toEqual([]);
    expect(unknown(await rows(schema.onboardingIssues), ONBOARDING_ISSUE_STATUSES, (i) => i.status)).toEqual([]);
  });

  it('uses only known words in judgements and in the organisation’s records', async () => {
    const decisions = await rows(schema.tagDecisions);
    expect(unknown(decisions, catalog.tags, (d) => [d.suggested, d.decided])).toEqual([]);
    const levels = await rows(schema.levelAssessments);
    expect(unknown(levels, ASSESSMENT_SOURCES, (l) => l.source)).toEqual([]);
    expect(unknown(levels, RELATIONSHIP_LEVELS, (l) => l.level)).toEqual([]);
    const scores = await rows(schema.accountScores);
    expect(unknown(scores, [1, 2, 3, 4, 5], (s) => [s.influence, s.satisfaction, s.cooperation])).toEqual([]);
    const attestations = await rows(schema.attestations);
    expect(unknown(attestations, ATTESTATION_CRITERIA, (a) => a.criterion)).toEqual([]);
    expect(unknown(attestations, ['for', 'against'], (a) => a.effect)).toEqual([]);
    expect(unknown(await rows(schema.commitments), COMMITMENT_STATUSES, (c) => c.status)).toEqual([]);
    const escalations = await rows(schema.escalations);
    expect(unknown(escalations, ROOT_CAUSES, (e) => e.rootCause)).toEqual([]);
    expect(unknown(escalations, ['open', 'resolved'], (e) => e.status)).toEqual([]);
    expect(unknown(await rows(schema.supportRequests), SUPPORT_REQUEST_STATUSES, (r) => r.status)).toEqual([]);
    const tools = await rows(schema.toolkitAssets);
    expect(unknown(tools, TOOLKIT_KINDS, (t) => t.kind)).toEqual([]);
    expect(unknown(tools, catalog.industries, (t) => t.industries)).toEqual([]);
    expect(unknown(tools, BUYING_STAGES, (t) => t.stages)).toEqual([]);
    expect(unknown(await rows(schema.programGoals), PROGRAM_GOAL_METRICS, (g) => g.metric)).toEqual([]);
  });

  it('logs a known sales action, checked in the routes’ shape, when a factory is asked for any action', () => {
    const { action, check } = dealActionRow({ accountId: 'a', dealId: 'd' });
    expect(DEFAULT_SALES_ACTIONS.map((a) => a.id)).toContain(action);
    expect(actionCheckView.parse(check)).toMatchObject({ value: 'ok', buyingStage: null });
  });
});
