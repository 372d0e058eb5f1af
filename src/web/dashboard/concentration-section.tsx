import { Alert, Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyNote } from '../components/empty-state.tsx';
import { useFormat } from '../i18n/use-format.ts';
import type { Dashboard } from './dashboard-types.ts';
import { AccountLink, SectionCard } from './section-card.tsx';

/** How much of the last 12 months' revenue the largest accounts hold, with a warning past the limits. */
export function ConcentrationSection({ data }: { data: Dashboard }) {
  const { t } = useTranslation();
  const format = useFormat();
  const c = data.concentration.value;
  return (
    <SectionCard
      title={t('dashboard.concentration.title')}
      testId="dashboard-concentration"
      to="/accounts?sort=-revenue"
      why={data.concentration.reasons}
      count={c.warnings.length > 0 ? c.warnings.length : undefined}
      alert={c.warnings.length > 0}
    >
      {c.total <= 0 ? (
        <EmptyNote>{t('dashboard.concentration.none')}</EmptyNote>
      ) : (
        <Stack gap="sm">
          <Text size="xs" c="dimmed">
            {t('dashboard.concentration.total', { total: format.money(c.total), count: c.accounts })}
          </Text>
          {c.warnings.map((w) => (
            <Alert key={w} color="orange" variant="light" p="xs" data-testid={`dashboard-concentration-${w}`}>
              {t(`dashboard.concentration.warning.${w}`, {
                limit: format.percent(w === 'top_account' ? c.limits.topAccountShare : c.limits.topFiveShare),
              })}
            </Alert>
          ))}
          <SimpleGrid cols={3} spacing="xs">
            {c.groups.map((g) => (
              <Stack key={g.size} gap={0} align="center" data-testid={`dashboard-top-${g.size}`} data-share={g.share ?? ''}>
                <Text fw={700} size="lg">
                  {format.percent(g.share)}
                </Text>
                <Text size="xs" c="dimmed" ta="center">
                  {t('dashboard.concentration.top', { count: g.size })}
                </Text>
              </Stack>
            ))}
          </SimpleGrid>
          <Stack gap={4}>
            {c.leaders.slice(0, 5).map((l) => (
              <div key={l.account.id}>
                <Group justify="space-between" gap="xs" wrap="nowrap">
                  <AccountLink account={l.account} tab="financials" />
                  <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    {format.moneyCompact(l.revenue)} · {format.percent(l.share)}
                  </Text>
                </Group>
                <Progress value={(l.share ?? 0) * 100} size="xs" color="blue" />
              </div>
            ))}
          </Stack>
        </Stack>
      )}
    </SectionCard>
  );
}
