import { Anchor, Badge, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Tier } from '../../domain/catalog.ts';
import { StatusBadge, TierBadge } from '../components/badges.tsx';
import { EmptyNote } from '../components/empty-state.tsx';
import { useCatalog } from '../i18n/use-catalog.ts';
import { useFormat } from '../i18n/use-format.ts';
import type { Replication } from './use-scorecard.ts';

/** 复制: each benchmark's solution and the look-alike accounts of its industry at lower levels, as a target list. */
export function ReplicationList({ items }: { items: Replication[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useCatalog();
  if (items.length === 0) return <EmptyNote>{t('scorecardUi.replication.empty')}</EmptyNote>;
  return (
    <Stack gap="sm" data-testid="replication">
      {items.map((r) => (
        <Card key={r.benchmark.id} withBorder padding="sm" data-testid="replication-benchmark">
          <Group gap="xs" mb="xs">
            <Anchor component={Link} to={`/accounts/${r.benchmark.id}`} fw={600}>
              {format.name(r.benchmark.name, r.benchmark.nameZh)}
            </Anchor>
            <Badge variant="outline">{label('industries', r.benchmark.industry)}</Badge>
            <Badge variant="light">{t('planUi.level', { level: r.benchmark.level })}</Badge>
            <Text size="sm" c="dimmed">
              {r.benchmark.solution || t('scorecardUi.replication.noSolution')}
            </Text>
          </Group>
          {r.targets.value.length === 0 ? (
            <EmptyNote>{t('scorecardUi.replication.noTargets')}</EmptyNote>
          ) : (
            <Table verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>#</Table.Th>
                  <Table.Th>{t('organisationUi.account')}</Table.Th>
                  <Table.Th>{t('scorecardUi.replication.level')}</Table.Th>
                  <Table.Th>{t('scorecardUi.replication.pursued')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {r.targets.value.map((x) => (
                  <Table.Tr key={x.account.id} data-testid="replication-target">
                    <Table.Td>{x.rank}</Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Anchor component={Link} to={`/accounts/${x.account.id}`} size="sm">
                          {format.name(x.account.name, x.account.nameZh)}
                        </Anchor>
                        <TierBadge tier={x.account.tier as Tier | null} />
                        <StatusBadge status={x.status} />
                      </Group>
                    </Table.Td>
                    <Table.Td>{t('scorecardUi.replication.levelGap', { level: x.level, gap: x.levelGap })}</Table.Td>
                    <Table.Td>{x.pursued ? <Badge color="teal">{t('common.yes')}</Badge> : <Text size="sm" c="dimmed">{t('common.no')}</Text>}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Card>
      ))}
    </Stack>
  );
}
