import { Accordion, Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { salesStageFor } from '../../domain/deals/stages.ts';
import type { DealDetail, PlaybookStage } from './deal-types.ts';
import { useDealLabels } from './use-deal-labels.ts';
import { useDealCatalogue } from './use-deals.ts';

/** The playbook: what to do at the stage the deal stands at and how to know it is done; every other stage on demand. */
export function DealPlaybook({ deal }: { deal: DealDetail }) {
  const { t } = useTranslation();
  const labels = useDealLabels();
  const catalogue = useDealCatalogue().data;
  const current = deal.playbook;
  return (
    <Paper withBorder p="md" radius="md" data-testid="deal-playbook">
      <Title order={4} mb={4}>
        {t('dealsUi.playbook.title')}
      </Title>
      {current ? (
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            {t('dealsUi.playbook.forStage', {
              stage: labels.buyingStage(current.buyingStage),
              ours: labels.salesStage(pairedSales(current)),
            })}
          </Text>
          <StagePlaybook stage={current} />
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          {t('dealsUi.playbook.none')}
        </Text>
      )}
      {catalogue && (
        <Accordion variant="contained" mt="sm">
          <Accordion.Item value="all">
            <Accordion.Control>
              <Text size="sm">{t('dealsUi.playbook.everyStage')}</Text>
            </Accordion.Control>
            <Accordion.Panel>
              <Stack gap="md">
                {catalogue.playbook.map((stage) => (
                  <Stack key={stage.buyingStage} gap={4}>
                    <Text size="sm" fw={600}>
                      {labels.buyingStage(stage.buyingStage)} ↔ {labels.salesStage(pairedSales(stage))}
                    </Text>
                    <StagePlaybook stage={stage} />
                  </Stack>
                ))}
              </Stack>
            </Accordion.Panel>
          </Accordion.Item>
        </Accordion>
      )}
    </Paper>
  );
}

const pairedSales = (stage: PlaybookStage) => salesStageFor(stage.buyingStage);

function StagePlaybook({ stage }: { stage: PlaybookStage }) {
  const { t, i18n } = useTranslation();
  const labels = useDealLabels();
  // The company's own wording of its exit criteria, in both languages, is the text.
  const zh = i18n.language === 'zh-CN';
  return (
    <Stack gap={6}>
      <Text size="xs" tt="uppercase" c="dimmed" fw={700}>
        {t('dealsUi.playbook.recommended')}
      </Text>
      <Group gap={4}>
        {stage.recommendedActions.map((action) => (
          <Badge key={action} variant="light" color="teal" style={{ textTransform: 'none' }}>
            {labels.action(action)}
          </Badge>
        ))}
      </Group>
      <Text size="xs" tt="uppercase" c="dimmed" fw={700}>
        {t('dealsUi.playbook.exitCriteria')}
      </Text>
      <List size="sm" spacing={2}>
        {stage.exitCriteria.map((c) => (
          <List.Item key={c.id}>{zh ? c.zh : c.en}</List.Item>
        ))}
      </List>
    </Stack>
  );
}
