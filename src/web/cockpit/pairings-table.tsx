import { ActionIcon, Anchor, Badge, Group, Table, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TierBadge } from '../components/badges.tsx';
import { EmptyNote } from '../components/empty-state.tsx';
import type { Tier } from '../../domain/catalog.ts';
import { useFormat } from '../i18n/use-format.ts';
import type { Pairing } from './organisation-types.ts';

/** Executive pairings (结对子): cadence, last and next visit, overdue, sales training. */
export function PairingsTable({ items, show, onRemove }: { items: Pairing[]; show: 'account' | 'executive'; onRemove?: (p: Pairing) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (items.length === 0) return <EmptyNote>{t('organisationUi.pairings.empty')}</EmptyNote>;
  return (
    <Table verticalSpacing="xs" data-testid="pairings-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t(show === 'account' ? 'organisationUi.account' : 'organisationUi.pairings.executive')}</Table.Th>
          <Table.Th>{t('organisationUi.pairings.cadence')}</Table.Th>
          <Table.Th>{t('organisationUi.pairings.lastVisit')}</Table.Th>
          <Table.Th>{t('organisationUi.pairings.nextDue')}</Table.Th>
          <Table.Th>{t('organisationUi.pairings.flags')}</Table.Th>
          {onRemove && <Table.Th />}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((p) => (
          <Table.Tr key={`${p.accountId}-${p.executiveId}`} data-testid="pairing-row" data-account-id={p.accountId} data-overdue={p.status.value.overdue}>
            <Table.Td>
              {show === 'account' ? (
                <Group gap="xs" wrap="nowrap">
                  <Anchor component={Link} to={`/accounts/${p.accountId}?tab=executives`} size="sm">
                    {format.name(p.accountName, p.accountNameZh)}
                  </Anchor>
                  <TierBadge tier={p.tier as Tier | null} />
                </Group>
              ) : (
                <Text size="sm">{format.name(p.executiveName, p.executiveNameZh)}</Text>
              )}
            </Table.Td>
            <Table.Td>{t('common.days', { count: p.cadenceDays })}</Table.Td>
            <Table.Td>{format.date(p.status.value.lastVisitAt)}</Table.Td>
            <Table.Td>{format.date(p.status.value.nextDueAt)}</Table.Td>
            <Table.Td>
              <Group gap={4}>
                {p.status.value.overdue ? (
                  <Badge color="red" data-testid="pairing-overdue">
                    {t('organisationUi.pairings.overdue')}
                  </Badge>
                ) : (
                  <Badge color="teal" variant="light">
                    {t('organisationUi.pairings.onCadence')}
                  </Badge>
                )}
                {!p.status.value.salesTrained && (
                  <Tooltip label={t('organisationUi.pairings.untrainedHint')} multiline w={260}>
                    <Badge color="orange" variant="light">
                      {t('organisationUi.pairings.untrained')}
                    </Badge>
                  </Tooltip>
                )}
              </Group>
            </Table.Td>
            {onRemove && (
              <Table.Td>
                <ActionIcon variant="subtle" color="gray" aria-label={t('organisationUi.remove')} onClick={() => onRemove(p)}>
                  ×
                </ActionIcon>
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
