import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../app/api.ts';
import { accountKeys } from '../accounts/use-accounts.ts';
import type { AppNotification, Cockpit, Commitment, Compliance, Escalation, GuardRails, Visit } from './organisation-types.ts';

export const organisationKeys = {
  guardRails: (accountId: string) => accountKeys.part(accountId, 'guard-rails'),
  cockpit: (executiveId: string | null) => ['cockpit', executiveId] as const,
  compliance: ['organisation', 'compliance'] as const,
  notifications: ['notifications'] as const,
};

/** The four pats on one account, with its team check and pairings. */
export function useGuardRails(accountId: string) {
  return useQuery({
    queryKey: organisationKeys.guardRails(accountId),
    queryFn: ({ signal }) => api<GuardRails>(`/accounts/${accountId}/guard-rails`, { signal }),
  });
}

/** An executive's cockpit: their own when `executiveId` is null. */
export function useCockpit(executiveId: string | null, enabled = true) {
  return useQuery({
    queryKey: organisationKeys.cockpit(executiveId),
    queryFn: ({ signal }) => api<Cockpit>('/cockpit', { query: { executiveId }, signal }),
    enabled,
    retry: false,
  });
}

export function useCompliance(enabled: boolean) {
  return useQuery({
    queryKey: organisationKeys.compliance,
    queryFn: ({ signal }) => api<Compliance>('/organisation/compliance', { signal }),
    enabled,
  });
}

/** After a change on an account, its guard rails, every cockpit and the compliance view are stale. */
function useRefresh() {
  const client = useQueryClient();
  return (accountId: string) => {
    void client.invalidateQueries({ queryKey: organisationKeys.guardRails(accountId) });
    void client.invalidateQueries({ queryKey: accountKeys.part(accountId, 'activities') });
    void client.invalidateQueries({ queryKey: ['cockpit'] });
    void client.invalidateQueries({ queryKey: organisationKeys.compliance });
  };
}

export interface VisitPlan {
  executiveId?: string;
  at: string;
  kind: 'visit' | 'meeting';
  subject: string;
  objective: string | null;
  agenda: string | null;
  notifyTeam: boolean;
}

export function usePlanVisit() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ accountId, plan }: { accountId: string; plan: VisitPlan }) =>
      api<{ visit: Visit; notified: number }>(`/accounts/${accountId}/executive-visits`, { method: 'POST', body: plan }),
    onSuccess: (_, { accountId }) => refresh(accountId),
  });
}

export function useCompleteVisit() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ visit, changes }: { visit: Visit; changes: { objective?: string | null; agenda?: string | null; notifyTeam?: boolean } }) =>
      api<{ visit: Visit; notified: number }>(`/accounts/${visit.accountId}/executive-visits/${visit.id}`, { method: 'PATCH', body: changes }),
    onSuccess: (_, { visit }) => refresh(visit.accountId),
  });
}

export function useAddCommitment() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ accountId, body }: { accountId: string; body: { promisedBy?: string; what: string; toContactId?: string | null; dueOn: string } }) =>
      api<Commitment>(`/accounts/${accountId}/commitments`, { method: 'POST', body }),
    onSuccess: (_, { accountId }) => refresh(accountId),
  });
}

export function useSettleCommitment() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ commitment, status }: { commitment: Commitment; status: Commitment['status'] }) =>
      api<Commitment>(`/accounts/${commitment.accountId}/commitments/${commitment.id}`, {
        method: 'PATCH',
        body: { status, version: commitment.version },
      }),
    onSuccess: (_, { commitment }) => refresh(commitment.accountId),
  });
}

export function useRaiseEscalation() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ accountId, body }: { accountId: string; body: { title: string; rootCause: string | null; departmentIds: string[] } }) =>
      api<Escalation>(`/accounts/${accountId}/escalations`, { method: 'POST', body }),
    onSuccess: (_, { accountId }) => refresh(accountId),
  });
}

export function useResolveEscalation() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ escalation, status }: { escalation: Escalation; status: 'open' | 'resolved' }) =>
      api<Escalation>(`/accounts/${escalation.accountId}/escalations/${escalation.id}`, { method: 'PATCH', body: { status } }),
    onSuccess: (_, { escalation }) => refresh(escalation.accountId),
  });
}

/** My notifications; polled so that a visit planned by someone else shows up without a reload. */
export function useNotifications() {
  return useQuery({
    queryKey: organisationKeys.notifications,
    queryFn: ({ signal }) => api<{ unread: number; items: AppNotification[] }>('/notifications', { signal }),
    refetchInterval: 60_000,
  });
}

export function useMarkNotificationsRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string | 'all') => api<void>(id === 'all' ? '/notifications/read-all' : `/notifications/${id}/read`, { method: 'POST' }),
    onSuccess: () => void client.invalidateQueries({ queryKey: organisationKeys.notifications }),
  });
}
