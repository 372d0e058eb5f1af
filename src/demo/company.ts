import type { Db, Tx } from '../db/client.ts';
import * as schema from '../db/schema/index.ts';
import { AppError } from '../server/errors.ts';
import { loadOrdinaryAccounts } from './company/ordinary-accounts.ts';
import { hashDemoPassword, loadPeople } from './company/people.ts';
import { loadPoolReviews } from './company/pool-reviews.ts';
import { loadPortfolio } from './company/portfolio.ts';
import { loadProgramme } from './company/programme.ts';
import { loadProofLibrary } from './company/proof-library.ts';
import { loadDemoSettings } from './company/settings.ts';
import { benchmarkStory } from './company/stories/benchmark-seastar.ts';
import { bohaiStory } from './company/stories/bohai.ts';
import { customerContactStory } from './company/stories/customer-contact.ts';
import { dangerousStory } from './company/stories/dangerous-brightway.ts';
import { lakesideStory } from './company/stories/dangerous-lakeside.ts';
import { evergreenStory } from './company/stories/evergreen.ts';
import { huakangStory } from './company/stories/huakang.ts';
import { lostDealStories } from './company/stories/lost-deals.ts';
import { nailStory } from './company/stories/nail-midland.ts';
import { orientalStory } from './company/stories/oriental.ts';
import { paymentTrapStories } from './company/stories/payment-traps.ts';
import { pearlRiverStory } from './company/stories/pearl-river.ts';
import { reachStories } from './company/stories/reach.ts';
import { replicationStory } from './company/stories/replication.ts';
import { autoPartsStory } from './company/stories/seed-001-auto-parts.ts';
import { apparelStory } from './company/stories/seed-002-apparel.ts';
import type { StoryContext } from './company/story-kit.ts';
import { createRandom } from './random.ts';

export { DEMO_PASSWORD, demoLogins } from './company/logins.ts';

/** Every table the demo fills, by the name the summary reports. */
const TABLES = {
  regions: schema.regions,
  departments: schema.departments,
  users: schema.users,
  settingsVersions: schema.settingsVersions,
  accounts: schema.accounts,
  accountTeamMembers: schema.accountTeamMembers,
  sites: schema.sites,
  financialPeriods: schema.financialPeriods,
  serviceUsage: schema.serviceUsage,
  competitors: schema.competitors,
  auditEvents: schema.auditEvents,
  attestations: schema.attestations,
  activities: schema.activities,
  activityParticipants: schema.activityParticipants,
  contacts: schema.contacts,
  contactRelations: schema.contactRelations,
  departmentRelations: schema.departmentRelations,
  deals: schema.deals,
  dealTeamMembers: schema.dealTeamMembers,
  dealSignals: schema.dealSignals,
  dealActions: schema.dealActions,
  proofAssets: schema.proofAssets,
  dealProofs: schema.dealProofs,
  onboardingIssues: schema.onboardingIssues,
  tagDecisions: schema.tagDecisions,
  levelAssessments: schema.levelAssessments,
  accountScores: schema.accountScores,
  playbookRecords: schema.playbookRecords,
  benchmarkTargets: schema.benchmarkTargets,
  executivePairings: schema.executivePairings,
  commitments: schema.commitments,
  escalations: schema.escalations,
  supportRequests: schema.supportRequests,
  accountPlans: schema.accountPlans,
  planActions: schema.planActions,
  revenueSplits: schema.revenueSplits,
  toolkitAssets: schema.toolkitAssets,
  programGoals: schema.programGoals,
  poolReviews: schema.poolReviews,
  accountEvaluations: schema.accountEvaluations,
} as const;

export type DemoTable = keyof typeof TABLES;
/** Rows per table after the demo loaded. */
export type DemoSummary = Record<DemoTable, number>;

/** Accounts whose records are written by hand in a story; the rest are filled in by the seeded generator. */
const STORY_ACCOUNTS = new Set([
  'silkroad',
  'seastar',
  'oriental',
  'evergreen',
  'qilu',
  'brightway',
  'lakeside',
  'pearlriver',
  'midland',
  'huakang',
  'bohai',
  'jianghan',
  'zhongyuan',
  'tianshan',
  'tianfu',
  'westlake',
]);

/** True when nobody has been set up yet: the server loads the demo only then. */
export async function isDatabaseEmpty(db: Db | Tx): Promise<boolean> {
  return (await db.$count(schema.users)) === 0;
}

async function summarise(tx: Tx): Promise<DemoSummary> {
  const summary = {} as DemoSummary;
  for (const [name, table] of Object.entries(TABLES) as [DemoTable, (typeof TABLES)[DemoTable]][]) {
    summary[name] = await tx.$count(table);
  }
  return summary;
}

/**
 * Load the bilingual demo company, Abreast Logistics / 并肩物流, in one transaction.
 * Deterministic for a given `now`, and every date is relative to it, so the demo
 * always looks alive. Refused (conflict.duplicate) unless the database is empty:
 * the demo never mixes with real data, and loading it twice changes nothing.
 */
export async function loadDemoCompany({ db, now }: { db: Db; now: Date }): Promise<DemoSummary> {
  const passwordHash = await hashDemoPassword();
  return db.transaction(async (tx) => {
    if (!(await isDatabaseEmpty(tx))) {
      throw new AppError('conflict.duplicate', 'The database already holds users; the demo company loads only into an empty database.');
    }
    const random = createRandom('abreast-demo');
    const people = await loadPeople(tx, passwordHash);
    await loadDemoSettings(tx, { people, now });
    const accounts = await loadPortfolio(tx, { people, now, random });
    const proofs = await loadProofLibrary(tx, { people, accounts });
    const ctx: StoryContext = { tx, now, random, people, accounts, proofs };

    await apparelStory(ctx);
    await autoPartsStory(ctx);
    await benchmarkStory(ctx);
    await orientalStory(ctx);
    await evergreenStory(ctx);
    await huakangStory(ctx);
    await dangerousStory(ctx);
    await lakesideStory(ctx);
    await pearlRiverStory(ctx);
    await nailStory(ctx);
    await bohaiStory(ctx);
    await paymentTrapStories(ctx);
    await reachStories(ctx);
    await customerContactStory(ctx);
    await lostDealStories(ctx);
    await replicationStory(ctx);
    await loadOrdinaryAccounts(ctx, STORY_ACCOUNTS);
    await loadProgramme(ctx);
    await loadPoolReviews(ctx);
    return summarise(tx);
  });
}
