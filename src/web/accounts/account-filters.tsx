import { Button, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accountStatuses, industries, tiers } from '../../domain/catalog.ts';
import { usePeople, useRegions } from '../components/use-reference-data.ts';
import { useCatalog } from '../i18n/use-catalog.ts';
import { useFormat } from '../i18n/use-format.ts';
import type { useAccountFilters } from './use-account-filters.ts';

type FilterState = ReturnType<typeof useAccountFilters>;

/** Typing waits this long before the list is asked again. */
const searchDelayMs = 300;

function SearchBox({ filters, update }: Pick<FilterState, 'filters' | 'update'>) {
  const { t } = useTranslation();
  const [text, setText] = useState(filters.q ?? '');
  const [debounced] = useDebouncedValue(text.trim(), searchDelayMs);
  const pushed = useRef(filters.q ?? '');

  useEffect(() => {
    if (debounced === pushed.current) return;
    pushed.current = debounced;
    update({ q: debounced || null }, true);
  }, [debounced, update]);

  // The URL changed by other means (clear, back button): show what it says.
  useEffect(() => {
    const q = filters.q ?? '';
    if (q !== pushed.current) {
      pushed.current = q;
      setText(q);
    }
  }, [filters.q]);

  return (
    <TextInput
      type="search"
      placeholder={t('accounts.searchPlaceholder')}
      aria-label={t('accounts.search')}
      data-testid="accounts-search"
      value={text}
      onChange={(event) => setText(event.currentTarget.value)}
      w={240}
    />
  );
}

/** Search and filters of the accounts list; every choice lands in the URL. */
export function AccountFilterBar({ filters, update, clear, active }: FilterState) {
  const { t } = useTranslation();
  const label = useCatalog();
  const format = useFormat();
  const regions = useRegions();
  const people = usePeople();

  const vocabulary = (ids: readonly string[], vocab: 'industries' | 'accountStatuses' | 'tiers') =>
    ids.map((id) => ({ value: id, label: label(vocab, id) }));
  const regionOptions = (regions.data ?? []).map((r) => ({ value: r.id, label: format.name(r.nameEn, r.nameZh) }));
  const ownerOptions = (people.data ?? [])
    .filter((p) => p.role !== 'staff')
    .map((p) => ({ value: p.id, label: format.name(p.name, p.nameZh) }))
    .sort((a, b) => a.label.localeCompare(b.label, format.locale));

  const select = (key: 'region' | 'industry' | 'owner' | 'status' | 'tier', data: { value: string; label: string }[]) => (
    <Select
      key={key}
      aria-label={t(`accounts.filters.${key}`)}
      placeholder={t(`accounts.filters.${key}`)}
      data-testid={`filter-${key}`}
      data={data}
      value={filters[key] ?? null}
      onChange={(value) => update({ [key]: value })}
      clearable
      searchable
      w={170}
      comboboxProps={{ withinPortal: true }}
    />
  );

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <SearchBox filters={filters} update={update} />
      {select('region', regionOptions)}
      {select('industry', vocabulary(industries, 'industries'))}
      {select('owner', ownerOptions)}
      {select('status', vocabulary(accountStatuses, 'accountStatuses'))}
      {select('tier', vocabulary(tiers, 'tiers'))}
      {active && (
        <Button variant="subtle" onClick={clear} data-testid="filters-clear">
          {t('accounts.filters.clear')}
        </Button>
      )}
    </Group>
  );
}
