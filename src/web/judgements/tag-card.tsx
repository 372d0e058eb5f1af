import { Badge, Button, Group, Paper, Spoiler, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TagBadge } from '../components/badges.tsx';
import { useCatalog } from '../i18n/use-catalog.ts';
import { dash, useFormat } from '../i18n/use-format.ts';
import type { Evaluation, Score, TagDecision } from './judgement-types.ts';
import { ReasonList } from './reason-list.tsx';

/** The tag (标杆/钉子/危险客户): suggested with its reasons, in force after a manager's decision, with the decisions' history. */
export function TagCard(props: {
  evaluation: Evaluation;
  decisions: TagDecision[];
  scores: Score[];
  canRecord: boolean;
  canDecide: boolean;
  onDecide: () => void;
  onScore: () => void;
}) {
  const { evaluation, decisions, scores, canRecord, canDecide, onDecide, onScore } = props;
  const { t } = useTranslation();
  const format = useFormat();
  const label = useCatalog();
  const suggested = evaluation.tag.suggested;
  const effective = evaluation.tag.effective.value;
  const latest = scores[0];

  return (
    <Paper withBorder p="md" radius="md" data-testid="judgement-tag">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4}>{t('judgementUi.tag.title')}</Title>
          <Group gap="xs">
            {effective.tag === 'none' ? (
              <Badge variant="outline" color="gray">
                {label('tags', 'none')}
              </Badge>
            ) : (
              <TagBadge tag={effective.tag} />
            )}
            <Badge
              variant="light"
              color={effective.source === 'overridden' ? 'orange' : effective.source === 'confirmed' ? 'teal' : 'gray'}
              data-testid="tag-source"
            >
              {t(`tagSource.${effective.source}`)}
            </Badge>
          </Group>
        </Group>
        <Text size="sm" c="dimmed">
          {t(`strategy.${effective.tag}`)}
        </Text>
        {effective.note && (
          <Text size="sm" data-testid="tag-note">
            “{effective.note}”
          </Text>
        )}
        <Group gap="xs">
          <Text size="sm">{t('judgementUi.tag.suggestedIs', { tag: label('tags', suggested.value) })}</Text>
          {effective.needsReview && effective.source !== 'suggested' && (
            <Badge color="orange" variant="filled" size="sm">
              {t('judgementUi.tag.needsReview')}
            </Badge>
          )}
        </Group>
        <Spoiler maxHeight={120} showLabel={t('judgementUi.more')} hideLabel={t('judgementUi.less')}>
          <ReasonList reasons={[...evaluation.tag.effective.reasons, ...suggested.reasons]} testId="tag-reasons" dimUnmet />
        </Spoiler>
        <Group gap="md">
          <Text size="sm" c="dimmed" data-testid="latest-scores">
            {latest
              ? t('judgementUi.scores.latest', {
                  influence: latest.influence ?? dash,
                  satisfaction: latest.satisfaction ?? dash,
                  cooperation: latest.cooperation ?? dash,
                  date: format.date(latest.scoredAt),
                })
              : t('judgementUi.scores.none')}
          </Text>
        </Group>
        <Group gap="xs">
          {canDecide && (
            <Button size="xs" onClick={onDecide} data-testid="tag-decide">
              {t('judgementUi.tag.decide')}
            </Button>
          )}
          {canRecord && (
            <Button size="xs" variant="light" onClick={onScore} data-testid="score-open">
              {t('judgementUi.scores.button')}
            </Button>
          )}
        </Group>
        <Text size="xs" fw={600} c="dimmed" tt="uppercase">
          {t('judgementUi.tag.history')}
        </Text>
        {decisions.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('judgementUi.tag.noDecisions')}
          </Text>
        ) : (
          <Table fz="sm" data-testid="tag-history">
            <Table.Tbody>
              {decisions.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td w={110}>{format.date(d.decidedAt)}</Table.Td>
                  <Table.Td>
                    {t(d.source === 'confirmed' ? 'judgementUi.tag.confirmedLine' : 'judgementUi.tag.overriddenLine', {
                      decided: label('tags', d.decided),
                      suggested: label('tags', d.suggested),
                    })}
                    {d.note ? (
                      <Text size="xs" c="dimmed">
                        “{d.note}”
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{d.decidedBy ? format.name(d.decidedBy.name, d.decidedBy.nameZh) : dash}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
