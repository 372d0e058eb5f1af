import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TierBadge } from '../components/badges.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { dash, useFormat } from '../i18n/use-format.ts';
import { ReasonList } from '../judgements/reason-list.tsx';
import { type PoolChange, usePoolReview } from './use-pool.ts';

function ChangeList({ title, changes, color, testId }: { title: string; changes: PoolChange[]; color: string; testId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap="xs" data-testid={testId}>
      <Group gap="xs">
        <Title order={5}>{title}</Title>
        <Badge color={color} variant="light">
          {changes.length}
        </Badge>
      </Group>
      {changes.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('poolUi.noChange')}
        </Text>
      )}
      {changes.map((c) => (
        <Paper key={c.accountId} withBorder p="xs" radius="sm">
          <Anchor component={Link} to={`/accounts/${c.accountId}?tab=judgement`} size="sm" fw={600}>
            {format.name(c.name, c.nameZh) || dash}
          </Anchor>
          <ReasonList reasons={c.reasons} />
        </Paper>
      ))}
    </Stack>
  );
}

/** One review: who entered and who left the pool since the review before, and why; and the pool it kept. */
export function PoolReviewDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const review = usePoolReview(id);
  if (review.isPending) return <PageLoader />;
  if (review.isError) return <ErrorAlert error={review.error} />;
  const { diff, pool, previous } = review.data;

  return (
    <Stack gap="md" data-testid="pool-review-detail">
      <Text size="sm" c="dimmed">
        {previous ? t('poolUi.since', { date: format.dateTime(previous.takenAt) }) : t('poolUi.firstReview')}
      </Text>
      <ChangeList title={t('poolUi.entered')} changes={diff.entered} color="teal" testId="pool-entered" />
      <ChangeList title={t('poolUi.left')} changes={diff.left} color="red" testId="pool-left" />
      {diff.movedCount > 0 && (
        <Text size="sm" c="dimmed">
          {t('poolUi.moved', { count: diff.movedCount })}
        </Text>
      )}
      <Stack gap={4}>
        <Title order={5}>{t('poolUi.snapshot', { count: pool.length })}</Title>
        <Group gap={6}>
          {pool.map((e) => (
            <Group key={e.accountId} gap={4} wrap="nowrap">
              <Anchor component={Link} to={`/accounts/${e.accountId}`} size="sm">
                {format.name(e.name, e.nameZh)}
              </Anchor>
              {e.tier !== 'strategic' && <TierBadge tier={e.tier} />}
              {e.paymentTrap && (
                <Badge size="xs" color="red">
                  {t('selection.paymentTrap')}
                </Badge>
              )}
            </Group>
          ))}
        </Group>
      </Stack>
    </Stack>
  );
}
