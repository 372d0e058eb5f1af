import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../app/api.ts';
import { accountKeys } from '../accounts/use-accounts.ts';
import type { DepartmentRef, Judged, Reason } from '../cockpit/organisation-types.ts';

export type SupportStatus = 'open' | 'accepted' | 'answered' | 'closed';

/** A support request as GET /api/support-requests returns it, with its SLA and the moves I may make. */
export interface SupportRequest {
  id: string;
  accountId: string;
  accountName: string;
  accountNameZh: string | null;
  dealId: string | null;
  dealName: string | null;
  dealNameZh: string | null;
  departmentId: string;
  departmentKind: string;
  departmentName: string;
  departmentNameZh: string;
  need: string;
  dueAt: string;
  status: SupportStatus;
  answer: string | null;
  raisedBy: string;
  raisedByName: string;
  raisedByNameZh: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  assigneeNameZh: string | null;
  raisedAt: string;
  acceptedAt: string | null;
  answeredAt: string | null;
  closedAt: string | null;
  version: number;
  sla: Judged<{ dueAt: string; dueSource: 'requested' | 'sla'; pending: boolean; breached: boolean; hoursPastDue: number | null }>;
  allowedMoves: SupportStatus[];
}

export interface Queues {
  asOf: string;
  departments: DepartmentRef[];
  queues: { value: { department: string; open: number; breached: number; finishedLate: number }[]; reasons: Reason[] };
}

export type SupportView = 'department' | 'mine' | 'all';

const keys = {
  list: (view: SupportView, status: string) => ['support-requests', view, status] as const,
  queues: ['support-requests', 'queues'] as const,
  account: (accountId: string) => accountKeys.part(accountId, 'support-requests'),
};

export function useSupportRequests(view: SupportView, status: string) {
  return useQuery({
    queryKey: keys.list(view, status),
    queryFn: async ({ signal }) => (await api<{ items: SupportRequest[] }>('/support-requests', { query: { view, status }, signal })).items,
  });
}

export function useAccountSupportRequests(accountId: string) {
  return useQuery({
    queryKey: keys.account(accountId),
    queryFn: async ({ signal }) => (await api<{ items: SupportRequest[] }>(`/accounts/${accountId}/support-requests`, { signal })).items,
  });
}

export function useQueues() {
  return useQuery({ queryKey: keys.queues, queryFn: ({ signal }) => api<Queues>('/support-requests/queues', { signal }) });
}

function useRefresh() {
  const client = useQueryClient();
  return (accountId: string) => {
    void client.invalidateQueries({ queryKey: ['support-requests'] });
    void client.invalidateQueries({ queryKey: keys.account(accountId) });
  };
}

export function useRaiseRequest(accountId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: { departmentId: string; need: string; dueAt?: string; dealId?: string | null }) =>
      api<SupportRequest>(`/accounts/${accountId}/support-requests`, { method: 'POST', body }),
    onSuccess: () => refresh(accountId),
  });
}

/** Accept, answer or close, with the version read: a request someone else moved meanwhile is a conflict. */
export function useMoveRequest() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ request, status, answer }: { request: SupportRequest; status: SupportStatus; answer?: string }) =>
      api<SupportRequest>(`/support-requests/${request.id}`, { method: 'PATCH', body: { status, answer, version: request.version } }),
    onSuccess: (moved) => refresh(moved.accountId),
  });
}
