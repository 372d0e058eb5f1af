import { Alert, Badge, Group, Paper, Spoiler, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCatalog } from '../i18n/use-catalog.ts';
import { useFormat } from '../i18n/use-format.ts';
import type { Evaluation } from './judgement-types.ts';
import { ReasonList } from './reason-list.tsx';

/** Can we serve them (and where to start if not), and is the business growing (判断大客户). */
export function ServiceabilityCard({ evaluation }: { evaluation: Evaluation }) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useCatalog();
  const service = evaluation.serviceability.value;
  const growth = evaluation.growth.value;
  const entry = service.entryPoint;
  const signed = (rate: number | null) => (rate === null ? '—' : `${rate > 0 ? '+' : ''}${format.percent(rate)}`);

  return (
    <Paper withBorder p="md" radius="md" data-testid="judgement-serviceability">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4}>{t('selection.serviceability')}</Title>
          <Badge color={service.served ? 'teal' : 'orange'} variant="light" data-testid="served-badge">
            {t(service.served ? 'judgementUi.service.served' : 'judgementUi.service.notServed')}
          </Badge>
        </Group>
        {entry && (
          <Alert variant="light" color="orange" title={t('selection.entryPoint')} data-testid="entry-point">
            {t('judgementUi.service.entryPoint', {
              site: entry.site.name,
              kind: label('siteKinds', entry.site.kind),
              city: entry.site.city,
              km: format.number(Math.round(entry.distanceKm)),
              operation: entry.operation.city ?? entry.operation.province,
            })}
          </Alert>
        )}
        <Spoiler maxHeight={96} showLabel={t('judgementUi.more')} hideLabel={t('judgementUi.less')}>
          <ReasonList reasons={evaluation.serviceability.reasons} />
        </Spoiler>
        <Group justify="space-between" mt="xs">
          <Title order={5}>{t('selection.growth')}</Title>
          <Text size="sm" fw={600} c={growth.rate !== null && growth.rate < 0 ? 'red' : undefined} data-testid="growth-rate">
            {signed(growth.rate)}
          </Text>
        </Group>
        <ReasonList reasons={evaluation.growth.reasons} />
      </Stack>
    </Paper>
  );
}
