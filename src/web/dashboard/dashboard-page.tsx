import { Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../auth/use-current-user.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { useFormat } from '../i18n/use-format.ts';
import { ConcentrationSection } from './concentration-section.tsx';
import { DistributionSection } from './distribution-section.tsx';
import { CommitmentsSection, ExecutivesSection } from './executives-section.tsx';
import { LevelMovesSection } from './level-moves-section.tsx';
import { PaymentTrapsSection } from './payment-traps-section.tsx';
import { PipelineSection } from './pipeline-section.tsx';
import { SupportSection } from './support-section.tsx';
import { DangerousSection, NailsSection } from './tag-sections.tsx';
import { TargetsSection } from './targets-section.tsx';
import { useDashboard } from './use-dashboard.ts';

/**
 * The portfolio dashboard (SPEC §7), the home page: over my accounts (a rep's own, a
 * manager's region, everyone's for executives), what needs attention first, each
 * figure with its reasons and the way to the page that has the detail.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data: user } = useCurrentUser();
  const dashboard = useDashboard();
  const scope = user?.role === 'manager' ? 'region' : user?.role === 'executive' || user?.role === 'admin' ? 'all' : 'own';

  return (
    <Stack gap="md" data-testid="dashboard">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2} data-testid="dashboard-title">
            {t('dashboard.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t(`dashboard.scope.${scope}`)}
          </Text>
        </div>
        {dashboard.data && (
          <Text size="xs" c="dimmed">
            {t('dashboard.asOf', { date: format.dateTime(dashboard.data.asOf) })}
          </Text>
        )}
      </Group>
      {dashboard.isPending ? (
        <PageLoader />
      ) : dashboard.isError ? (
        <ErrorAlert error={dashboard.error} />
      ) : (
        <>
          <DistributionSection data={dashboard.data} />
          <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }}>
            <DangerousSection data={dashboard.data} />
            <NailsSection data={dashboard.data} />
            <LevelMovesSection data={dashboard.data} />
            <ExecutivesSection data={dashboard.data} />
            <CommitmentsSection data={dashboard.data} />
            <SupportSection data={dashboard.data} />
            <ConcentrationSection data={dashboard.data} />
            <PaymentTrapsSection data={dashboard.data} />
            <TargetsSection data={dashboard.data} />
          </SimpleGrid>
          <PipelineSection data={dashboard.data} />
        </>
      )}
    </Stack>
  );
}
