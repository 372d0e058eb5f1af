import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export const accountSorts = ['name', '-name', 'revenue', '-revenue', 'updated', '-updated'] as const;
export type AccountSort = (typeof accountSorts)[number];
export type SortColumn = 'name' | 'revenue' | 'updated';

export const filterKeys = ['region', 'industry', 'owner', 'status', 'tier'] as const;
export type FilterKey = (typeof filterKeys)[number];

export interface AccountFilters {
  region?: string;
  industry?: string;
  owner?: string;
  status?: string;
  tier?: string;
  q?: string;
  sort: AccountSort;
}

export const defaultSort: AccountSort = 'name';

/** Read the list's filters from a query string; unknown values are ignored. */
export function filtersFrom(params: URLSearchParams): AccountFilters {
  const sort = params.get('sort');
  const filters: AccountFilters = { sort: accountSorts.includes(sort as AccountSort) ? (sort as AccountSort) : defaultSort };
  for (const key of [...filterKeys, 'q'] as const) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return filters;
}

/** Next sort when a column header is clicked: same column flips, a new one starts in its natural order. */
export function nextSort(current: AccountSort, column: SortColumn): AccountSort {
  if (current === column) return `-${column}`;
  if (current === `-${column}`) return column;
  // Money and recency are most useful largest / newest first.
  return column === 'name' ? 'name' : `-${column}`;
}

/** The accounts list's filters, kept in the URL so that a view can be bookmarked and shared. */
export function useAccountFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFrom(params), [params]);

  const update = useCallback(
    (changes: Partial<Record<FilterKey | 'q' | 'sort', string | null>>, replace = false) => {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(changes)) {
            if (value) next.set(key, value);
            else next.delete(key);
          }
          if (next.get('sort') === defaultSort) next.delete('sort');
          return next;
        },
        { replace },
      );
    },
    [setParams],
  );

  // Clearing the filters keeps the chosen order.
  const clear = useCallback(
    () => setParams((previous) => new URLSearchParams(previous.has('sort') ? { sort: previous.get('sort') ?? '' } : {})),
    [setParams],
  );
  const active = filterKeys.some((key) => filters[key]) || Boolean(filters.q);
  return { filters, update, clear, active };
}
