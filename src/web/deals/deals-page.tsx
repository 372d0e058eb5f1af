import { Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DualTrackBoard } from './dual-track-board.tsx';
import { LtcBoard } from './ltc-board.tsx';

/** The deal boards: solution deals on the two tracks, standard deals on LTC. */
export function DealsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const board = params.get('board') === 'ltc' ? 'ltc' : 'solution';
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={2}>{t('dealsUi.title')}</Title>
          <Text size="sm" c="dimmed">
            {t(board === 'ltc' ? 'dealsUi.board.ltcHint' : 'dealsUi.board.solutionHint')}
          </Text>
        </Stack>
        <SegmentedControl
          value={board}
          onChange={(value) => setParams(value === 'ltc' ? { board: 'ltc' } : {}, { replace: true })}
          data={[
            { value: 'solution', label: t('dealsUi.board.solution') },
            { value: 'ltc', label: t('dealsUi.board.ltc') },
          ]}
          data-testid="board-switch"
        />
      </Group>
      {board === 'ltc' ? <LtcBoard /> : <DualTrackBoard />}
    </Stack>
  );
}
