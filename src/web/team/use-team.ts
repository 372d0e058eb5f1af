import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../app/api.ts';
import { accountKeys } from '../accounts/use-accounts.ts';
import type { Pairing, TeamCheck } from '../cockpit/organisation-types.ts';
import { organisationKeys } from '../cockpit/use-organisation.ts';

export interface TeamCheckResponse {
  tier: string | null;
  requiredRoles: string[];
  completeness: TeamCheck;
}

const keys = {
  check: (accountId: string) => accountKeys.part(accountId, 'team-check'),
  pairings: (accountId: string) => accountKeys.part(accountId, 'pairings'),
  team: (accountId: string) => accountKeys.part(accountId, 'team'),
};

/** Whether the account's cross-functional team is complete (团队作战). */
export function useTeamCheck(accountId: string) {
  return useQuery({ queryKey: keys.check(accountId), queryFn: ({ signal }) => api<TeamCheckResponse>(`/accounts/${accountId}/team-check`, { signal }) });
}

export function usePairings(accountId: string) {
  return useQuery({
    queryKey: keys.pairings(accountId),
    queryFn: async ({ signal }) => (await api<{ items: Pairing[] }>(`/accounts/${accountId}/pairings`, { signal })).items,
  });
}

function useRefresh(accountId: string) {
  const client = useQueryClient();
  return () => {
    for (const key of [keys.check(accountId), keys.pairings(accountId), keys.team(accountId), accountKeys.part(accountId, 'history'), organisationKeys.guardRails(accountId)])
      void client.invalidateQueries({ queryKey: key });
    void client.invalidateQueries({ queryKey: ['cockpit'] });
  };
}

/** Add a member in a role, or remove them from it (audited on the server). */
export function useTeamChange(accountId: string) {
  const refresh = useRefresh(accountId);
  return useMutation({
    mutationFn: (change: { add: { userId: string; role: string; coLocated: boolean } } | { remove: { userId: string; role: string } }) =>
      'add' in change
        ? api(`/accounts/${accountId}/team`, { method: 'POST', body: change.add })
        : api(`/accounts/${accountId}/team/${change.remove.userId}`, { method: 'DELETE', query: { role: change.remove.role } }),
    onSuccess: refresh,
  });
}

/** Pair an executive with the account (结对子), or end the pairing. */
export function usePairingChange(accountId: string) {
  const refresh = useRefresh(accountId);
  return useMutation({
    mutationFn: (change: { pair: { executiveId: string; cadenceDays?: number } } | { unpair: { executiveId: string } }) =>
      'pair' in change
        ? api(`/accounts/${accountId}/pairings/${change.pair.executiveId}`, { method: 'PUT', body: { cadenceDays: change.pair.cadenceDays } })
        : api(`/accounts/${accountId}/pairings/${change.unpair.executiveId}`, { method: 'DELETE' }),
    onSuccess: refresh,
  });
}
