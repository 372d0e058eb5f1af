import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../app/api.ts';
import type { MyWeek } from './my-week-types.ts';

/** A rep's week: the signed-in user's when `userId` is null; this week when `week` is null. */
export function useMyWeek(userId: string | null, week: string | null) {
  return useQuery({
    queryKey: ['my-week', userId, week],
    queryFn: ({ signal }) => api<MyWeek>('/my-week', { query: { userId, week }, signal }),
    // Stepping from week to week keeps the last one on screen until the next arrives.
    placeholderData: keepPreviousData,
    retry: false,
  });
}

const DAY_MS = 86_400_000;

/** The day `days` after a calendar day (YYYY-MM-DD), as a calendar day. */
export function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The Monday (YYYY-MM-DD, UTC as the API counts weeks) of the week holding `at`. */
export function mondayOf(at: Date): string {
  const day = at.toISOString().slice(0, 10);
  return shiftDay(day, -((at.getUTCDay() + 6) % 7));
}
