import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TierBadge } from '../components/badges.tsx';
import { EmptyNote } from '../components/empty-state.tsx';
import { useFormat } from '../i18n/use-format.ts';
import { ReasonList } from '../judgements/reason-list.tsx';
import type { VisitDue } from './my-week-types.ts';

/** 高密度拜访: each dangerous account with its visits against the monthly target, those due first, and why. */
export function VisitsDueTable({ items }: { items: VisitDue[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (items.length === 0) return <EmptyNote>{t('myWeek.visits.empty')}</EmptyNote>;
  return (
    <Table.ScrollContainer minWidth={980}>
      <Table verticalSpacing="xs" data-testid="visits-due-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('myWeek.visits.account')}</Table.Th>
            <Table.Th>{t('myWeek.visits.density')}</Table.Th>
            <Table.Th>{t('myWeek.visits.shortfall')}</Table.Th>
            <Table.Th>{t('myWeek.visits.lastVisit')}</Table.Th>
            <Table.Th>{t('myWeek.visits.nextDue')}</Table.Th>
            <Table.Th>{t('myWeek.visits.thisWeek')}</Table.Th>
            <Table.Th>{t('myWeek.visits.status')}</Table.Th>
            <Table.Th w={360}>{t('myWeek.visits.reasons')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => {
            const d = item.density.value;
            return (
              <Table.Tr key={item.account.id} data-testid="visit-due-row" data-account-id={item.account.id} data-due={item.due.value}>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Anchor component={Link} to={`/accounts/${item.account.id}`} size="sm" fw={500} data-testid="visit-due-account">
                      {format.name(item.account.name, item.account.nameZh)}
                    </Anchor>
                    <TierBadge tier={item.account.tier} />
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={d.meetsTarget ? undefined : 'red'}>
                    {t('myWeek.visits.densityValue', { visits: format.number(d.visitsInWindow), target: format.number(d.target) })}
                  </Text>
                </Table.Td>
                <Table.Td data-testid="visit-due-shortfall">{format.number(d.shortfall)}</Table.Td>
                <Table.Td>{format.date(d.lastVisitAt)}</Table.Td>
                <Table.Td>{format.date(d.nextVisitDueAt)}</Table.Td>
                <Table.Td>
                  {item.plannedThisWeek > 0
                    ? t('myWeek.visits.thisWeekValue', { visits: format.number(item.visitsThisWeek), planned: format.number(item.plannedThisWeek) })
                    : format.number(item.visitsThisWeek)}
                </Table.Td>
                <Table.Td>
                  {item.due.value ? (
                    <Badge color="red" style={{ minWidth: 'max-content' }}>
                      {t('myWeek.visits.due')}
                    </Badge>
                  ) : (
                    <Badge color="teal" variant="light" style={{ minWidth: 'max-content' }}>
                      {t('myWeek.visits.onTrack')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <ReasonList reasons={[...item.due.reasons, ...item.density.reasons]} testId="visit-due-reasons" />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
