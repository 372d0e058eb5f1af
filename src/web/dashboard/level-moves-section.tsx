import { Badge, Group, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyNote } from '../components/empty-state.tsx';
import { useFormat } from '../i18n/use-format.ts';
import type { Dashboard } from './dashboard-types.ts';
import { AccountLink, SectionCard, WhyButton } from './section-card.tsx';

/** The official level's moves this quarter (层级有升有降), dated when the customer confirmed them. */
export function LevelMovesSection({ data }: { data: Dashboard }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { up, down, moves } = data.levelMoves.value;
  const moveReasons = data.levelMoves.reasons.filter((r) => r.rule.startsWith('ladder_moved'));
  return (
    <SectionCard
      title={t('dashboard.levelMoves.title')}
      testId="dashboard-level-moves"
      to="/accounts"
      why={data.levelMoves.reasons.filter((r) => r.rule.startsWith('portfolio_'))}
    >
      <Text size="xs" c="dimmed" mb="xs">
        {t('dashboard.levelMoves.since', { date: format.date(data.quarter.from) })}
      </Text>
      <Group gap="xs" mb="sm">
        <Badge color="teal" variant="light" data-testid="dashboard-moves-up" data-count={up}>
          {t('dashboard.levelMoves.up', { count: up })}
        </Badge>
        <Badge
          color={down > 0 ? 'red' : 'gray'}
          variant={down > 0 ? 'filled' : 'light'}
          data-testid="dashboard-moves-down"
          data-count={down}
        >
          {t('dashboard.levelMoves.down', { count: down })}
        </Badge>
      </Group>
      {moves.length === 0 ? (
        <EmptyNote>{t('dashboard.levelMoves.none')}</EmptyNote>
      ) : (
        <Stack gap={6}>
          {moves.map((m) => (
            <Group key={`${m.account.id}-${m.at}`} justify="space-between" wrap="nowrap" gap="xs" data-testid="dashboard-move">
              <Group gap="xs" wrap="nowrap">
                <AccountLink account={m.account} tab="judgement" />
                <WhyButton
                  label={format.name(m.account.name, m.account.nameZh)}
                  reasons={moveReasons.filter((r) => r.params?.accountId === m.account.id && r.params?.at === m.at)}
                />
              </Group>
              <Tooltip label={m.evidence ?? ''} disabled={!m.evidence} multiline w={300} withArrow>
                <Group gap={6} wrap="nowrap">
                  <Badge color={m.direction === 'up' ? 'teal' : 'red'} variant="light" style={{ minWidth: 'max-content' }}>
                    {m.from} → {m.to}
                  </Badge>
                  <Text size="xs" c="dimmed">
                    {format.date(m.at)}
                  </Text>
                </Group>
              </Tooltip>
            </Group>
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}
