import { and, desc, eq, isNotNull, max } from 'drizzle-orm';
import { type PowerMapSettings, powerMapDefaults, powerMapSettingsSchema } from '../../domain/power-map/settings.ts';
import { AppError } from '../../server/errors.ts';
import type { Db, Tx } from '../client.ts';
import {
  activities,
  activityParticipants,
  contactRelations,
  contacts,
  departmentRelations,
  settingsVersions,
  users,
} from '../schema/index.ts';

// The power map of one account (SPEC §5): its people, the lines between them and
// between their departments. Callers have already checked the account is in the
// user's scope; every query still names account_id (the distribution key).

export type RelationKindText = 'reports_to' | 'ally' | 'rival' | 'influences';

// Only the columns the map shows: on the embedded database, decoding a row costs
// more than finding it, and timestamps are the dearest to decode.
const personColumns = {
  id: contacts.id,
  name: contacts.name,
  nameZh: contacts.nameZh,
  department: contacts.department,
  title: contacts.title,
  titleZh: contacts.titleZh,
  rank: contacts.rank,
  influence: contacts.influence,
  buyingRole: contacts.buyingRole,
  attitude: contacts.attitude,
  relationshipStrength: contacts.relationshipStrength,
  ownerId: contacts.ownerId,
  isMainContact: contacts.isMainContact,
  email: contacts.email,
  phone: contacts.phone,
  leftAt: contacts.leftAt,
  notes: contacts.notes,
  version: contacts.version,
  ownerName: users.name,
  ownerNameZh: users.nameZh,
};
const lineColumns = {
  id: contactRelations.id,
  fromContactId: contactRelations.fromContactId,
  toContactId: contactRelations.toContactId,
  kind: contactRelations.kind,
  strength: contactRelations.strength,
  note: contactRelations.note,
  version: contactRelations.version,
};
const blockColumns = {
  id: departmentRelations.id,
  fromDepartment: departmentRelations.fromDepartment,
  toDepartment: departmentRelations.toDepartment,
  kind: departmentRelations.kind,
  strength: departmentRelations.strength,
  note: departmentRelations.note,
  version: departmentRelations.version,
};

/** Everything the power map is computed from, as stored. Takes the pool, not a transaction: the four reads run side by side. */
export async function loadPowerMap(db: Db, accountId: string) {
  const [people, touched, contactLines, departmentLines] = await Promise.all([
    db.select(personColumns).from(contacts).leftJoin(users, eq(users.id, contacts.ownerId)).where(eq(contacts.accountId, accountId)),
    // Our last activity with each person: the coverage window is measured from it.
    db
      .select({ contactId: activityParticipants.contactId, lastActivityAt: max(activities.occurredAt) })
      .from(activityParticipants)
      .innerJoin(activities, and(eq(activities.accountId, activityParticipants.accountId), eq(activities.id, activityParticipants.activityId)))
      .where(and(eq(activityParticipants.accountId, accountId), isNotNull(activityParticipants.contactId)))
      .groupBy(activityParticipants.contactId),
    db.select(lineColumns).from(contactRelations).where(eq(contactRelations.accountId, accountId)),
    db.select(blockColumns).from(departmentRelations).where(eq(departmentRelations.accountId, accountId)),
  ]);
  const lastActivity = new Map(touched.map((t) => [t.contactId, t.lastActivityAt] as const));
  return {
    contacts: people.map((person) => ({ ...person, lastActivityAt: lastActivity.get(person.id) ?? null })),
    contactRelations: contactLines,
    departmentRelations: departmentLines,
  };
}
export type StoredPowerMap = Awaited<ReturnType<typeof loadPowerMap>>;

/**
 * The company's power-map rules: the latest saved settings document's section, or
 * the method's defaults while none is saved. A section that no longer validates
 * (an older document) falls back to the defaults rather than breaking the map.
 */
export async function loadPowerMapSettings(db: Db | Tx): Promise<PowerMapSettings> {
  const [latest] = await db
    .select({ document: settingsVersions.document })
    .from(settingsVersions)
    .orderBy(desc(settingsVersions.version))
    .limit(1);
  const section = (latest?.document as { powerMap?: unknown } | undefined)?.powerMap;
  if (section === undefined) return powerMapDefaults;
  const parsed = powerMapSettingsSchema.safeParse(section);
  return parsed.success ? parsed.data : powerMapDefaults;
}

export interface ContactRelationInput {
  scope: 'contact';
  fromContactId: string;
  toContactId: string;
  kind: RelationKindText;
  strength: number;
  note?: string | null;
}
export interface DepartmentRelationInput {
  scope: 'department';
  fromDepartment: string;
  toDepartment: string;
  kind: RelationKindText;
  strength: number;
  note?: string | null;
}
export type RelationInput = ContactRelationInput | DepartmentRelationInput;

export interface RelationChanges {
  version: number;
  kind?: RelationKindText;
  strength?: number;
  note?: string | null;
}

const mutual = (kind: string) => kind === 'ally' || kind === 'rival';
/** Department names are typed by people: "Procurement " and "procurement" are one department. */
const sameDepartment = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Both people must be on this account's map, and a person has no relation to themself. */
async function checkContactEnds(tx: Tx, accountId: string, input: { fromContactId: string; toContactId: string }) {
  if (input.fromContactId === input.toContactId) {
    throw new AppError('validation.failed', 'A person cannot have a relation with themself.', { field: 'toContactId' });
  }
  for (const field of ['fromContactId', 'toContactId'] as const) {
    const [found] = await tx
      .select({ id: contacts.id })
      .from(contacts)
      .where(and(eq(contacts.accountId, accountId), eq(contacts.id, input[field])));
    if (!found) throw new AppError('validation.failed', 'This person is not a contact of this account.', { field });
  }
}

/** The same line twice (or an ally/rival line drawn back the other way) would be counted twice by the gaps. */
async function checkNotDuplicate(tx: Tx, accountId: string, input: RelationInput, exceptId?: string) {
  const twin =
    input.scope === 'contact'
      ? (
          await tx
            .select()
            .from(contactRelations)
            .where(and(eq(contactRelations.accountId, accountId), eq(contactRelations.kind, input.kind)))
        ).filter(
          (r) =>
            (r.fromContactId === input.fromContactId && r.toContactId === input.toContactId) ||
            (mutual(input.kind) && r.fromContactId === input.toContactId && r.toContactId === input.fromContactId),
        )
      : (
          await tx
            .select()
            .from(departmentRelations)
            .where(and(eq(departmentRelations.accountId, accountId), eq(departmentRelations.kind, input.kind)))
        ).filter(
          (r) =>
            (sameDepartment(r.fromDepartment, input.fromDepartment) && sameDepartment(r.toDepartment, input.toDepartment)) ||
            (mutual(input.kind) &&
              sameDepartment(r.fromDepartment, input.toDepartment) &&
              sameDepartment(r.toDepartment, input.fromDepartment)),
        );
  if (twin.some((r) => r.id !== exceptId)) {
    throw new AppError('conflict.duplicate', 'This relation is already on the map.', { field: 'kind' });
  }
}

/** Draw a line between two people or two departments of the account. */
export async function addRelation(db: Db, accountId: string, input: RelationInput) {
  return db.transaction(async (tx) => {
    if (input.scope === 'contact') {
      await checkContactEnds(tx, accountId, input);
      await checkNotDuplicate(tx, accountId, input);
      const { scope: _, ...values } = input;
      const [row] = await tx
        .insert(contactRelations)
        .values({ ...values, accountId })
        .returning();
      return { scope: 'contact' as const, row: row! };
    }
    const fromDepartment = input.fromDepartment.trim();
    const toDepartment = input.toDepartment.trim();
    if (sameDepartment(fromDepartment, toDepartment)) {
      throw new AppError('validation.failed', 'A department cannot have a relation with itself.', { field: 'toDepartment' });
    }
    await checkNotDuplicate(tx, accountId, input);
    const [row] = await tx
      .insert(departmentRelations)
      .values({ accountId, fromDepartment, toDepartment, kind: input.kind, strength: input.strength, note: input.note })
      .returning();
    return { scope: 'department' as const, row: row! };
  });
}

const staleVersion = () =>
  new AppError('conflict.stale_version', 'The relation was changed by someone else. Reload and try again.', { field: 'version' });
const noSuchRelation = () => new AppError('not_found', 'No such relation on this account.');

/** Change a relation's kind, strength or note; `version` is the one read, so a concurrent edit is a 409. */
export async function updateRelation(db: Db, accountId: string, id: string, changes: RelationChanges) {
  const { version, ...set } = changes;
  return db.transaction(async (tx) => {
    const [line] = await tx
      .select()
      .from(contactRelations)
      .where(and(eq(contactRelations.accountId, accountId), eq(contactRelations.id, id)))
      .for('update');
    if (line) {
      if (line.version !== version) throw staleVersion();
      const next = { ...line, ...set };
      await checkNotDuplicate(
        tx,
        accountId,
        {
          scope: 'contact',
          fromContactId: next.fromContactId,
          toContactId: next.toContactId,
          kind: next.kind as RelationKindText,
          strength: next.strength,
        },
        id,
      );
      const [row] = await tx
        .update(contactRelations)
        .set({ ...set, version: version + 1, updatedAt: new Date() })
        .where(and(eq(contactRelations.accountId, accountId), eq(contactRelations.id, id)))
        .returning();
      return { scope: 'contact' as const, row: row! };
    }
    const [block] = await tx
      .select()
      .from(departmentRelations)
      .where(and(eq(departmentRelations.accountId, accountId), eq(departmentRelations.id, id)))
      .for('update');
    if (!block) throw noSuchRelation();
    if (block.version !== version) throw staleVersion();
    const next = { ...block, ...set };
    await checkNotDuplicate(
      tx,
      accountId,
      {
        scope: 'department',
        fromDepartment: next.fromDepartment,
        toDepartment: next.toDepartment,
        kind: next.kind as RelationKindText,
        strength: next.strength,
      },
      id,
    );
    const [row] = await tx
      .update(departmentRelations)
      .set({ ...set, version: version + 1, updatedAt: new Date() })
      .where(and(eq(departmentRelations.accountId, accountId), eq(departmentRelations.id, id)))
      .returning();
    return { scope: 'department' as const, row: row! };
  });
}

/** Remove a line from the map, whichever kind it is; 404 when it is not this account's. */
export async function deleteRelation(db: Db, accountId: string, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const gone = await tx
      .delete(contactRelations)
      .where(and(eq(contactRelations.accountId, accountId), eq(contactRelations.id, id)))
      .returning({ id: contactRelations.id });
    if (gone.length > 0) return;
    const goneBlock = await tx
      .delete(departmentRelations)
      .where(and(eq(departmentRelations.accountId, accountId), eq(departmentRelations.id, id)))
      .returning({ id: departmentRelations.id });
    if (goneBlock.length === 0) throw noSuchRelation();
  });
}
