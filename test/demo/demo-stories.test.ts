import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '../../src/db/schema/index.ts';
import { DEFAULT_SALES_ACTIONS } from '../../src/domain/deals/default-actions.ts';
import { DEFAULT_BUYING_SIGNALS } from '../../src/domain/deals/default-signals.ts';
import { LTC_STAGES, SALES_STAGES } from '../../src/domain/deals/stages.ts';
import { daysBefore, type LoadedDemo, loadedDemo } from './loaded-demo.ts';

let demo: LoadedDemo;
type Tables = typeof schema;
let rows: {
  accounts: Tables['accounts']['$inferSelect'][];
  users: Tables['users']['$inferSelect'][];
  contacts: Tables['contacts']['$inferSelect'][];
  relations: Tables['contactRelations']['$inferSelect'][];
  departmentRelations: Tables['departmentRelations']['$inferSelect'][];
  activities: Tables['activities']['$inferSelect'][];
  participants: Tables['activityParticipants']['$inferSelect'][];
  deals: Tables['deals']['$inferSelect'][];
  dealTeam: Tables['dealTeamMembers']['$inferSelect'][];
  signals: Tables['dealSignals']['$inferSelect'][];
  actions: Tables['dealActions']['$inferSelect'][];
};

beforeAll(async () => {
  demo = await loadedDemo();
  const { db } = demo.database;
  rows = {
    accounts: await db.select().from(schema.accounts),
    users: await db.select().from(schema.users),
    contacts: await db.select().from(schema.contacts),
    relations: await db.select().from(schema.contactRelations),
    departmentRelations: await db.select().from(schema.departmentRelations),
    activities: await db.select().from(schema.activities),
    participants: await db.select().from(schema.activityParticipants),
    deals: await db.select().from(schema.deals),
    dealTeam: await db.select().from(schema.dealTeamMembers),
    signals: await db.select().from(schema.dealSignals),
    actions: await db.select().from(schema.dealActions),
  };
});
afterAll(async () => {
  await demo?.database.close();
});

const account = (name: string) => {
  const found = rows.accounts.find((a) => a.name === name);
  if (!found) throw new Error(`no account ${name}`);
  return found;
};
const contactsOf = (name: string) => rows.contacts.filter((c) => c.accountId === account(name).id);
const user = (email: string) => rows.users.find((u) => u.email === email);
const executiveIds = () => new Set(rows.users.filter((u) => u.role === 'executive').map((u) => u.id));

describe('seed 001: the auto-parts incumbent founded by a retired group vice-president', () => {
  it('names the incumbent, the procurement VP who told us, the administration head who introduced us and the 2–3 supplier rule', async () => {
    const jianghan = account('Wuhan Jianghan Auto Parts Group');
    const competitors = await demo.database.db.select().from(schema.competitors).where(eq(schema.competitors.accountId, jianghan.id));
    const incumbent = competitors.find((c) => c.notes?.includes('retired vice-president'));
    expect(incumbent?.share).toBeGreaterThan(0.5);
    const people = contactsOf('Wuhan Jianghan Auto Parts Group');
    const vp = people.find((c) => c.title === 'Vice President, Procurement');
    const admin = people.find((c) => c.department === 'administration');
    const chief = people.find((c) => c.title === 'Chief Procurement Officer');
    expect(vp?.notes).toMatch(/retired group VP/);
    expect(admin?.buyingRole).toBe('coach');
    expect(chief?.buyingRole).toBe('decision_maker');
    expect(chief?.notes).toMatch(/two or three suppliers/);
    expect(rows.relations.some((r) => r.fromContactId === admin?.id && r.toContactId === chief?.id && r.kind === 'influences')).toBe(true);
    const introduction = rows.activities.find(
      (a) => a.accountId === jianghan.id && a.subject.startsWith('Introduced to the procurement chief'),
    );
    const theirs = rows.participants.filter((p) => p.activityId === introduction?.id && p.side === 'theirs').map((p) => p.contactId);
    expect(theirs.sort()).toEqual([admin?.id, chief?.id].sort());
  });
});

describe('seed 002: apparel company A, won with proof and now in delivery', () => {
  it('walks the buying stages from problem to execution, with the proof and an overdue onboarding issue', async () => {
    const silkroad = account('Hangzhou Silkroad Apparel Group');
    const online = rows.deals.find((d) => d.accountId === silkroad.id && d.kind === 'solution');
    expect(online).toMatchObject({ stage: 'solution_delivery', outcome: 'won' });
    const seen = rows.signals.filter((s) => s.dealId === online?.id).map((s) => s.signal);
    for (const signal of [
      'new_business_initiative',
      'set_selection_criteria',
      'set_shortlist_size',
      'requested_solutions',
      'asked_insurance',
      'asked_peak_capacity',
      'asked_references',
      'requested_site_visit',
      'contract_signed',
      'onboarding_started',
    ]) {
      expect(seen, signal).toContain(signal);
    }
    const { db } = demo.database;
    const proofs = await db
      .select({ kind: schema.proofAssets.kind })
      .from(schema.dealProofs)
      .innerJoin(schema.proofAssets, eq(schema.proofAssets.id, schema.dealProofs.proofAssetId))
      .where(eq(schema.dealProofs.dealId, online?.id ?? ''));
    expect(new Set(proofs.map((p) => p.kind))).toEqual(
      new Set(['warehouse_grading', 'insurance', 'peak_report', 'reference', 'benchmark_case']),
    );
    expect(rows.actions.filter((a) => a.dealId === online?.id).map((a) => a.action)).not.toContain('price_concession');
    const issues = await db
      .select()
      .from(schema.onboardingIssues)
      .where(eq(schema.onboardingIssues.dealId, online?.id ?? ''));
    const today = demo.now.toISOString().slice(0, 10);
    expect(issues.filter((i) => i.status === 'open' && i.dueOn < today)).toHaveLength(1);
    expect(issues.filter((i) => i.status === 'done')).toHaveLength(1);
    expect(contactsOf('Hangzhou Silkroad Apparel Group').some((c) => c.attitude === 'opponent')).toBe(true);
    expect(rows.departmentRelations.some((r) => r.accountId === silkroad.id && r.kind === 'rival')).toBe(true);
  });
});

describe('power maps', () => {
  const notable = [
    'Hangzhou Silkroad Apparel Group',
    'Ningbo Seastar Apparel Co.',
    'Shanghai Oriental Cloud Commerce',
    'Suzhou Evergreen Electronics Manufacturing',
    'Shenzhen Brightway Electronics',
    'Guangzhou Pearl River Home Appliances',
    'Foshan Midland Home Appliances',
    'Beijing Huakang Pharmaceutical Group',
    'Tianjin Bohai FMCG Distribution',
    'Wuhan Jianghan Auto Parts Group',
    'Jinan Qilu Home Appliances',
  ];

  it('gives each notable account 4 to 12 people across departments, with a main contact', () => {
    for (const name of notable) {
      const people = contactsOf(name);
      expect(people.length, name).toBeGreaterThanOrEqual(4);
      expect(people.length, name).toBeLessThanOrEqual(12);
      expect(new Set(people.map((c) => c.department)).size, name).toBeGreaterThanOrEqual(3);
      expect(
        people.filter((c) => c.isMainContact),
        name,
      ).toHaveLength(1);
      expect(
        people.every((c) => c.titleZh && c.nameZh),
        name,
      ).toBe(true);
    }
    for (const a of rows.accounts) expect(contactsOf(a.name).length, a.name).toBeGreaterThanOrEqual(1);
  });

  it('shows coaches, figureheads, hidden power, opponents, a departure and the lines between people and departments', () => {
    const c = rows.contacts;
    expect(c.filter((x) => x.buyingRole === 'coach').length).toBeGreaterThanOrEqual(5);
    expect(c.some((x) => x.rank === 1 && x.influence <= 2)).toBe(true);
    expect(c.some((x) => x.rank >= 4 && x.influence >= 4)).toBe(true);
    expect(c.some((x) => x.attitude === 'opponent' && x.influence >= 4)).toBe(true);
    const left = c.filter((x) => x.leftAt !== null);
    expect(left.map((x) => x.name)).toEqual(['Luo Bin']);
    expect(new Set(rows.relations.map((r) => r.kind))).toEqual(new Set(['reports_to', 'ally', 'rival', 'influences']));
    expect(rows.departmentRelations.filter((r) => r.kind === 'rival').length).toBeGreaterThanOrEqual(4);
    for (const r of rows.relations) {
      const from = c.find((x) => x.id === r.fromContactId);
      const to = c.find((x) => x.id === r.toContactId);
      expect(from?.accountId).toBe(r.accountId);
      expect(to?.accountId).toBe(r.accountId);
    }
  });
});

describe('activities', () => {
  const yearAgo = () => daysBefore(demo.now, 365).getTime();

  it('has every kind of activity in the last twelve months, with people on both sides', () => {
    const recent = rows.activities.filter((a) => a.occurredAt.getTime() >= yearAgo());
    expect(new Set(recent.map((a) => a.kind))).toEqual(new Set(['visit', 'call', 'meeting', 'email']));
    const withBoth = recent.filter((a) => {
      const sides = new Set(rows.participants.filter((p) => p.activityId === a.id).map((p) => p.side));
      return sides.has('ours') && sides.has('theirs');
    });
    expect(withBoth.length / recent.length).toBeGreaterThan(0.9);
  });

  it('has executive-to-executive meetings, a customer investing in a joint project, and an executive visit with no plan', () => {
    const execs = executiveIds();
    const ourExecs = (activityId: string) =>
      rows.participants.some((p) => p.activityId === activityId && p.side === 'ours' && execs.has(p.userId ?? ''));
    const execMeetings = rows.activities.filter((a) => a.executiveLevel && ourExecs(a.id));
    expect(execMeetings.length).toBeGreaterThanOrEqual(4);
    expect(rows.activities.filter((a) => a.customerInvested && a.occurredAt.getTime() >= yearAgo()).length).toBeGreaterThanOrEqual(2);
    const unplanned = rows.activities.filter((a) => ourExecs(a.id) && a.kind === 'visit' && !a.objective && !a.agenda && !a.teamNotifiedAt);
    expect(unplanned).toHaveLength(1);
    expect(unplanned[0]?.accountId).toBe(account('Suzhou Evergreen Electronics Manufacturing').id);
    // Planned executive visits told the team at least two days before.
    for (const a of execMeetings)
      expect(a.occurredAt.getTime() - (a.teamNotifiedAt?.getTime() ?? 0), a.subject).toBeGreaterThanOrEqual(2 * 86_400_000);
  });

  it('has an active account with at most one visit in a year', () => {
    const tianfu = account('Chengdu Tianfu Pharmaceutical');
    expect(tianfu.status).toBe('active');
    const visits = rows.activities.filter((a) => a.accountId === tianfu.id && a.occurredAt.getTime() >= yearAgo());
    expect(visits).toHaveLength(1);
  });
});

describe('deals', () => {
  it('has standard deals in every LTC stage and solution deals in every sales stage', () => {
    const standard = new Set(rows.deals.filter((d) => d.kind === 'standard').map((d) => d.stage));
    const solution = new Set(rows.deals.filter((d) => d.kind === 'solution').map((d) => d.stage));
    for (const stage of LTC_STAGES) expect(standard, stage).toContain(stage);
    for (const stage of SALES_STAGES) expect(solution, stage).toContain(stage);
    expect(rows.deals.some((d) => d.outcome === 'won')).toBe(true);
    expect(rows.deals.some((d) => d.outcome === 'lost' && d.outcomeReason)).toBe(true);
  });

  it('uses only the catalogue’s signal and action ids', () => {
    const signals = new Set(DEFAULT_BUYING_SIGNALS.map((s) => s.id));
    const actions = new Set(DEFAULT_SALES_ACTIONS.map((a) => a.id));
    for (const s of rows.signals) expect(signals, s.signal).toContain(s.signal);
    for (const a of rows.actions) expect(actions, a.action).toContain(a.action);
  });

  it('has a solution deal at solution design without anyone from delivery, and others with delivery', () => {
    const atDesign = rows.deals.filter((d) => d.kind === 'solution' && d.stage === 'solution_design');
    const roles = (dealId: string) => rows.dealTeam.filter((m) => m.dealId === dealId).map((m) => m.role);
    const without = atDesign.filter((d) => !roles(d.id).includes('delivery'));
    expect(without.map((d) => d.accountId)).toEqual([account('Beijing Huakang Pharmaceutical Group').id]);
    expect(atDesign.length - without.length).toBeGreaterThanOrEqual(1);
  });

  it('logs a price concession during risk evaluation, kept with the warning it earned', () => {
    const concession = rows.actions.find(
      (a) => a.action === 'price_concession' && (a.check as { buyingStage?: string }).buyingStage === 'risk_evaluation',
    );
    const check = concession?.check as { value?: string; buyingStage?: string; proofKinds?: string[] };
    expect(check.value).toBe('warning');
    expect(check.buyingStage).toBe('risk_evaluation');
    expect(check.proofKinds?.length).toBeGreaterThan(0);
    const riskSignals = rows.signals.filter(
      (s) =>
        s.dealId === concession?.dealId &&
        ['asked_insurance', 'asked_peak_capacity'].includes(s.signal) &&
        s.observedAt < (concession?.occurredAt ?? new Date(0)),
    );
    expect(riskSignals.length).toBeGreaterThanOrEqual(1);
  });

  it('has a deal whose sales stage runs ahead of what the customer shows', () => {
    const bohai = rows.deals.find((d) => d.accountId === account('Tianjin Bohai FMCG Distribution').id && d.kind === 'solution');
    expect(bohai?.stage).toBe('solution_design');
    expect(rows.signals.filter((s) => s.dealId === bohai?.id).map((s) => s.signal)).toEqual(['complained_about_current_provider']);
  });

  it('keeps a nail stuck at one stage for more than 180 days', () => {
    const midland = rows.deals.find((d) => d.accountId === account('Foshan Midland Home Appliances').id);
    expect(midland?.stage).toBe('opportunity');
    expect(midland?.stageChangedAt.getTime()).toBeLessThan(daysBefore(demo.now, 180).getTime());
  });
});

describe('judgement inputs', () => {
  it('has attestations for and against, including executives who declined to meet ours', async () => {
    const att = await demo.database.db.select().from(schema.attestations);
    const against = att.filter((a) => a.effect === 'against');
    expect(against).toHaveLength(1);
    expect(against[0]).toMatchObject({ criterion: 'mutual_commitment', accountId: account('Tianjin Bohai FMCG Distribution').id });
    expect(against[0]?.note).toMatch(/declined to meet ours/);
    expect(new Set(att.filter((a) => a.effect === 'for').map((a) => a.criterion))).toEqual(
      new Set(['solution_need', 'strategic_fit', 'mutual_commitment']),
    );
  });

  it('scores benchmark candidates high on all three, and a high-volume account low on satisfaction', async () => {
    const scores = await demo.database.db.select().from(schema.accountScores);
    const of = (name: string) => scores.filter((s) => s.accountId === account(name).id);
    expect(of('Ningbo Seastar Apparel Co.')[0]).toMatchObject({ influence: 5, satisfaction: 5, cooperation: 5 });
    expect(of('Tianjin Bohai FMCG Distribution')[0]?.satisfaction).toBeLessThanOrEqual(2);
    expect(of('Tianjin Bohai FMCG Distribution')[0]?.influence).toBeGreaterThanOrEqual(4);
  });

  it('keeps the ladder history: moves up, a drop, and an own estimate above the customer’s word', async () => {
    const levels = await demo.database.db.select().from(schema.levelAssessments);
    const history = (name: string, source?: string) =>
      levels
        .filter((l) => l.accountId === account(name).id && (!source || l.source === source))
        .sort((a, b) => a.assessedAt.getTime() - b.assessedAt.getTime())
        .map((l) => l.level);
    expect(history('Ningbo Seastar Apparel Co.', 'customer_confirmed')).toEqual([3, 2, 1]);
    expect(history('Shanghai Oriental Cloud Commerce', 'customer_confirmed')).toEqual([4, 3, 2]);
    expect(history('Shenzhen Brightway Electronics', 'customer_confirmed')).toEqual([3, 4]);
    const confirmed = history('Suzhou Evergreen Electronics Manufacturing', 'customer_confirmed');
    const own = history('Suzhou Evergreen Electronics Manufacturing', 'own_estimate');
    expect(own[own.length - 1]).toBeLessThan(confirmed[confirmed.length - 1] ?? 0);
  });

  it('has a confirmed tag and overrides with notes', async () => {
    const decisions = await demo.database.db.select().from(schema.tagDecisions);
    expect(decisions.filter((d) => d.suggested === d.decided && d.decided === 'benchmark')).toHaveLength(1);
    const overrides = decisions.filter((d) => d.suggested !== d.decided);
    expect(overrides.map((d) => d.decided).sort()).toEqual(['dangerous', 'none']);
    for (const d of decisions) expect(d.note).toBeTruthy();
  });

  it('has playbook records: a benchmark profile with case assets, a nail assessment, a defence plan', async () => {
    const records = await demo.database.db.select().from(schema.playbookRecords);
    const of = (kind: string) => records.filter((r) => r.kind === kind).map((r) => r.payload as Record<string, unknown>);
    expect(of('benchmark_profile')[0]?.level).toBe('national');
    expect(of('case_asset').length).toBeGreaterThanOrEqual(3);
    for (const c of of('case_asset')) expect(String(c.url)).toMatch(/^https:\/\//);
    expect(of('nail_assessment')[0]).toMatchObject({ causes: ['internal_legacy'], costCny: 8_000_000 });
    const plan = of('defence_plan')[0] ?? {};
    for (const part of ['relationship', 'commercial', 'risk'])
      expect((plan[part] as unknown[] | undefined)?.length, part).toBeGreaterThan(0);
  });

  it('gives every rep this year’s benchmark target with candidates from their own accounts', async () => {
    const targets = await demo.database.db.select().from(schema.benchmarkTargets);
    const reps = rows.users.filter((u) => u.role === 'rep');
    expect(targets).toHaveLength(reps.length);
    for (const t of targets) {
      expect(t.year).toBe(demo.now.getUTCFullYear());
      expect(t.target).toBe(2);
      expect(t.candidateAccountIds.length).toBeGreaterThan(0);
      for (const id of t.candidateAccountIds) expect(rows.accounts.find((a) => a.id === id)?.ownerId).toBe(t.userId);
    }
  });
});

describe('organisation', () => {
  it('pairs strategic accounts with executives, one of them left without an executive touchpoint for over 90 days', async () => {
    const pairings = await demo.database.db.select().from(schema.executivePairings);
    expect(pairings.length).toBeGreaterThanOrEqual(5);
    const lastTouch = (accountId: string, executiveId: string) =>
      Math.max(
        0,
        ...rows.activities
          .filter((a) => a.accountId === accountId && rows.participants.some((p) => p.activityId === a.id && p.userId === executiveId))
          .map((a) => a.occurredAt.getTime()),
      );
    const neglected = pairings.filter((p) => lastTouch(p.accountId, p.executiveId) < daysBefore(demo.now, 90).getTime());
    expect(neglected.map((p) => p.accountId)).toEqual([account('Guangzhou Pearl River Home Appliances').id]);
  });

  it('gives most paired accounts a full cross-functional team, and one none at all', async () => {
    const team = await demo.database.db.select().from(schema.accountTeamMembers);
    const pairings = await demo.database.db.select().from(schema.executivePairings);
    const full = ['sales_lead', 'solution', 'delivery', 'finance', 'executive_sponsor'];
    const roles = (accountId: string) => new Set(team.filter((m) => m.accountId === accountId).map((m) => m.role));
    const complete = pairings.filter((p) => full.every((r) => roles(p.accountId).has(r)));
    const empty = pairings.filter((p) => roles(p.accountId).size === 0);
    expect(complete.length).toBeGreaterThanOrEqual(4);
    expect(empty.map((p) => p.accountId)).toEqual([account('Guangzhou Pearl River Home Appliances').id]);
    expect(team.some((m) => m.coLocated)).toBe(true);
  });

  it('tracks commitments kept, open, broken and overdue', async () => {
    const commitments = await demo.database.db.select().from(schema.commitments);
    const today = demo.now.toISOString().slice(0, 10);
    expect(new Set(commitments.map((c) => c.status))).toEqual(new Set(['open', 'kept', 'broken']));
    const overdue = commitments.filter((c) => c.status === 'open' && c.dueOn < today);
    expect(overdue.map((c) => c.promisedBy).sort()).toEqual([user('coo@abreast.demo')?.id, user('rep.east1@abreast.demo')?.id].sort());
  });

  it('routes an internal-collaboration escalation to operations', async () => {
    const { db } = demo.database;
    const escalations = await db.select().from(schema.escalations);
    const [operations] = await db.select().from(schema.departments).where(eq(schema.departments.kind, 'operations'));
    const internal = escalations.filter((e) => e.rootCause === 'internal_collaboration');
    expect(internal).toHaveLength(1);
    expect(internal[0]?.routedDepartmentIds).toContain(operations?.id);
    for (const e of escalations) expect(e.rootCause).toBeTruthy();
  });

  it('has support requests open, accepted, answered and closed, and one past its due time', async () => {
    const requests = await demo.database.db.select().from(schema.supportRequests);
    expect(new Set(requests.map((r) => r.status))).toEqual(new Set(['open', 'accepted', 'answered', 'closed']));
    const breached = requests.filter((r) => (r.status === 'open' || r.status === 'accepted') && r.dueAt < demo.now);
    expect(breached).toHaveLength(1);
  });

  it('keeps account plans with actions, two overdue, and revenue splits that add up', async () => {
    const { db } = demo.database;
    const plans = await db.select().from(schema.accountPlans);
    expect(plans.length).toBeGreaterThanOrEqual(4);
    for (const p of plans) expect(p.levelMover).toBeTruthy();
    const actions = await db.select().from(schema.planActions);
    const today = demo.now.toISOString().slice(0, 10);
    const overdue = actions.filter((a) => !a.doneAt && a.dueOn < today);
    expect(overdue.map((a) => a.ownerId).sort()).toEqual([user('ops@abreast.demo')?.id, user('rep.east1@abreast.demo')?.id].sort());
    const splits = await db.select().from(schema.revenueSplits);
    const byAccount = new Map<string, number>();
    for (const s of splits) byAccount.set(s.accountId, (byAccount.get(s.accountId) ?? 0) + s.share);
    expect(byAccount.size).toBeGreaterThanOrEqual(3);
    for (const total of byAccount.values()) expect(total).toBeCloseTo(1, 6);
  });

  it('has the toolkit, this year’s programme goals and a proof library', async () => {
    const { db } = demo.database;
    const tools = await db.select().from(schema.toolkitAssets);
    expect(new Set(tools.map((t) => t.kind))).toEqual(new Set(['demo', 'visit_method', 'deck', 'talk_track']));
    const goals = await db.select().from(schema.programGoals);
    expect(goals.every((g) => g.year === demo.now.getUTCFullYear())).toBe(true);
    const proofs = await db.select().from(schema.proofAssets);
    const benchmarkCase = proofs.find((p) => p.kind === 'benchmark_case');
    expect(benchmarkCase?.sourceAccountId).toBe(account('Ningbo Seastar Apparel Co.').id);
    const onDeals = await db
      .select()
      .from(schema.dealProofs)
      .where(
        inArray(
          schema.dealProofs.proofAssetId,
          proofs.map((p) => p.id),
        ),
      );
    expect(onDeals.length).toBeGreaterThanOrEqual(5);
  });
});
