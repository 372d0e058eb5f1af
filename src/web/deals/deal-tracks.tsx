import { Badge, Box, Group, Paper, Progress, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BUYING_STAGES, SALES_STAGES } from '../../domain/deals/stages.ts';
import { useFormat } from '../i18n/use-format.ts';
import { AlignmentBadge } from './deal-card.tsx';
import type { DealDetail } from './deal-types.ts';
import { ReasonList } from './reason-list.tsx';
import { useDealEdit } from './use-deal-edit.ts';
import { useDealLabels } from './use-deal-labels.ts';

/** The two tracks of a solution deal side by side: the customer's inferred buying stage and our sales stage. */
export function DealTracks({ deal }: { deal: DealDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useDealLabels();
  const edit = useDealEdit(deal);
  const inferred = deal.judgements.buyingStage;
  const alignment = deal.judgements.alignment;
  const customerAt = inferred?.value ? BUYING_STAGES.indexOf(inferred.value) : -1;
  const usAt = SALES_STAGES.indexOf(deal.stage as (typeof SALES_STAGES)[number]);

  return (
    <Paper withBorder p="md" radius="md" data-testid="deal-tracks">
      <Title order={4} mb="sm">
        {t('dealsUi.tracks.title')}
      </Title>
      <Box style={{ display: 'grid', gridTemplateColumns: `repeat(${SALES_STAGES.length}, 1fr)`, gap: 4 }} mb="md">
        {BUYING_STAGES.map((stage, i) => (
          <TrackCell
            key={stage}
            label={labels.buyingStage(stage)}
            active={i === customerAt}
            color="indigo"
            mismatch={alignment?.mismatch ?? false}
          />
        ))}
        {SALES_STAGES.map((stage, i) => (
          <TrackCell
            key={stage}
            label={labels.salesStage(stage)}
            active={i === usAt}
            color="teal"
            mismatch={alignment?.mismatch ?? false}
          />
        ))}
      </Box>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Stack gap="xs" data-testid="inferred-stage">
          <Text size="xs" tt="uppercase" fw={700} c="indigo.8">
            {t('dealsUi.tracks.customer')}
          </Text>
          <Text fw={600} data-testid="inferred-stage-value">
            {inferred?.value ? labels.buyingStage(inferred.value) : t('dealsUi.card.customerUnknown')}
          </Text>
          {inferred?.value && (
            <Group gap="xs" wrap="nowrap">
              <Progress value={inferred.confidence * 100} color="indigo" w={140} />
              <Text size="sm">{t('dealsUi.tracks.confidence', { value: format.percent(inferred.confidence) })}</Text>
            </Group>
          )}
          {inferred && inferred.evidence.length > 0 && (
            <Group gap={4}>
              {inferred.evidence.map((e) => (
                <Badge key={e.signalId} size="sm" variant="light" color="indigo" style={{ textTransform: 'none' }}>
                  {labels.signal(e.signalId)}
                </Badge>
              ))}
            </Group>
          )}
          {inferred && (
            <ReasonList reasons={inferred.reasons.filter((r) => r.rule !== 'buying_stage_evidence')} testId="inference-reasons" />
          )}
        </Stack>
        <Stack gap="xs">
          <Text size="xs" tt="uppercase" fw={700} c="teal.8">
            {t('dealsUi.tracks.us')}
          </Text>
          <Select
            data={SALES_STAGES.map((stage) => ({ value: stage, label: labels.salesStage(stage) }))}
            value={deal.stage}
            allowDeselect={false}
            disabled={edit.pending || deal.outcome === 'lost'}
            onChange={(stage) => stage && edit.run({ method: 'POST', path: '/stage', body: { stage, version: deal.version } })}
            aria-label={t('dealsUi.tracks.us')}
            data-testid="sales-stage-select"
          />
          <Group gap={4}>
            <AlignmentBadge deal={deal} />
          </Group>
          {alignment && <ReasonList reasons={alignment.reasons} testId="alignment-reasons" />}
        </Stack>
      </SimpleGrid>
    </Paper>
  );
}

function TrackCell({ label, active, color, mismatch }: { label: string; active: boolean; color: 'indigo' | 'teal'; mismatch: boolean }) {
  const bg = active ? (mismatch ? 'red.6' : `${color}.6`) : `${color}.0`;
  return (
    <Box bg={bg} px={6} py={4} style={{ borderRadius: 4 }}>
      <Text size="xs" ta="center" c={active ? 'white' : `${color}.9`} fw={active ? 700 : 400} lineClamp={1}>
        {label}
      </Text>
    </Box>
  );
}
