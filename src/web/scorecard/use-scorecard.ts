import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../app/api.ts';
import type { AccountRef, Judged, Reason } from '../cockpit/organisation-types.ts';

export interface Measure {
  name: string;
  actual: number;
  target: number;
  met: boolean;
}
export interface ElementScore {
  element: string;
  met: boolean;
  measures: Measure[];
  reasons: Reason[];
}
export interface Goal {
  id: string;
  year: number;
  metric: string;
  target: number;
  actual: number;
  note: string | null;
  met: boolean;
}
export interface Split {
  departmentId: string;
  departmentKind: string;
  departmentName: string;
  departmentNameZh: string;
  share: number;
}
export interface Replication {
  benchmark: AccountRef & { industry: string; level: number; solution: string };
  targets: Judged<
    { account: AccountRef; industry: string; rank: number; level: number; status: string; levelGap: number; solution: string; pursued: boolean; reasons: Reason[] }[]
  >;
}
export interface ToolkitAsset {
  id: string;
  kind: string;
  title: string;
  titleZh: string | null;
  url: string | null;
  industries: string[];
  stages: string[];
  createdBy: string | null;
  createdByName: string | null;
  createdByNameZh: string | null;
  createdAt: string;
}

/** GET /api/scorecard */
export interface Scorecard {
  year: number;
  asOf: string;
  scorecard: Judged<{ elements: ElementScore[]; metCount: number }>;
  goals: Goal[];
  profitSharing: { account: AccountRef; splits: Split[]; check: Judged<{ present: boolean; totalShare: number; valid: boolean }> }[];
  replication: Replication[];
  toolkit: { total: number; byKind: Record<string, number> };
}

export function useScorecard(year: number) {
  return useQuery({ queryKey: ['scorecard', year], queryFn: ({ signal }) => api<Scorecard>('/scorecard', { query: { year }, signal }) });
}

export function useToolkit(filters: { kind?: string | null; industry?: string | null }) {
  return useQuery({
    queryKey: ['toolkit', filters],
    queryFn: async ({ signal }) => (await api<{ items: ToolkitAsset[] }>('/toolkit', { query: filters, signal })).items,
  });
}

function useRefresh() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: ['toolkit'] });
    void client.invalidateQueries({ queryKey: ['scorecard'] });
  };
}

export function useToolkitChange() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (change: { add: { kind: string; title: string; titleZh: string | null; url: string | null; industries: string[]; stages: string[] } } | { remove: string }) =>
      'add' in change ? api('/toolkit', { method: 'POST', body: change.add }) : api(`/toolkit/${change.remove}`, { method: 'DELETE' }),
    onSuccess: refresh,
  });
}

export function useGoalChange() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (change: { id: string; actual?: number; target?: number } | { add: { year: number; metric: string; target: number; actual: number; note: string | null } }) =>
      'add' in change
        ? api('/program-goals', { method: 'POST', body: change.add })
        : api(`/program-goals/${change.id}`, { method: 'PATCH', body: { actual: change.actual, target: change.target } }),
    onSuccess: refresh,
  });
}
