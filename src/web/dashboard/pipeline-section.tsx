import { Anchor, Badge, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDealLabels } from '../deals/use-deal-labels.ts';
import { dash, useFormat } from '../i18n/use-format.ts';
import type { Dashboard, PipelineStage } from './dashboard-types.ts';
import { SectionCard, WhyButton } from './section-card.tsx';

function Track({ title, stages, testId }: { title: string; stages: PipelineStage[]; testId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useDealLabels();
  return (
    <Table verticalSpacing={4} fz="sm" data-testid={testId}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{title}</Table.Th>
          <Table.Th ta="right">{t('dashboard.pipeline.deals')}</Table.Th>
          <Table.Th ta="right">{t('dashboard.pipeline.value')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {stages.map((s) => (
          <Table.Tr
            key={s.stage}
            data-testid="dashboard-pipeline-stage"
            data-stage={s.stage}
            data-deals={s.deals}
            data-mismatches={s.mismatches}
          >
            <Table.Td>
              <Group gap={4} wrap="nowrap">
                <Text size="sm">{labels.stage(s.kind, s.stage)}</Text>
                {s.mismatches > 0 && (
                  <Badge size="xs" color="red" variant="filled">
                    {t('dashboard.pipeline.outOfStep', { count: s.mismatches })}
                  </Badge>
                )}
              </Group>
            </Table.Td>
            <Table.Td ta="right">{format.number(s.deals)}</Table.Td>
            <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
              {s.deals > 0 ? format.moneyCompact(s.value) : dash}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Open deals by stage on both tracks, with the solution deals out of step with their customer (不同频). */
export function PipelineSection({ data }: { data: Dashboard }) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useDealLabels();
  const p = data.pipeline.value;
  return (
    <SectionCard
      title={t('dashboard.pipeline.title')}
      testId="dashboard-pipeline"
      to="/deals"
      count={p.mismatches}
      alert={p.mismatches > 0}
      why={data.pipeline.reasons}
    >
      <Text size="xs" c="dimmed" mb="xs">
        {t('dashboard.pipeline.summary', { count: p.deals, value: format.money(p.value) })}
      </Text>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Track
            title={t('dealsUi.board.solution')}
            stages={p.stages.filter((s) => s.kind === 'solution')}
            testId="dashboard-pipeline-solution"
          />
          <Track title={t('dealsUi.board.ltc')} stages={p.stages.filter((s) => s.kind === 'standard')} testId="dashboard-pipeline-ltc" />
        </SimpleGrid>
        {p.mismatched.map((d) => (
          <Group key={d.dealId} gap="xs" wrap="nowrap" data-testid="dashboard-mismatched-deal">
            <Badge size="xs" color="red" variant="light" style={{ minWidth: 'max-content' }}>
              {labels.stage('solution', d.stage)}
            </Badge>
            <Anchor component={Link} to={`/accounts/${d.accountId}/deals/${d.dealId}`} size="sm">
              {format.name(d.name, d.nameZh)}
            </Anchor>
            <Text size="xs" c="dimmed" lineClamp={1}>
              {format.name(d.accountName, d.accountNameZh)}
            </Text>
            <WhyButton label={format.name(d.name, d.nameZh)} reasons={d.reasons} deal />
          </Group>
        ))}
      </Stack>
    </SectionCard>
  );
}
