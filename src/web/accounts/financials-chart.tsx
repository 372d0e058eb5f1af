import { LineChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/use-format.ts';
import type { FinancialPeriod } from './account-types.ts';

/** Revenue and gross profit per month; loaded on demand since the chart library is large. */
export function FinancialsChart({ series }: { series: FinancialPeriod[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const data = series.map((p) => ({ month: format.month(p.month), revenue: p.revenue, grossProfit: p.grossProfit }));
  return (
    <LineChart
      h={300}
      data={data}
      dataKey="month"
      series={[
        { name: 'revenue', label: t('account.financials.revenue'), color: 'teal.6' },
        { name: 'grossProfit', label: t('account.financials.grossProfit'), color: 'indigo.6' },
      ]}
      curveType="monotone"
      withLegend
      yAxisProps={{ width: 80 }}
      valueFormatter={(value) => format.moneyCompact(value)}
      tooltipProps={{ wrapperStyle: { zIndex: 10 } }}
      data-testid="financials-chart"
    />
  );
}
