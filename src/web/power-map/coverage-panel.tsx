import { Group, List, Paper, RingProgress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PowerMapData } from './power-map-types.ts';
import { useReasonText } from './use-map-labels.ts';

const scoreColor = (value: number) => (value >= 70 ? 'teal' : value >= 40 ? 'yellow' : 'red');

/** How widely and how well we reach into the customer (single point → multi-point), part by part. */
export function CoveragePanel({ map }: { map: PowerMapData }) {
  const { t } = useTranslation();
  const reasonText = useReasonText(map.nodes);
  const { value, reasons } = map.coverage;
  return (
    <Paper withBorder p="xs" radius="md" data-testid="power-map-coverage">
      <Group gap="sm" wrap="nowrap" align="center">
        <RingProgress
          size={72}
          thickness={8}
          roundCaps
          sections={[{ value, color: scoreColor(value) }]}
          label={
            <Text ta="center" fw={700} size="md" data-testid="coverage-score">
              {value}
            </Text>
          }
        />
        <Stack gap={0}>
          <Text fw={600} size="sm">
            {t('powerMapUi.coverage.title')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('powerMapUi.coverage.hint')}
          </Text>
        </Stack>
      </Group>
      <List size="xs" spacing={2} mt={6}>
        {reasons.map((reason) => (
          <List.Item key={reason.rule} c={reason.met ? undefined : 'dimmed'}>
            {reasonText(reason)}
          </List.Item>
        ))}
      </List>
    </Paper>
  );
}
