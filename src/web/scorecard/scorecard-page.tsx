import { Badge, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../auth/use-current-user.ts';
import { CompliancePanel } from '../cockpit/compliance-panel.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { GoalsTable } from './goals-table.tsx';
import { ProfitSharingTable } from './profit-sharing-table.tsx';
import { ReplicationList } from './replication-list.tsx';
import { SevenElementsGrid } from './seven-elements-grid.tsx';
import { ToolkitLibrary } from './toolkit-library.tsx';
import { useScorecard } from './use-scorecard.ts';

function Section({ title, hint, children, testId }: { title: string; hint?: string; children: React.ReactNode; testId?: string }) {
  return (
    <Card withBorder padding="md" data-testid={testId}>
      <Title order={4}>{title}</Title>
      {hint && (
        <Text size="xs" c="dimmed" mb="xs">
          {hint}
        </Text>
      )}
      {children}
    </Card>
  );
}

/**
 * The strategic-account unit scored on its seven elements (目标、组织、机制、流程、工具、标杆、复制),
 * with the goals, profit sharing, toolkit library and replication targets behind them.
 */
export function ScorecardPage() {
  const { t } = useTranslation();
  const { data: user } = useCurrentUser();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const scorecard = useScorecard(year);
  const leader = user?.role === 'admin' || user?.role === 'executive' || user?.role === 'manager';

  return (
    <Stack gap="md" data-testid="scorecard-page">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('nav.scorecard')}</Title>
          <Text size="sm" c="dimmed">
            {t('scorecardUi.subtitle')}
          </Text>
        </div>
        <Group>
          {scorecard.data && (
            <Badge size="lg" variant="light" color={scorecard.data.scorecard.value.metCount === 7 ? 'teal' : 'orange'} data-testid="scorecard-met">
              {t('scorecardUi.metCount', { count: scorecard.data.scorecard.value.metCount })}
            </Badge>
          )}
          <Select w={110} data={[thisYear - 1, thisYear, thisYear + 1].map(String)} value={String(year)} onChange={(v) => v && setYear(Number(v))} />
        </Group>
      </Group>
      {scorecard.isPending ? (
        <PageLoader />
      ) : scorecard.isError ? (
        <ErrorAlert error={scorecard.error} />
      ) : (
        <>
          <SevenElementsGrid elements={scorecard.data.scorecard.value.elements} />
          <Section title={t('scorecardUi.goals.title')} hint={t('scorecardUi.goals.hint')}>
            <GoalsTable goals={scorecard.data.goals} year={year} canEdit={leader} />
          </Section>
          <Section title={t('scorecardUi.replication.title')} hint={t('scorecardUi.replication.hint')}>
            <ReplicationList items={scorecard.data.replication} />
          </Section>
          <Section title={t('scorecardUi.sharing.title')} hint={t('scorecardUi.sharing.hint')}>
            <ProfitSharingTable items={scorecard.data.profitSharing} />
          </Section>
        </>
      )}
      <Section title={t('scorecardUi.toolkit.title')} hint={t('scorecardUi.toolkit.hint')}>
        <ToolkitLibrary />
      </Section>
      {leader && <CompliancePanel />}
    </Stack>
  );
}
