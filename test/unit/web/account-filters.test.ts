import { describe, expect, it } from 'vitest';
import { filtersFrom, nextSort } from '../../../src/web/accounts/use-account-filters.ts';

describe('accounts list filters in the URL', () => {
  it('reads every filter, the search and the sort from the query string', () => {
    const filters = filtersFrom(
      new URLSearchParams('region=r1&industry=pharma&owner=u1&status=active&tier=strategic&q=%20cold%20&sort=-revenue'),
    );
    expect(filters).toEqual({
      region: 'r1',
      industry: 'pharma',
      owner: 'u1',
      status: 'active',
      tier: 'strategic',
      q: 'cold',
      sort: '-revenue',
    });
  });

  it('falls back to name order for an unknown sort and ignores blank filters', () => {
    expect(filtersFrom(new URLSearchParams('sort=price&region=&q=%20%20'))).toEqual({ sort: 'name' });
  });

  it('flips a column that is already sorted and starts money and recency largest first', () => {
    expect(nextSort('name', 'name')).toBe('-name');
    expect(nextSort('-name', 'name')).toBe('name');
    expect(nextSort('name', 'revenue')).toBe('-revenue');
    expect(nextSort('-revenue', 'revenue')).toBe('revenue');
    expect(nextSort('revenue', 'updated')).toBe('-updated');
    expect(nextSort('-updated', 'name')).toBe('name');
  });
});
