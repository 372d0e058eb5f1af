import { contactRelations, contacts, departmentRelations } from '../../db/schema/index.ts';
import {
  contactRelationRow,
  contactRow,
  departmentRelationRow,
  type NewContact,
  type NewContactRelation,
  type NewDepartmentRelation,
} from '../rows/contact-rows.ts';
import { makeAccount } from './accounts.ts';
import { type Executor, first } from './executor.ts';

export async function makeContact(db: Executor, overrides: Partial<NewContact> = {}) {
  const accountId = overrides.accountId ?? (await makeAccount(db)).id;
  return first(
    await db
      .insert(contacts)
      .values(contactRow({ ...overrides, accountId }))
      .returning(),
  );
}

/** A relation between two contacts of one account (reports_to, ally, rival, influences); missing ends are created. */
export async function makeRelation(db: Executor, overrides: Partial<NewContactRelation> = {}) {
  const accountId = overrides.accountId ?? (await makeAccount(db)).id;
  const fromContactId = overrides.fromContactId ?? (await makeContact(db, { accountId })).id;
  const toContactId = overrides.toContactId ?? (await makeContact(db, { accountId })).id;
  const row = contactRelationRow({ ...overrides, accountId, fromContactId, toContactId });
  return first(await db.insert(contactRelations).values(row).returning());
}

export async function makeDepartmentRelation(db: Executor, overrides: Partial<NewDepartmentRelation> = {}) {
  const accountId = overrides.accountId ?? (await makeAccount(db)).id;
  return first(
    await db
      .insert(departmentRelations)
      .values(departmentRelationRow({ ...overrides, accountId }))
      .returning(),
  );
}
