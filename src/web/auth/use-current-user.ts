import { useQuery } from '@tanstack/react-query';
import { api, isApiError } from '../app/api.ts';
import type { CurrentUser } from './user.ts';

export const currentUserKey = ['me'] as const;

/** Who is signed in: the user, null when nobody is, undefined while asking. */
export async function fetchCurrentUser(): Promise<CurrentUser | null> {
  try {
    return (await api<{ user: CurrentUser }>('/me')).user;
  } catch (err) {
    if (isApiError(err, 'auth.required')) return null;
    throw err;
  }
}

export function useCurrentUser() {
  return useQuery({ queryKey: currentUserKey, queryFn: fetchCurrentUser, staleTime: 5 * 60_000, retry: false });
}
