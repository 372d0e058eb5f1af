import { Anchor, Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LEVEL_IDS, type RelationshipLevel } from '../../domain/ladder/level.ts';
import { useCatalog } from '../i18n/use-catalog.ts';
import { useFormat } from '../i18n/use-format.ts';
import type { Dashboard } from './dashboard-types.ts';
import { SectionCard } from './section-card.tsx';

interface Row {
  key: string;
  label: string;
  count: number;
  to?: string;
  color: string;
}

function Distribution({ rows, total, testId }: { rows: Row[]; total: number; testId: string }) {
  const format = useFormat();
  return (
    <Stack gap={6} data-testid={testId}>
      {rows.map((row) => (
        <div key={row.key} data-testid={`${testId}-${row.key}`} data-count={row.count}>
          <Group justify="space-between" gap="xs" wrap="nowrap">
            {row.to && row.count > 0 ? (
              <Anchor component={Link} to={row.to} size="sm">
                {row.label}
              </Anchor>
            ) : (
              <Text size="sm">{row.label}</Text>
            )}
            <Text size="sm" fw={600}>
              {format.number(row.count)}
            </Text>
          </Group>
          <Progress value={total > 0 ? (row.count / total) * 100 : 0} color={row.color} size="sm" />
        </div>
      ))}
    </Stack>
  );
}

const tierColors: Record<string, string> = { strategic: 'teal', key_account: 'blue', high_potential: 'violet', regular: 'gray' };
const tagColors: Record<string, string> = { benchmark: 'yellow', nail: 'orange', dangerous: 'red', none: 'gray' };

/** The accounts in view by tier (分级), tag in force (标签) and official relationship level (层级). */
export function DistributionSection({ data }: { data: Dashboard }) {
  const { t } = useTranslation();
  const label = useCatalog();
  const total = data.accounts;
  const unevaluated = t('dashboard.distribution.unevaluated');
  const tiers: Row[] = data.tiers.map(({ tier, count }) => ({
    key: tier ?? 'none',
    label: tier ? label('tiers', tier) : unevaluated,
    count,
    to: tier ? `/accounts?tier=${tier}` : undefined,
    color: tierColors[tier ?? ''] ?? 'gray',
  }));
  const tags: Row[] = data.tags.map(({ tag, count }) => ({
    key: tag ?? 'unevaluated',
    label: tag ? t(`tag.${tag}`) : unevaluated,
    count,
    to: tag && tag !== 'none' ? `/tag-boards?board=${tag}` : undefined,
    color: tagColors[tag ?? ''] ?? 'gray',
  }));
  const levels: Row[] = data.levels.map(({ level, count }) => ({
    key: String(level ?? 'none'),
    label: level ? `${level} · ${t(`level.${LEVEL_IDS[level as RelationshipLevel]}`)}` : t('dashboard.distribution.noLevel'),
    count,
    color: level === null ? 'gray' : 'indigo',
  }));
  return (
    <SectionCard title={t('dashboard.distribution.title', { count: total })} testId="dashboard-distribution" to="/accounts" count={total}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="lg">
        <Stack gap={4}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('dashboard.distribution.tiers')}
          </Text>
          <Distribution rows={tiers} total={total} testId="dashboard-tiers" />
        </Stack>
        <Stack gap={4}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('dashboard.distribution.tags')}
          </Text>
          <Distribution rows={tags} total={total} testId="dashboard-tags" />
        </Stack>
        <Stack gap={4}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('dashboard.distribution.levels')}
          </Text>
          <Distribution rows={levels} total={total} testId="dashboard-levels" />
        </Stack>
      </SimpleGrid>
    </SectionCard>
  );
}
