import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../components/page-loader.tsx';
import { PartView } from '../components/part-view.tsx';
import { useFormat } from '../i18n/use-format.ts';
import type { FinancialPeriod } from './account-types.ts';
import { lastMonths, trailingTotals } from './monthly-series.ts';
import { useAccountPart } from './use-accounts.ts';

const FinancialsChart = lazy(() => import('./financials-chart.tsx').then((m) => ({ default: m.FinancialsChart })));

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="lg" fw={600} data-testid={testId}>
        {value}
      </Text>
    </Paper>
  );
}

/** Our business with the account over the last 24 months. */
export function AccountFinancials({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const query = useAccountPart<FinancialPeriod>(accountId, 'financials');
  return (
    <PartView query={query} empty={t('account.financials.empty')}>
      {(items) => {
        const series = lastMonths(items, 24);
        const totals = trailingTotals(series);
        const margin = totals.revenue > 0 ? totals.grossProfit / totals.revenue : null;
        return (
          <Stack>
            <SimpleGrid cols={{ base: 2, md: 4 }}>
              <Figure label={t('account.financials.revenue12m')} value={format.money(totals.revenue)} testId="revenue-12m" />
              <Figure label={t('account.financials.grossProfit12m')} value={format.money(totals.grossProfit)} testId="gross-profit-12m" />
              <Figure label={t('account.financials.margin')} value={format.percent(margin)} testId="margin-12m" />
              <Figure
                label={t('account.financials.growth')}
                value={totals.growth === null ? '—' : `${totals.growth > 0 ? '+' : ''}${format.percent(totals.growth)}`}
                testId="growth-12m"
              />
            </SimpleGrid>
            <Suspense fallback={<PageLoader />}>
              <FinancialsChart series={series} />
            </Suspense>
          </Stack>
        );
      }}
    </PartView>
  );
}
