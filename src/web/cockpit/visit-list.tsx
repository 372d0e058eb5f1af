import { Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyNote } from '../components/empty-state.tsx';
import { useFormat } from '../i18n/use-format.ts';
import { ReasonList } from '../judgements/reason-list.tsx';
import type { Visit } from './organisation-types.ts';

/** The 拍脑门 verdict on one visit: planned and announced, or the issues that flag it. */
export function VisitVerdict({ visit }: { visit: Visit }) {
  const { t } = useTranslation();
  if (!visit.check.value.flagged) {
    return (
      <Badge color="teal" variant="light" data-testid="visit-ok" style={{ minWidth: 'max-content' }}>
        {t('organisationUi.visits.planned')}
      </Badge>
    );
  }
  return (
    <Group gap={4}>
      <Badge color="red" variant="filled" data-testid="visit-flagged" style={{ minWidth: 'max-content' }}>
        {t('organisation.guardRails.unplanned_visit')}
      </Badge>
      {visit.check.value.issues.map((issue) => (
        <Badge key={issue} color="red" variant="light" data-testid={`visit-issue-${issue}`}>
          {t(`organisation.unplannedVisitIssues.${issue}`)}
        </Badge>
      ))}
    </Group>
  );
}

/** Executive visits, ahead and past, each with its plan and the 拍脑门 check; a flagged one can get its plan completed. */
export function VisitList({ visits, showAccount, onComplete }: { visits: Visit[]; showAccount: boolean; onComplete?: (visit: Visit) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [open, setOpen] = useState<string | null>(null);
  if (visits.length === 0) return <EmptyNote>{t('organisationUi.visits.empty')}</EmptyNote>;
  return (
    <Table verticalSpacing="xs" data-testid="visit-list">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('organisationUi.visits.when')}</Table.Th>
          {showAccount && <Table.Th>{t('organisationUi.account')}</Table.Th>}
          <Table.Th>{t('organisationUi.visits.subject')}</Table.Th>
          <Table.Th>{t('organisationUi.visits.plan')}</Table.Th>
          <Table.Th>{t('organisationUi.visits.check')}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {visits.map((visit) => (
          <Table.Tr key={visit.id} data-testid="visit-row" data-visit-id={visit.id} data-flagged={visit.check.value.flagged}>
            <Table.Td>
              <Text size="sm">{format.dateTime(visit.at)}</Text>
              {visit.planned && (
                <Badge size="xs" variant="outline">
                  {t('organisationUi.visits.ahead')}
                </Badge>
              )}
            </Table.Td>
            {showAccount && (
              <Table.Td>
                <Anchor component={Link} to={`/accounts/${visit.accountId}?tab=executives`} size="sm">
                  {format.name(visit.accountName, visit.accountNameZh)}
                </Anchor>
              </Table.Td>
            )}
            <Table.Td>
              <Text size="sm">{visit.subject}</Text>
            </Table.Td>
            <Table.Td maw={320}>
              <Text size="xs">
                {t('organisationUi.visits.objective')}: {visit.objective || '—'}
              </Text>
              <Text size="xs">
                {t('organisationUi.visits.agenda')}: {visit.agenda || '—'}
              </Text>
              <Text size="xs" c="dimmed">
                {visit.teamNotifiedAt ? t('organisationUi.visits.notifiedOn', { date: format.dateTime(visit.teamNotifiedAt) }) : t('organisationUi.visits.notNotified')}
              </Text>
            </Table.Td>
            <Table.Td>
              <Stack gap={4}>
                <VisitVerdict visit={visit} />
                <Anchor component="button" size="xs" onClick={() => setOpen(open === visit.id ? null : visit.id)}>
                  {t(open === visit.id ? 'organisationUi.hideReasons' : 'organisationUi.showReasons')}
                </Anchor>
                {open === visit.id && <ReasonList reasons={visit.check.reasons} />}
              </Stack>
            </Table.Td>
            <Table.Td>
              {onComplete && visit.check.value.flagged && visit.planned && (
                <Button size="xs" variant="light" onClick={() => onComplete(visit)} data-testid="visit-complete">
                  {t('organisationUi.visits.complete')}
                </Button>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
