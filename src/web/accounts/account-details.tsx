import { DataList, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCatalog } from '../i18n/use-catalog.ts';
import { dash, useFormat } from '../i18n/use-format.ts';
import type { Account } from './account-types.ts';

/** All the account's own fields (SPEC §1.1), each with the label the form uses. */
export function AccountDetails({ account }: { account: Account }) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useCatalog();
  const yesNo = (value: boolean) => t(value ? 'common.yes' : 'common.no');
  const days = (value: number | null) => (value === null ? dash : t('common.days', { count: value }));
  const growth = (value: number | null) => (value === null ? dash : `${value > 0 ? '+' : ''}${format.percent(value)}`);

  const identity: [string, React.ReactNode][] = [
    ['name', account.name],
    ['nameZh', account.nameZh ?? dash],
    ['industry', label('industries', account.industry)],
    ['status', label('accountStatuses', account.status)],
    ['regionId', account.region ? format.name(account.region.nameEn, account.region.nameZh) : dash],
    ['province', account.province],
    ['city', account.city],
    ['ownerId', account.owner ? format.name(account.owner.name, account.owner.nameZh) : dash],
  ];
  const business: [string, React.ReactNode][] = [
    ['walletEstimate', format.money(account.walletEstimate)],
    ['paymentTermsDays', days(account.paymentTermsDays)],
    ['collectionCycleDays', days(account.collectionCycleDays)],
    ['overdueShare', format.percent(account.overdueShare)],
    ['customerGrowth', growth(account.customerGrowth)],
    ['jointOffice', yesNo(account.jointOffice)],
    ['coLocated', yesNo(account.coLocated)],
    ['createdAt', format.dateTime(account.createdAt)],
    ['updatedAt', format.dateTime(account.updatedAt)],
  ];
  const list = (rows: [string, React.ReactNode][]) => (
    <DataList labelWidth={170} withDivider>
      {rows.map(([field, value]) => (
        <DataList.Item key={field}>
          <DataList.ItemLabel>{t(`account.fields.${field}`)}</DataList.ItemLabel>
          <DataList.ItemValue data-testid={`detail-${field}`}>{value}</DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
  return (
    <>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        {list(identity)}
        {list(business)}
      </SimpleGrid>
      <Text fw={500} mt="lg" mb={4}>
        {t('account.fields.description')}
      </Text>
      <Text size="sm" c={account.description ? undefined : 'dimmed'} style={{ whiteSpace: 'pre-wrap' }} data-testid="detail-description">
        {account.description ?? dash}
      </Text>
    </>
  );
}
