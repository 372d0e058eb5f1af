import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyNote } from '../components/empty-state.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { useCatalog } from '../i18n/use-catalog.ts';
import { useFormat } from '../i18n/use-format.ts';
import { FourPatsBadges } from './four-pats.tsx';
import type { AccountRef } from './organisation-types.ts';
import { useCompliance } from './use-organisation.ts';

function AccountLinks({ items, tab, testId }: { items: { account: AccountRef; note?: string }[]; tab: string; testId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (items.length === 0) return <EmptyNote>{t('organisationUi.compliance.none')}</EmptyNote>;
  return (
    <Stack gap={4} data-testid={testId}>
      {items.map(({ account, note }) => (
        <Group key={account.id} gap="xs" wrap="nowrap">
          <Anchor component={Link} to={`/accounts/${account.id}?tab=${tab}`} size="sm">
            {format.name(account.name, account.nameZh)}
          </Anchor>
          {note && (
            <Text size="xs" c="dimmed">
              {note}
            </Text>
          )}
        </Group>
      ))}
    </Stack>
  );
}

/** Executive compliance over my scope (SPEC §7): per executive, and the accounts the guard rails flag. */
export function CompliancePanel() {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useCatalog();
  const compliance = useCompliance(true);
  if (compliance.isPending) return <PageLoader />;
  if (compliance.isError) return <ErrorAlert error={compliance.error} />;
  const data = compliance.data;
  return (
    <Card withBorder padding="md" data-testid="compliance-panel">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('organisationUi.compliance.title')}</Title>
        <FourPatsBadges counts={data.fourPats} testId="compliance-four-pats" />
      </Group>
      <Table verticalSpacing="xs" mb="md">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('organisationUi.pairings.executive')}</Table.Th>
            <Table.Th>{t('organisationUi.cockpit.paired')}</Table.Th>
            <Table.Th>{t('organisationUi.cockpit.visitsOverdue')}</Table.Th>
            <Table.Th>{t('organisation.guardRails.unplanned_visit')}</Table.Th>
            <Table.Th>{t('organisation.guardRails.over_promising')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.executives.map((e) => (
            <Table.Tr key={e.executiveId}>
              <Table.Td>
                <Group gap="xs">
                  <Text size="sm">{format.name(e.name, e.nameZh)}</Text>
                  {!e.salesTrained && (
                    <Badge size="xs" color="orange" variant="light">
                      {t('organisationUi.pairings.untrained')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>{e.pairedAccounts}</Table.Td>
              <Table.Td c={e.overdueVisits ? 'red' : undefined}>{e.overdueVisits}</Table.Td>
              <Table.Td c={e.unplannedVisits ? 'red' : undefined}>{e.unplannedVisits}</Table.Td>
              <Table.Td c={e.flaggedCommitments ? 'red' : undefined}>{e.flaggedCommitments}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <div>
          <Text fw={500} size="sm" mb={4}>
            {t('organisation.guardRails.hands_off')}
          </Text>
          <AccountLinks
            testId="compliance-hands-off"
            tab="executives"
            items={data.handsOff.map((h) => ({
              account: h.account,
              note: h.check.value.daysSinceLastTouchpoint === null ? t('organisationUi.compliance.neverTouched') : t('common.days', { count: Math.floor(h.check.value.daysSinceLastTouchpoint) }),
            }))}
          />
        </div>
        <div>
          <Text fw={500} size="sm" mb={4}>
            {t('organisationUi.compliance.incompleteTeams')}
          </Text>
          <AccountLinks
            testId="compliance-teams"
            tab="team"
            items={data.incompleteTeams.map((i) => ({ account: i.account, note: i.check.value.missingRoles.map((r) => label('teamRoles', r)).join(', ') }))}
          />
        </div>
        <div>
          <Text fw={500} size="sm" mb={4}>
            {t('organisationUi.compliance.unpaired')}
          </Text>
          <AccountLinks testId="compliance-unpaired" tab="team" items={data.unpaired.map((account) => ({ account }))} />
        </div>
      </SimpleGrid>
    </Card>
  );
}
