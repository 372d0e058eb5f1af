import { Anchor, Group, Table, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PaymentTrapBadge, StatusBadge, TagBadge, TierBadge } from '../components/badges.tsx';
import { useCatalog } from '../i18n/use-catalog.ts';
import { useFormat } from '../i18n/use-format.ts';
import type { AccountListItem } from './account-types.ts';
import type { AccountSort, SortColumn } from './use-account-filters.ts';

interface SortHeaderProps {
  column: SortColumn;
  sort: AccountSort;
  onSort: (column: SortColumn) => void;
  align?: 'left' | 'right';
  children: React.ReactNode;
}

function SortHeader({ column, sort, onSort, align = 'left', children }: SortHeaderProps) {
  const direction = sort === column ? 'ascending' : sort === `-${column}` ? 'descending' : 'none';
  return (
    <Table.Th aria-sort={direction} style={{ textAlign: align }}>
      <UnstyledButton onClick={() => onSort(column)} data-testid={`sort-${column}`} fw={700} fz="sm">
        {children} {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
      </UnstyledButton>
    </Table.Th>
  );
}

interface AccountsTableProps {
  items: AccountListItem[];
  sort: AccountSort;
  onSort: (column: SortColumn) => void;
}

export function AccountsTable({ items, sort, onSort }: AccountsTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useCatalog();
  // The tier column appears once the portfolio has been evaluated.
  const withTier = items.some((item) => item.tier !== null || item.tag !== null || item.paymentTrap);
  return (
    <Table.ScrollContainer minWidth={900}>
      {/* One line per account where it fits: only long names wrap; otherwise the table scrolls sideways. */}
      <Table striped highlightOnHover verticalSpacing="xs" horizontalSpacing="xs" style={{ whiteSpace: 'nowrap' }} data-testid="accounts-table">
        <Table.Thead>
          <Table.Tr>
            <SortHeader column="name" sort={sort} onSort={onSort}>
              {t('accounts.columns.name')}
            </SortHeader>
            <Table.Th>{t('accounts.columns.industry')}</Table.Th>
            <Table.Th>{t('accounts.columns.region')}</Table.Th>
            <Table.Th>{t('accounts.columns.city')}</Table.Th>
            <Table.Th>{t('accounts.columns.owner')}</Table.Th>
            <Table.Th>{t('accounts.columns.status')}</Table.Th>
            <SortHeader column="revenue" sort={sort} onSort={onSort} align="right">
              {t('accounts.columns.revenue12m')}
            </SortHeader>
            {withTier && <Table.Th>{t('accounts.columns.tier')}</Table.Th>}
            <SortHeader column="updated" sort={sort} onSort={onSort}>
              {t('accounts.columns.updated')}
            </SortHeader>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id} data-testid="account-row">
              <Table.Td style={{ whiteSpace: 'normal', minWidth: 180 }}>
                <Anchor component={Link} to={`/accounts/${item.id}`} fw={500} data-testid="account-link">
                  {format.name(item.name, item.nameZh)}
                </Anchor>
              </Table.Td>
              <Table.Td>{label('industries', item.industry)}</Table.Td>
              <Table.Td>{format.name(item.regionName, item.regionNameZh)}</Table.Td>
              <Table.Td>{item.city}</Table.Td>
              <Table.Td>{format.name(item.ownerName, item.ownerNameZh)}</Table.Td>
              <Table.Td>
                <StatusBadge status={item.status} />
              </Table.Td>
              <Table.Td style={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>{format.money(item.revenue12m)}</Table.Td>
              {withTier && (
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <TierBadge tier={item.tier} />
                    <TagBadge tag={item.tag} />
                    <PaymentTrapBadge flagged={item.paymentTrap} />
                  </Group>
                </Table.Td>
              )}
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {format.date(item.updatedAt)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
