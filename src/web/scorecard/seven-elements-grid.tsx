import { Badge, Card, Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReasonList } from '../judgements/reason-list.tsx';
import type { ElementScore } from './use-scorecard.ts';

/** One card per element (目标、组织、机制、流程、工具、标杆、复制): met or not, its measures and reasons. */
export function SevenElementsGrid({ elements }: { elements: ElementScore[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<string | null>(null);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} data-testid="seven-elements">
      {elements.map((e) => (
        <Card key={e.element} withBorder padding="sm" data-testid={`element-${e.element}`} data-met={e.met}>
          <Group justify="space-between" mb={6}>
            <Text fw={700}>{t(`organisation.sevenElements.${e.element}`)}</Text>
            <Badge color={e.met ? 'teal' : 'orange'} variant="light">
              {t(e.met ? 'scorecardUi.met' : 'scorecardUi.notMet')}
            </Badge>
          </Group>
          <Stack gap={6}>
            {e.measures.map((m) => (
              <div key={m.name}>
                <Group justify="space-between">
                  <Text size="xs">{t(`organisation.measures.${m.name}`)}</Text>
                  <Text size="xs" fw={500}>
                    {m.actual} / {m.target}
                  </Text>
                </Group>
                <Progress value={m.target > 0 ? Math.min(100, (m.actual / m.target) * 100) : m.met ? 100 : 0} color={m.met ? 'teal' : 'orange'} size="sm" />
              </div>
            ))}
            <Text size="xs" c="blue" style={{ cursor: 'pointer' }} onClick={() => setOpen(open === e.element ? null : e.element)}>
              {t(open === e.element ? 'organisationUi.hideReasons' : 'organisationUi.showReasons')}
            </Text>
            {open === e.element && <ReasonList reasons={e.reasons} />}
          </Stack>
        </Card>
      ))}
    </SimpleGrid>
  );
}
