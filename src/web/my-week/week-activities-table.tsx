import { Anchor, Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyNote } from '../components/empty-state.tsx';
import { useCatalog } from '../i18n/use-catalog.ts';
import { useFormat } from '../i18n/use-format.ts';
import type { WeekActivity } from './my-week-types.ts';

/** What happened (or is planned) on the rep's accounts this week, latest first. */
export function WeekActivitiesTable({ items }: { items: WeekActivity[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useCatalog();
  if (items.length === 0) return <EmptyNote>{t('myWeek.activities.empty')}</EmptyNote>;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped verticalSpacing="xs" data-testid="week-activities-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('myWeek.activities.when')}</Table.Th>
            <Table.Th>{t('myWeek.activities.kind')}</Table.Th>
            <Table.Th>{t('myWeek.activities.subject')}</Table.Th>
            <Table.Th>{t('myWeek.activities.account')}</Table.Th>
            <Table.Th>{t('myWeek.activities.loggedBy')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((a) => (
            <Table.Tr key={a.id} data-testid="week-activity-row" data-planned={a.planned}>
              <Table.Td>{format.dateTime(a.occurredAt)}</Table.Td>
              <Table.Td>
                {label('activityKinds', a.kind)}
                {a.planned && (
                  <Badge ml={6} size="sm" variant="light">
                    {t('myWeek.activities.planned')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td maw={360}>{a.subject}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/accounts/${a.accountId}?tab=activities`} size="sm">
                  {format.name(a.accountName, a.accountNameZh)}
                </Anchor>
              </Table.Td>
              <Table.Td>{a.loggedByName ? format.name(a.loggedByName, a.loggedByNameZh) : '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
