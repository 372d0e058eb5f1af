import type { FastifyRequest } from 'fastify';
import type { Db, Tx } from '../../db/client.ts';
import { currentSettings } from '../../db/repositories/settings.ts';
import type { OrganisationSettings } from '../../domain/organisation/settings.ts';
import type { CurrentUser } from '../auth/current-user.ts';
import { requireUser } from '../auth/hook.ts';
import { requireAccountInScope, requireRole } from '../auth/scope.ts';

/** The organisation rules in force: the company's latest settings version. */
export async function organisationSettings(db: Db | Tx): Promise<OrganisationSettings> {
  return (await currentSettings(db)).document.organisation;
}

/** The caller, once the account is known to be in their scope (404 otherwise) and, if given, their role allowed (403). */
export async function callerOnAccount(
  db: Db,
  request: FastifyRequest,
  accountId: string,
  roles?: readonly CurrentUser['role'][],
): Promise<CurrentUser> {
  const user = requireUser(request);
  await requireAccountInScope(db, user, accountId);
  if (roles) requireRole(user, ...roles);
  return user;
}

/** Those who decide the organisation of the programme: pairings, profit sharing, goals. */
export const leaders: readonly CurrentUser['role'][] = ['admin', 'executive', 'manager'];
/** Everyone who works on accounts writes records on them (commitments, escalations, requests). */
export const anyone: readonly CurrentUser['role'][] = ['admin', 'executive', 'manager', 'rep', 'staff'];

/** Since when executive activities are read: long enough for the longest cadence and the hands-off window. */
export function touchpointHorizon(settings: OrganisationSettings, now: Date): Date {
  const days = Math.max(settings.handsOffWindowDays, settings.executiveVisitCadence.days, 366) + 31;
  return new Date(now.getTime() - days * 86_400_000);
}
