import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountPage } from '../accounts/account-types.ts';
import { api } from '../app/api.ts';
import { useFormat } from '../i18n/use-format.ts';

export interface PickedAccount {
  id: string;
  label: string;
}

/** Pick accounts by name from the caller's scope; the search runs on the server. */
export function AccountPicker({
  label,
  value,
  onChange,
}: {
  label: string;
  value: PickedAccount[];
  onChange: (value: PickedAccount[]) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const found = useQuery({
    queryKey: ['accounts', 'list', { q: debounced, picker: true }],
    queryFn: ({ signal }) => api<AccountPage>('/accounts', { query: { q: debounced, limit: 20, sort: 'name' }, signal }),
  });
  const options = new Map(value.map((v) => [v.id, v.label]));
  for (const a of found.data?.items ?? []) options.set(a.id, format.name(a.name, a.nameZh));

  return (
    <MultiSelect
      label={label}
      placeholder={t('tagBoardsUi.searchAccounts')}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      data={[...options].map(([id, name]) => ({ value: id, label: name }))}
      value={value.map((v) => v.id)}
      onChange={(ids) => onChange(ids.map((id) => ({ id, label: options.get(id) ?? id })))}
      filter={({ options: all }) => all}
      nothingFoundMessage={t('tagBoardsUi.nothingFound')}
      data-testid="account-picker"
    />
  );
}
