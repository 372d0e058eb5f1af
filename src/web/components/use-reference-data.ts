import { useQuery } from '@tanstack/react-query';
import type { UserRole } from '../../domain/catalog.ts';
import { api } from '../app/api.ts';

export interface Region {
  id: string;
  code: string;
  nameEn: string;
  nameZh: string;
}

export interface Person {
  id: string;
  email: string;
  name: string;
  nameZh: string | null;
  role: UserRole;
  regionId: string | null;
  departmentId: string | null;
}

export interface Department {
  id: string;
  code: string;
  nameEn: string;
  nameZh: string;
  kind: string;
}

// Company reference data changes rarely; keep it for the session.
const referenceStaleTime = 10 * 60_000;

export function useRegions() {
  return useQuery({
    queryKey: ['regions'],
    queryFn: async () => (await api<{ items: Region[] }>('/regions')).items,
    staleTime: referenceStaleTime,
  });
}

export function usePeople() {
  return useQuery({
    queryKey: ['users'],
    queryFn: async () => (await api<{ items: Person[] }>('/users')).items,
    staleTime: referenceStaleTime,
  });
}

export function useDepartments() {
  return useQuery({
    queryKey: ['departments'],
    queryFn: async () => (await api<{ items: Department[] }>('/departments')).items,
    staleTime: referenceStaleTime,
  });
}
