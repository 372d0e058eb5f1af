import { Button, Center, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { EmptyNote } from '../components/empty-state.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { useFormat } from '../i18n/use-format.ts';
import { AccountFilterBar } from './account-filters.tsx';
import { AccountFormModal } from './account-form-modal.tsx';
import { AccountsTable } from './accounts-table.tsx';
import { nextSort, useAccountFilters } from './use-account-filters.ts';
import { useAccountList } from './use-accounts.ts';

/** The portfolio as a list: search, filter, sort and page through the accounts. */
export function AccountsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const filterState = useAccountFilters();
  const { filters, update } = filterState;
  const list = useAccountList(filters);
  const [creating, { open, close }] = useDisclosure(false);

  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const total = list.data?.pages[0]?.total ?? 0;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Group gap="sm" align="baseline">
          <Title order={2}>{t('accounts.title')}</Title>
          {list.data && (
            <Text c="dimmed" size="sm" data-testid="accounts-total">
              {t('accounts.total', { count: total, formatted: format.number(total) })}
            </Text>
          )}
        </Group>
        <Button onClick={open} data-testid="account-create">
          {t('accounts.create')}
        </Button>
      </Group>
      <AccountFilterBar {...filterState} />
      {list.isPending && <PageLoader />}
      {list.isError && <ErrorAlert error={list.error} />}
      {list.data && items.length === 0 && <EmptyNote>{t('accounts.empty')}</EmptyNote>}
      {items.length > 0 && (
        <AccountsTable items={items} sort={filters.sort} onSort={(column) => update({ sort: nextSort(filters.sort, column) })} />
      )}
      {list.hasNextPage && (
        <Center>
          <Button variant="default" onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage} data-testid="accounts-more">
            {t('accounts.loadMore', { shown: format.number(items.length), total: format.number(total) })}
          </Button>
        </Center>
      )}
      <AccountFormModal
        opened={creating}
        onClose={close}
        onSaved={(account) => {
          close();
          navigate(`/accounts/${account.id}`);
        }}
      />
    </Stack>
  );
}
