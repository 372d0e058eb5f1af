import { type Judgement, type Reason, reason } from '../reason.ts';
import { organisationDefaults } from './settings.ts';
import type { AccountTier, TeamRole } from './vocabulary.ts';

export interface TeamMember {
  userId: string;
  role: TeamRole;
}

export interface TeamCompleteness {
  /** Only strategic accounts are held to the full team (团队作战). */
  applies: boolean;
  missingRoles: TeamRole[];
  /** True when the account is strategic and a required role is missing. */
  flagged: boolean;
  /** 贴得近: the team sits at the customer's site; null when not recorded. */
  coLocated: boolean | null;
}

/** Decides whether an account's cross-functional team has every required role. */
export function checkTeamCompleteness(options: {
  tier: AccountTier;
  members: readonly TeamMember[];
  requiredRoles?: readonly TeamRole[];
  coLocated?: boolean;
}): Judgement<TeamCompleteness> {
  const { tier, members } = options;
  const requiredRoles = options.requiredRoles ?? organisationDefaults.requiredTeamRoles;
  const applies = tier === 'strategic';
  const reasons: Reason[] = [reason('team_strategic_scope', applies, { input: tier, threshold: 'strategic' })];

  const missingRoles: TeamRole[] = [];
  for (const role of new Set(requiredRoles)) {
    const holders = members.filter((m) => m.role === role).length;
    if (holders === 0) missingRoles.push(role);
    reasons.push(reason('team_role_filled', holders > 0, { input: holders, threshold: 1, params: { role } }));
  }

  const coLocated = options.coLocated ?? null;
  if (coLocated !== null) reasons.push(reason('team_co_located', coLocated, { input: coLocated }));

  return { value: { applies, missingRoles, flagged: applies && missingRoles.length > 0, coLocated }, reasons };
}
