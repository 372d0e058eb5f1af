import { Badge, Box, Group, Paper, ScrollArea, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BUYING_STAGES, SALES_STAGES, type SalesStage } from '../../domain/deals/stages.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { useFormat } from '../i18n/use-format.ts';
import { DealCard, dealPagePath, wrappingBadge } from './deal-card.tsx';
import type { DealSummary } from './deal-types.ts';
import { useBoardMove } from './use-board-move.ts';
import { useDealLabels } from './use-deal-labels.ts';
import { useDealBoard } from './use-deals.ts';
import { useStageDrop } from './use-stage-drop.ts';

const grid = {
  display: 'grid',
  gridTemplateColumns: `repeat(${SALES_STAGES.length}, minmax(230px, 1fr))`,
  gap: 'var(--mantine-spacing-sm)',
} as const;

/**
 * Solution deals on two tracks kept in step (SPEC §4): above, where each customer is
 * in its buying process, as inferred from the signals; below, where we are in our
 * sales process. A deal whose two marks sit in different columns is out of step.
 */
export function DualTrackBoard() {
  const { t } = useTranslation();
  const labels = useDealLabels();
  const board = useDealBoard('solution');
  const move = useBoardMove(board.data);
  if (board.isPending) return <PageLoader />;
  if (board.isError) return <ErrorAlert error={board.error} />;
  const deals = board.data;
  const unknown = deals.filter((d) => !d.judgements.buyingStage?.value);

  return (
    <ScrollArea type="auto" offsetScrollbars>
      <Stack gap="xs" miw={SALES_STAGES.length * 240}>
        <Text size="sm" fw={600} c="indigo.7">
          {t('dealsUi.board.customerTrack')}
        </Text>
        <Box style={grid}>
          {BUYING_STAGES.map((stage) => (
            <Paper key={stage} withBorder p="xs" radius="md" bg="indigo.0" data-testid={`customer-lane-${stage}`}>
              <Text size="xs" fw={700} tt="uppercase" c="indigo.8" mb={6}>
                {labels.buyingStage(stage)}
              </Text>
              <Group gap={4}>
                {deals
                  .filter((d) => d.judgements.buyingStage?.value === stage)
                  .map((d) => (
                    <CustomerChip key={d.id} deal={d} />
                  ))}
              </Group>
            </Paper>
          ))}
        </Box>
        {unknown.length > 0 && (
          <Group gap={4}>
            <Text size="xs" c="dimmed">
              {t('dealsUi.board.stageUnknown')}
            </Text>
            {unknown.map((d) => (
              <CustomerChip key={d.id} deal={d} />
            ))}
          </Group>
        )}
        <Text size="sm" fw={600} c="teal.8" mt="xs">
          {t('dealsUi.board.ourTrack')}
        </Text>
        <Box style={grid}>
          {SALES_STAGES.map((stage) => (
            <SalesColumn key={stage} stage={stage} deals={deals.filter((d) => d.stage === stage)} onMove={move} />
          ))}
        </Box>
      </Stack>
    </ScrollArea>
  );
}

/** A deal's mark on the customer's track: red when our stage is elsewhere. */
function CustomerChip({ deal }: { deal: DealSummary }) {
  const format = useFormat();
  const labels = useDealLabels();
  const mismatch = deal.judgements.alignment?.mismatch ?? false;
  const confidence = deal.judgements.buyingStage?.value ? ` · ${format.percent(deal.judgements.buyingStage.confidence)}` : '';
  return (
    <Tooltip label={labels.salesStage(deal.stage)} withArrow>
      <Badge
        component={Link}
        to={dealPagePath(deal)}
        variant={mismatch ? 'filled' : 'light'}
        color={mismatch ? 'red' : 'indigo'}
        {...wrappingBadge}
        style={{ ...wrappingBadge.style, cursor: 'pointer' }}
        data-testid={`customer-chip-${deal.id}`}
      >
        {format.name(deal.name, deal.nameZh)}
        {confidence}
      </Badge>
    </Tooltip>
  );
}

function SalesColumn({
  stage,
  deals,
  onMove,
}: {
  stage: SalesStage;
  deals: DealSummary[];
  onMove: (dealId: string, stage: string) => void;
}) {
  const { t } = useTranslation();
  const labels = useDealLabels();
  const drop = useStageDrop((dealId) => onMove(dealId, stage));
  return (
    <Paper
      withBorder
      p="xs"
      radius="md"
      bg={drop.over ? 'teal.0' : 'gray.0'}
      mih={240}
      style={{ outline: drop.over ? '2px dashed var(--mantine-color-teal-5)' : undefined }}
      {...drop.handlers}
      data-testid={`sales-column-${stage}`}
    >
      <Group justify="space-between" mb={6}>
        <Text size="xs" fw={700} tt="uppercase" c="teal.9">
          {labels.salesStage(stage)}
        </Text>
        <Text size="xs" c="dimmed">
          {deals.length}
        </Text>
      </Group>
      <Stack gap="xs">
        {deals.map((deal) => (
          <DealCard key={deal.id} deal={deal} stages={SALES_STAGES} onMove={onMove} />
        ))}
        {deals.length === 0 && (
          <Text size="xs" c="dimmed" ta="center" py="md">
            {t('dealsUi.board.dropHere')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
