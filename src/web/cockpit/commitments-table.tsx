import { Anchor, Badge, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyNote } from '../components/empty-state.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { useFormat } from '../i18n/use-format.ts';
import type { Commitment } from './organisation-types.ts';
import { useSettleCommitment } from './use-organisation.ts';

const statusColor = { open: 'blue', kept: 'teal', broken: 'red' } as const;

/** Commitments made to customers (拍胸脯): who promised what to whom, by when; open ones can be settled as kept or broken. */
export function CommitmentsTable({ items, showAccount, canSettle }: { items: Commitment[]; showAccount: boolean; canSettle: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const settle = useSettleCommitment();
  if (items.length === 0) return <EmptyNote>{t('organisationUi.commitments.empty')}</EmptyNote>;
  return (
    <>
      {settle.error ? <ErrorAlert error={settle.error} /> : null}
      <Table verticalSpacing="xs" data-testid="commitments-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('organisationUi.commitments.what')}</Table.Th>
            {showAccount && <Table.Th>{t('organisationUi.account')}</Table.Th>}
            <Table.Th>{t('organisationUi.commitments.promisedBy')}</Table.Th>
            <Table.Th>{t('organisationUi.commitments.to')}</Table.Th>
            <Table.Th>{t('organisationUi.commitments.due')}</Table.Th>
            <Table.Th>{t('organisationUi.commitments.status')}</Table.Th>
            {canSettle && <Table.Th />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((c) => (
            <Table.Tr key={c.id} data-testid="commitment-row" data-flag={c.flag ?? 'none'}>
              <Table.Td maw={320}>
                <Text size="sm">{c.what}</Text>
              </Table.Td>
              {showAccount && (
                <Table.Td>
                  <Anchor component={Link} to={`/accounts/${c.accountId}?tab=executives`} size="sm">
                    {format.name(c.accountName, c.accountNameZh)}
                  </Anchor>
                </Table.Td>
              )}
              <Table.Td>{format.name(c.promisedByName, c.promisedByNameZh)}</Table.Td>
              <Table.Td>{c.toContactName ? format.name(c.toContactName, c.toContactNameZh) : '—'}</Table.Td>
              <Table.Td>{format.date(c.dueOn)}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  <Badge color={statusColor[c.status]} variant="light">
                    {t(`organisation.commitmentStatuses.${c.status}`)}
                  </Badge>
                  {c.flag === 'overdue' && (
                    <Badge color="red" variant="filled" data-testid="commitment-overdue">
                      {t('organisationUi.commitments.overdueBy', { count: Math.ceil(c.daysOverdue ?? 0) })}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              {canSettle && (
                <Table.Td>
                  {c.status === 'open' && (
                    <Group gap={4} wrap="nowrap">
                      <Button size="compact-xs" variant="light" color="teal" loading={settle.isPending} onClick={() => settle.mutate({ commitment: c, status: 'kept' })}>
                        {t('organisationUi.commitments.kept')}
                      </Button>
                      <Button size="compact-xs" variant="light" color="red" loading={settle.isPending} onClick={() => settle.mutate({ commitment: c, status: 'broken' })}>
                        {t('organisationUi.commitments.broken')}
                      </Button>
                    </Group>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
