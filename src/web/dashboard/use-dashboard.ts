import { useQuery } from '@tanstack/react-query';
import { api } from '../app/api.ts';
import type { Dashboard } from './dashboard-types.ts';

/** The portfolio over my accounts, as the home page shows it. */
export function useDashboard() {
  return useQuery({ queryKey: ['dashboard'], queryFn: ({ signal }) => api<Dashboard>('/dashboard', { signal }) });
}
