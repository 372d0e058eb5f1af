import { AccountTeamPanel } from '../team/account-team-panel.tsx';

/** Our cross-functional account team (team selling, SPEC §6), with its completeness flag and the executive pairing. */
export function AccountTeam({ accountId }: { accountId: string }) {
  return <AccountTeamPanel accountId={accountId} />;
}
