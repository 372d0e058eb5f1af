import { Group, Paper, Select, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MARKET_STAGES } from '../../domain/tags/market-stage.ts';
import { useCurrentUser } from '../auth/use-current-user.ts';
import { useErrorText } from '../components/error-alert.tsx';
import { type Region, useRegions } from '../components/use-reference-data.ts';
import { useFormat } from '../i18n/use-format.ts';
import { useSetMarketStage } from './use-boards.ts';

/**
 * 阶段区分: early on a region takes the high-value, easy customers; from mid-stage
 * on, nails are the main source of growth. A manager sets their region's stage.
 */
export function MarketStages() {
  const { t } = useTranslation();
  const format = useFormat();
  const errorText = useErrorText();
  const { data: user } = useCurrentUser();
  const regions = useRegions();
  const setStage = useSetMarketStage();
  const canSet = (region: Region) =>
    user?.role === 'admin' || user?.role === 'executive' || (user?.role === 'manager' && user.regionId === region.id);

  return (
    <Paper withBorder p="sm" radius="md" data-testid="market-stages">
      <Text size="sm" fw={600} mb={4}>
        {t('tagBoardsUi.nail.marketStages')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="xs">
        {(regions.data ?? []).map((region) => {
          const stage = (region as Region & { marketStage?: string }).marketStage ?? null;
          return (
            <Group key={region.id} gap="xs" wrap="nowrap">
              <Text size="sm" w={90} truncate>
                {format.name(region.nameEn, region.nameZh)}
              </Text>
              <Select
                size="xs"
                w={140}
                data={MARKET_STAGES.map((s) => ({ value: s, label: t(`marketStage.${s}`) }))}
                value={stage}
                disabled={!canSet(region) || setStage.isPending}
                allowDeselect={false}
                onChange={(value) => value && setStage.mutate({ regionId: region.id, marketStage: value })}
                aria-label={t('tagBoardsUi.nail.marketStage')}
              />
            </Group>
          );
        })}
      </SimpleGrid>
      {setStage.error ? (
        <Text size="xs" c="red" mt={4}>
          {errorText(setStage.error)}
        </Text>
      ) : null}
    </Paper>
  );
}
