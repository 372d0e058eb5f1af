import { inArray } from 'drizzle-orm';
import { contacts } from '../../db/schema/index.ts';
import { type CheckedRow, refList } from './column-spec.ts';
import { type ImportContext, lookUp, lower, usersByEmail } from './references.ts';
import type { RowError } from './row-error.ts';

export interface Participants {
  userIds: Map<number, string[]>;
  contactIds: Map<number, string[]>;
  errors: RowError[];
}

/**
 * Who took part in each activity: our people by email (former colleagues too: the
 * visit happened), the customer's by name in English or Chinese, within the
 * row's own account.
 */
export async function resolveParticipants(
  ctx: ImportContext,
  rows: CheckedRow<unknown>[],
  accountIdOf: Map<number, string>,
): Promise<Participants> {
  const errors: RowError[] = [];
  const users = await usersByEmail(
    ctx.db,
    rows.flatMap((r) => refList(r, 'our_emails')),
  );
  const withContacts = rows.filter((r) => accountIdOf.has(r.row) && refList(r, 'contact_names').length > 0);
  const found = await lookUp(
    withContacts.map((r) => accountIdOf.get(r.row)!),
    (chunk) =>
      ctx.db
        .select({ id: contacts.id, accountId: contacts.accountId, name: contacts.name, nameZh: contacts.nameZh })
        .from(contacts)
        .where(inArray(contacts.accountId, chunk)),
  );
  const contactsByName = new Map<string, Set<string>>();
  for (const c of found) {
    for (const name of [c.name, c.nameZh]) {
      if (!name) continue;
      const key = `${c.accountId}\u0000${lower(name)}`;
      contactsByName.set(key, (contactsByName.get(key) ?? new Set()).add(c.id));
    }
  }

  const userIds = new Map<number, string[]>();
  const contactIds = new Map<number, string[]>();
  for (const r of rows) {
    const ours: string[] = [];
    for (const email of refList(r, 'our_emails')) {
      const user = users.get(lower(email));
      if (user) ours.push(user.id);
      else errors.push({ row: r.row, column: 'our_emails', message: `no user has the email ${email}` });
    }
    userIds.set(r.row, [...new Set(ours)]);
    const accountId = accountIdOf.get(r.row);
    if (!accountId) continue;
    const theirs: string[] = [];
    for (const name of refList(r, 'contact_names')) {
      const matches = [...(contactsByName.get(`${accountId}\u0000${lower(name)}`) ?? [])];
      if (matches.length === 0) errors.push({ row: r.row, column: 'contact_names', message: `the account has no contact named ${name}` });
      else if (matches.length > 1)
        errors.push({ row: r.row, column: 'contact_names', message: `the account has ${matches.length} contacts named ${name}` });
      else theirs.push(matches[0]!);
    }
    contactIds.set(r.row, [...new Set(theirs)]);
  }
  return { userIds, contactIds, errors };
}
