import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyNote } from '../components/empty-state.tsx';
import { useFormat } from '../i18n/use-format.ts';
import { ReasonList } from '../judgements/reason-list.tsx';
import type { DueState, Judged, MyWeek } from './my-week-types.ts';

type DueKind = 'plan_action' | 'defence_action' | 'commitment' | 'plan_review';

interface DueRow {
  id: string;
  kind: DueKind;
  what: string;
  accountId: string;
  accountName: string;
  accountNameZh: string | null;
  /** A calendar day, or an instant for a review cadence. */
  due: string;
  to: string;
  judgement: Judged<DueState>;
}

/** Plan actions, defence actions, commitments and plan reviews of the week as one list, the oldest due first. */
export function dueRows(week: Pick<MyWeek, 'planActions' | 'defenceActions' | 'commitments' | 'planReviews'>, planReviewText: string): DueRow[] {
  const rows: DueRow[] = [
    ...week.planActions.map((a) => ({ ...a, kind: 'plan_action' as const, due: a.dueOn, to: `/accounts/${a.accountId}/plan`, judgement: a.due })),
    ...week.defenceActions.map((a) => ({ ...a, kind: 'defence_action' as const, due: a.dueOn, to: `/accounts/${a.accountId}?tab=judgement`, judgement: a.due })),
    ...week.commitments.map((c) => ({ ...c, kind: 'commitment' as const, due: c.dueOn, to: `/accounts/${c.accountId}?tab=executives`, judgement: c.due })),
    ...week.planReviews.map((p) => ({
      id: p.account.id,
      kind: 'plan_review' as const,
      what: planReviewText,
      accountId: p.account.id,
      accountName: p.account.name,
      accountNameZh: p.account.nameZh,
      due: p.dueAt,
      to: `/accounts/${p.account.id}/plan`,
      judgement: p.due,
    })),
  ];
  return rows.sort((a, b) => Date.parse(a.due) - Date.parse(b.due));
}

export function DueItemsTable({ rows }: { rows: DueRow[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (rows.length === 0) return <EmptyNote>{t('myWeek.due.empty')}</EmptyNote>;
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table verticalSpacing="xs" data-testid="due-items-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('myWeek.due.kind')}</Table.Th>
            <Table.Th>{t('myWeek.due.account')}</Table.Th>
            <Table.Th>{t('myWeek.due.dueOn')}</Table.Th>
            <Table.Th>{t('myWeek.due.state')}</Table.Th>
            <Table.Th w={360}>{t('myWeek.visits.reasons')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const overdue = row.judgement.value === 'overdue';
            const days = Number(row.judgement.reasons[0]?.params?.daysOverdue ?? 0);
            return (
              <Table.Tr key={`${row.kind}-${row.id}`} data-testid="due-item-row" data-kind={row.kind} data-state={row.judgement.value}>
                <Table.Td maw={320}>
                  <Text size="xs" c="dimmed">
                    {t(`myWeek.due.kinds.${row.kind}`)}
                  </Text>
                  <Text size="sm">{row.what}</Text>
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={row.to} size="sm">
                    {format.name(row.accountName, row.accountNameZh)}
                  </Anchor>
                </Table.Td>
                <Table.Td>{format.date(row.due)}</Table.Td>
                <Table.Td>
                  <Badge color={overdue ? 'red' : 'blue'} variant={overdue ? 'filled' : 'light'} style={{ minWidth: 'max-content' }}>
                    {overdue ? t('myWeek.due.overdue', { days: t('common.days', { count: days }) }) : t('myWeek.due.due_this_week')}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <ReasonList reasons={row.judgement.reasons} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
