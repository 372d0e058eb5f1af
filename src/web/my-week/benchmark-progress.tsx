import { Anchor, Badge, Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyNote } from '../components/empty-state.tsx';
import { useFormat } from '../i18n/use-format.ts';
import { ReasonList } from '../judgements/reason-list.tsx';
import type { MyWeek } from './my-week-types.ts';

/** 硬任务: the rep's benchmark customers developed this year against the target, the candidates and who was visited. */
export function BenchmarkProgress({ benchmark }: { benchmark: MyWeek['benchmark'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!benchmark) return <EmptyNote>{t('myWeek.benchmark.none')}</EmptyNote>;
  const p = benchmark.progress.value;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" data-testid="benchmark-progress" data-achieved={p.achieved} data-target={p.target}>
      <Stack gap="xs">
        <Text fw={500}>{t('myWeek.benchmark.achieved', { achieved: format.number(p.achieved), target: format.number(p.target) })}</Text>
        <Progress size="lg" value={p.target > 0 ? Math.min(100, (p.achieved / p.target) * 100) : 100} color={p.achieved >= p.target ? 'teal' : 'orange'} />
        <Text size="sm" c="dimmed">
          {t('myWeek.benchmark.remaining', { count: p.remaining })} · {t('myWeek.benchmark.visits', { count: p.visits })}
        </Text>
        <ReasonList reasons={benchmark.progress.reasons} testId="benchmark-reasons" />
      </Stack>
      <Stack gap="xs">
        <Text size="sm" fw={500}>
          {t('myWeek.benchmark.candidates')}
        </Text>
        {benchmark.candidates.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('myWeek.benchmark.noCandidates')}
          </Text>
        )}
        {benchmark.candidates.map((c) => (
          <Group key={c.accountId} gap="xs" data-testid="benchmark-candidate" data-visited={c.visited}>
            <Anchor component={Link} to={`/accounts/${c.accountId}`} size="sm">
              {format.name(c.name, c.nameZh)}
            </Anchor>
            <Badge size="sm" variant={c.visited ? 'light' : 'outline'} color={c.visited ? 'teal' : 'orange'}>
              {t(c.visited ? 'myWeek.benchmark.visited' : 'myWeek.benchmark.notVisited')}
            </Badge>
          </Group>
        ))}
      </Stack>
    </SimpleGrid>
  );
}
