import type { Contact } from './contact.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Whole days from `at` to `now`, rounded up, so that "within N days" on a whole-day
 * setting reads the same in the rule and in the number the reason shows.
 */
export function daysSince(at: Date, now: Date): number {
  return Math.ceil((now.getTime() - at.getTime()) / DAY_MS);
}

/** Still with the customer at `now` (an announced departure still counts as present). */
export function isPresent(contact: Pick<Contact, 'leftAt'>, now: Date): boolean {
  return contact.leftAt === null || contact.leftAt.getTime() > now.getTime();
}

/** Days since our last activity with the contact, or null when there was none. */
export function daysSinceActivity(contact: Pick<Contact, 'lastActivityAt'>, now: Date): number | null {
  return contact.lastActivityAt === null ? null : daysSince(contact.lastActivityAt, now);
}

/** Touched within the window; activity logged ahead of `now` (clock skew) counts as recent. */
export function isRecentlyTouched(contact: Pick<Contact, 'lastActivityAt'>, now: Date, windowDays: number): boolean {
  const age = daysSinceActivity(contact, now);
  return age !== null && age <= windowDays;
}

/**
 * One of our active contacts: still there, owned by one of our people, and touched
 * within the window. Only these count as threads into the customer.
 */
export function isActiveContact(
  contact: Pick<Contact, 'leftAt' | 'ownerId' | 'lastActivityAt'>,
  now: Date,
  windowDays: number,
): boolean {
  return isPresent(contact, now) && contact.ownerId !== null && isRecentlyTouched(contact, now, windowDays);
}

/** Department names are typed by people: "Procurement " and "procurement" are one department. */
export function departmentKey(department: string): string {
  return department.trim().toLowerCase();
}

export function distinctLevels(contacts: readonly Pick<Contact, 'rank'>[]): number {
  return new Set(contacts.map((c) => c.rank)).size;
}

export function distinctDepartments(contacts: readonly Pick<Contact, 'department'>[]): number {
  return new Set(contacts.map((c) => departmentKey(c.department))).size;
}
