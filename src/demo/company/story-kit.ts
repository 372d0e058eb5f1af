import type { Tx } from '../../db/client.ts';
import type { BuyingStage } from '../../domain/deals/stages.ts';
import { daysAgo, daysFromNow, isoDay } from '../dates.ts';
import {
  attachProof,
  makeActivity,
  makeContact,
  makeDeal,
  makeDealAction,
  makeDealSignal,
  makeDealTeamMember,
  makeDepartmentRelation,
  makeLevelAssessment,
  makeRelation,
  makeRevenueSplit,
  makeTeamMember,
} from '../factories/index.ts';
import type { Random } from '../random.ts';
import { checkedAction } from './action-check.ts';
import type { DepartmentCode } from './logins.ts';
import type { DemoPeople } from './people.ts';
import type { DemoAccount } from './portfolio.ts';
import type { ProofKey, ProofLibrary } from './proof-library.ts';

/** What every story needs: the transaction, the clock, the people, the accounts and the proof library. */
export interface StoryContext {
  tx: Tx;
  now: Date;
  random: Random;
  people: DemoPeople;
  accounts: Record<string, DemoAccount>;
  proofs: ProofLibrary;
}

export type Contact = Awaited<ReturnType<typeof makeContact>>;
export type Deal = Awaited<ReturnType<typeof makeDeal>>;

export function account(ctx: StoryContext, key: string): DemoAccount {
  const found = ctx.accounts[key];
  if (!found) throw new Error(`no demo account ${key}`);
  return found;
}

export const ago = (ctx: StoryContext, days: number) => daysAgo(ctx.now, days);
export const dayAgo = (ctx: StoryContext, days: number) => isoDay(daysAgo(ctx.now, days));
export const dayAhead = (ctx: StoryContext, days: number) => isoDay(daysFromNow(ctx.now, days));

export interface ContactSpec {
  key: string;
  name: string;
  nameZh: string;
  department: string;
  title: string;
  titleZh: string;
  rank: number;
  influence: number;
  role: 'decision_maker' | 'influencer' | 'evaluator' | 'user' | 'gatekeeper' | 'coach';
  attitude: 'supporter' | 'neutral' | 'opponent';
  strength: number;
  main?: boolean;
  leftDaysAgo?: number;
  notes?: string;
}

/** [from, kind, to, note]: reports_to, ally, rival, influences. */
export type RelationSpec = [string, 'reports_to' | 'ally' | 'rival' | 'influences', string, string?];

/** The customer's people and the lines between them and between their departments. */
export async function powerMap<K extends string>(
  ctx: StoryContext,
  key: string,
  spec: { contacts: (ContactSpec & { key: K })[]; relations?: RelationSpec[]; departments?: RelationSpec[] },
): Promise<Record<K, Contact>> {
  const { row, ownerKey } = account(ctx, key);
  const contacts = {} as Record<K, Contact>;
  for (const c of spec.contacts) {
    contacts[c.key] = await makeContact(ctx.tx, {
      accountId: row.id,
      name: c.name,
      nameZh: c.nameZh,
      department: c.department,
      title: c.title,
      titleZh: c.titleZh,
      rank: c.rank,
      influence: c.influence,
      buyingRole: c.role,
      attitude: c.attitude,
      relationshipStrength: c.strength,
      ownerId: ctx.people.user(ownerKey).id,
      isMainContact: c.main ?? false,
      leftAt: c.leftDaysAgo === undefined ? null : dayAgo(ctx, c.leftDaysAgo),
      notes: c.notes ?? null,
      createdAt: row.createdAt,
    });
  }
  const contact = (k: string) => {
    const found = (contacts as Record<string, Contact | undefined>)[k];
    if (!found) throw new Error(`no contact ${k} at ${key}`);
    return found;
  };
  for (const [from, kind, to, note] of spec.relations ?? []) {
    await makeRelation(ctx.tx, {
      accountId: row.id,
      fromContactId: contact(from).id,
      toContactId: contact(to).id,
      kind,
      note: note ?? null,
      strength: kind === 'reports_to' ? 3 : 2,
    });
  }
  for (const [from, kind, to, note] of spec.departments ?? []) {
    await makeDepartmentRelation(ctx.tx, { accountId: row.id, fromDepartment: from, toDepartment: to, kind, note: note ?? null });
  }
  return contacts;
}

export interface ActivitySpec {
  daysAgo: number;
  kind: 'visit' | 'call' | 'meeting' | 'email';
  subject: string;
  notes?: string;
  ours: string[];
  theirs?: Contact[];
  executiveLevel?: boolean;
  customerInvested?: boolean;
  objective?: string;
  agenda?: string;
  /** Days before the activity the account team was told (executive visits). */
  notifiedDaysBefore?: number;
  dealId?: string;
}

export async function activity(ctx: StoryContext, key: string, a: ActivitySpec) {
  const { row } = account(ctx, key);
  const at = ago(ctx, a.daysAgo);
  return makeActivity(ctx.tx, {
    accountId: row.id,
    kind: a.kind,
    occurredAt: at,
    subject: a.subject,
    notes: a.notes ?? null,
    dealId: a.dealId ?? null,
    executiveLevel: a.executiveLevel ?? false,
    customerInvested: a.customerInvested ?? false,
    objective: a.objective ?? null,
    agenda: a.agenda ?? null,
    teamNotifiedAt: a.notifiedDaysBefore === undefined ? null : ago(ctx, a.daysAgo + a.notifiedDaysBefore),
    createdBy: ctx.people.user(a.ours[0] ?? 'admin').id,
    createdAt: at,
    userIds: a.ours.map((k) => ctx.people.user(k).id),
    contactIds: (a.theirs ?? []).map((c) => c.id),
  });
}

/** [daysAgo, level, source, evidence]: the ladder history, oldest first. */
export type LevelSpec = [number, 1 | 2 | 3 | 4 | 5, 'own_estimate' | 'customer_confirmed', string];

export async function levels(ctx: StoryContext, key: string, history: LevelSpec[]) {
  const { row, ownerKey } = account(ctx, key);
  for (const [days, level, source, evidence] of history) {
    await makeLevelAssessment(ctx.tx, {
      accountId: row.id,
      level,
      source,
      evidence,
      assessedAt: ago(ctx, days),
      assessedBy: ctx.people.user(ownerKey).id,
    });
  }
}

/** [userKey, role, coLocated]: the account's cross-functional team. */
export async function team(ctx: StoryContext, key: string, members: [string, string, boolean?][]) {
  const { row } = account(ctx, key);
  for (const [userKey, role, coLocated] of members) {
    await makeTeamMember(ctx.tx, { accountId: row.id, userId: ctx.people.user(userKey).id, role, coLocated: coLocated ?? false });
  }
}

export interface DealSpec {
  name: string;
  nameZh: string;
  kind: 'standard' | 'solution';
  stage: string;
  value: number;
  serviceLines: string[];
  competitors?: string[];
  owner?: string;
  outcome?: 'open' | 'won' | 'lost';
  outcomeReason?: string;
  stageChangedDaysAgo: number;
  closeInDays?: number;
  createdDaysAgo?: number;
  /** [signal, daysAgo, contact, note] */
  signals?: [string, number, Contact?, string?][];
  /** [action, daysAgo, the buying stage its signals showed at the time, note] */
  actions?: [string, number, BuyingStage | null, string?][];
  /** [userKey, role] with roles sales, solution, delivery, executive, other. */
  team?: [string, string][];
  proofs?: [ProofKey, number][];
}

/** A deal with its signals, checked actions, team and attached proof. */
export async function deal(ctx: StoryContext, key: string, d: DealSpec): Promise<Deal> {
  const { row, ownerKey } = account(ctx, key);
  const owner = ctx.people.user(d.owner ?? ownerKey);
  const created = d.createdDaysAgo ?? d.stageChangedDaysAgo + 30;
  // Last touched: the latest stage change, signal or action (competitor activity reads it).
  const touched = Math.min(d.stageChangedDaysAgo, ...(d.signals ?? []).map((s) => s[1]), ...(d.actions ?? []).map((a) => a[1]));
  const made = await makeDeal(ctx.tx, {
    accountId: row.id,
    name: d.name,
    nameZh: d.nameZh,
    kind: d.kind,
    stage: d.stage,
    value: d.value,
    expectedCloseOn: d.closeInDays === undefined ? null : dayAhead(ctx, d.closeInDays),
    serviceLines: d.serviceLines,
    competitors: d.competitors ?? [],
    ownerId: owner.id,
    outcome: d.outcome ?? 'open',
    outcomeReason: d.outcomeReason ?? null,
    stageChangedAt: ago(ctx, d.stageChangedDaysAgo),
    createdAt: ago(ctx, created),
    updatedAt: ago(ctx, touched),
  });
  const ref = { accountId: row.id, dealId: made.id };
  for (const [signal, days, contact, note] of d.signals ?? []) {
    await makeDealSignal(ctx.tx, {
      ...ref,
      signal,
      observedAt: ago(ctx, days),
      contactId: contact?.id ?? null,
      note: note ?? null,
      createdBy: owner.id,
      createdAt: ago(ctx, days),
    });
  }
  const signals = (d.signals ?? []).map(([signal, days]) => ({ signal, observedAt: ago(ctx, days) }));
  for (const [action, days, told, note] of d.actions ?? []) {
    const at = ago(ctx, days);
    await makeDealAction(ctx.tx, {
      ...ref,
      action,
      occurredAt: at,
      note: note ?? null,
      check: checkedAction({ deal: d.name, action, at, daysAgo: days, told, signals }),
      createdBy: owner.id,
      createdAt: at,
    });
  }
  for (const [userKey, role] of d.team ?? []) {
    await makeDealTeamMember(ctx.tx, { ...ref, userId: ctx.people.user(userKey).id, role });
  }
  for (const [proof, days] of d.proofs ?? []) {
    await attachProof(ctx.tx, { ...ref, proofAssetId: ctx.proofs[proof].id, attachedAt: ago(ctx, days) });
  }
  return made;
}

/** Profit sharing (分润): how the account's revenue is split between our departments. */
export async function revenueSplits(ctx: StoryContext, key: string, shares: [DepartmentCode, number][]) {
  const { row } = account(ctx, key);
  for (const [department, share] of shares) {
    await makeRevenueSplit(ctx.tx, { accountId: row.id, departmentId: ctx.people.departments[department].id, share });
  }
}
