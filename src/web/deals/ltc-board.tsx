import { Box, Group, Paper, ScrollArea, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LTC_STAGES, type LtcStage } from '../../domain/deals/stages.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { useFormat } from '../i18n/use-format.ts';
import { DealCard } from './deal-card.tsx';
import type { DealSummary } from './deal-types.ts';
import { useBoardMove } from './use-board-move.ts';
import { useDealLabels } from './use-deal-labels.ts';
import { useDealBoard } from './use-deals.ts';
import { useStageDrop } from './use-stage-drop.ts';

/** Standard-product deals on Lead to Cash (发掘线索-确定机会-签订合同-执行合同-回款-关闭合同), one step at a time. */
export function LtcBoard() {
  const board = useDealBoard('standard');
  const move = useBoardMove(board.data);
  if (board.isPending) return <PageLoader />;
  if (board.isError) return <ErrorAlert error={board.error} />;
  return (
    <ScrollArea type="auto" offsetScrollbars>
      <Box
        miw={LTC_STAGES.length * 190}
        style={{
          display: 'grid',
          gridTemplateColumns: `repeat(${LTC_STAGES.length}, minmax(180px, 1fr))`,
          gap: 'var(--mantine-spacing-sm)',
        }}
      >
        {LTC_STAGES.map((stage) => (
          <LtcColumn key={stage} stage={stage} deals={board.data.filter((d) => d.stage === stage)} onMove={move} />
        ))}
      </Box>
    </ScrollArea>
  );
}

function LtcColumn({ stage, deals, onMove }: { stage: LtcStage; deals: DealSummary[]; onMove: (dealId: string, stage: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useDealLabels();
  const drop = useStageDrop((dealId) => onMove(dealId, stage));
  const total = deals.reduce((sum, d) => sum + (d.value ?? 0), 0);
  return (
    <Paper
      withBorder
      p="xs"
      radius="md"
      bg={drop.over ? 'teal.0' : 'gray.0'}
      mih={320}
      style={{ outline: drop.over ? '2px dashed var(--mantine-color-teal-5)' : undefined }}
      {...drop.handlers}
      data-testid={`ltc-column-${stage}`}
    >
      <Group justify="space-between" mb={6}>
        <Text size="xs" fw={700} tt="uppercase" c="teal.9">
          {labels.stage('standard', stage)}
        </Text>
        <Text size="xs" c="dimmed">
          {deals.length} · {format.moneyCompact(total)}
        </Text>
      </Group>
      <Stack gap="xs">
        {deals.map((deal) => (
          <DealCard key={deal.id} deal={deal} stages={LTC_STAGES} onMove={onMove} />
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
