import { Badge, Button, Group, List, Paper, SimpleGrid, Spoiler, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LEVEL_IDS, type RelationshipLevel } from '../../domain/ladder/level.ts';
import { dash, useFormat } from '../i18n/use-format.ts';
import type { Evaluation, LevelAssessment } from './judgement-types.ts';
import { ReasonList } from './reason-list.tsx';

const levelName = (t: (key: string) => string, level: number | null) =>
  level === null ? dash : `${level} · ${t(`level.${LEVEL_IDS[level as RelationshipLevel]}`)}`;

/**
 * The relationship level: the official one is the customer's latest confirmation
 * (层级是客户说了算的); our more optimistic estimates are flagged, drops raise an alert,
 * and the indicators and next step say what moves it up.
 */
export function LevelCard(props: { evaluation: Evaluation; assessments: LevelAssessment[]; canRecord: boolean; onRecord: () => void }) {
  const { evaluation, assessments, canRecord, onRecord } = props;
  const { t } = useTranslation();
  const format = useFormat();
  const level = evaluation.level;
  const indicators = level.indicators.value;
  const next = level.nextStep?.value;
  const own = assessments.find((a) => a.source === 'own_estimate');

  const indicatorRows: [string, string][] = [
    [t('judgementUi.level.serviceLines'), format.number(indicators.serviceLines)],
    [t('judgementUi.level.contactPoints'), `${format.number(indicators.contactPoints)} · ${t(`contactMode.${indicators.contactMode}`)}`],
    [t('judgementUi.level.levelsCovered'), format.number(indicators.levelsCovered)],
    [t('judgementUi.level.jointOffice'), t(indicators.jointOffice ? 'common.yes' : 'common.no')],
    [t('judgementUi.level.shareOfWallet'), format.percent(indicators.shareOfWallet)],
  ];

  return (
    <Paper withBorder p="md" radius="md" data-testid="judgement-level">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4}>{t('judgementUi.level.title')}</Title>
          <Group gap="xs">
            {level.optimism.value && (
              <Badge color="orange" variant="filled" data-testid="optimism-flag">
                {t('judgementUi.level.optimism')}
              </Badge>
            )}
            {level.dropAlert.value && (
              <Badge color="red" variant="filled" data-testid="drop-alert">
                {t('judgementUi.level.dropAlert')}
              </Badge>
            )}
          </Group>
        </Group>
        <Group gap="lg" align="flex-end">
          <div>
            <Text size="xs" c="dimmed">
              {t('judgementUi.level.official')}
            </Text>
            <Text fw={700} size="lg" data-testid="official-level">
              {level.official.value === null ? t('judgementUi.level.unconfirmed') : levelName(t, level.official.value)}
            </Text>
          </div>
          <div>
            <Text size="xs" c="dimmed">
              {t('judgementUi.level.ownEstimate')}
            </Text>
            <Text size="sm">{own ? levelName(t, own.level) : dash}</Text>
          </div>
        </Group>
        <ReasonList reasons={[...level.official.reasons, ...level.optimism.reasons, ...level.dropAlert.reasons]} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={4} data-testid="ladder-indicators">
          {indicatorRows.map(([name, value]) => (
            <Group key={name} justify="space-between" gap="xs">
              <Text size="sm" c="dimmed">
                {name}
              </Text>
              <Text size="sm">{value}</Text>
            </Group>
          ))}
        </SimpleGrid>
        {level.moves.value.length > 0 && (
          <Stack gap={2} data-testid="level-moves">
            <Text size="xs" fw={600} c="dimmed" tt="uppercase">
              {t('judgementUi.level.moves')}
            </Text>
            {level.moves.value.map((m) => (
              <Text key={m.at} size="sm" c={m.direction === 'down' ? 'red' : 'teal'}>
                {format.date(m.at)} · {t(`moveDirection.${m.direction}`)} {m.from} → {m.to}
                {m.evidence ? ` — ${m.evidence}` : ''}
              </Text>
            ))}
          </Stack>
        )}
        {next && (
          <Stack gap={4} data-testid="next-step">
            <Group gap="xs">
              <Text size="xs" fw={600} c="dimmed" tt="uppercase">
                {next.to === null && next.from !== null
                  ? t('judgementUi.level.keepTop')
                  : t('judgementUi.level.nextStep', { to: next.to ?? dash })}
              </Text>
              {next.hardest && (
                <Badge size="xs" color="grape">
                  {t('judgementUi.level.hardest')}
                </Badge>
              )}
            </Group>
            <List size="sm" spacing={2}>
              {next.actions.map((a) => (
                <List.Item key={a}>{t(`actions.${a}`)}</List.Item>
              ))}
            </List>
          </Stack>
        )}
        {canRecord && (
          <Button size="xs" variant="light" onClick={onRecord} data-testid="level-record" style={{ alignSelf: 'flex-start' }}>
            {t('judgementUi.level.record')}
          </Button>
        )}
        {assessments.length > 0 && (
          <Spoiler maxHeight={150} showLabel={t('judgementUi.more')} hideLabel={t('judgementUi.less')}>
            <Table fz="sm" data-testid="level-assessments">
              <Table.Tbody>
                {assessments.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td w={110}>{format.date(a.assessedAt)}</Table.Td>
                    <Table.Td w={40}>{a.level}</Table.Td>
                    <Table.Td>
                      <Badge size="xs" variant="light" color={a.source === 'customer_confirmed' ? 'teal' : 'gray'}>
                        {t(`source.${a.source}`)}
                      </Badge>
                      {a.evidence ? <Text size="xs">{a.evidence}</Text> : null}
                    </Table.Td>
                    <Table.Td>{a.assessedBy ? format.name(a.assessedBy.name, a.assessedBy.nameZh) : dash}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Spoiler>
        )}
      </Stack>
    </Paper>
  );
}
