import { Group, Progress, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyNote } from '../components/empty-state.tsx';
import { useFormat } from '../i18n/use-format.ts';
import { ReasonList } from '../judgements/reason-list.tsx';
import type { Dashboard } from './dashboard-types.ts';
import { SectionCard } from './section-card.tsx';

/** 硬任务: each rep's benchmark customers established this year against their target. */
export function TargetsSection({ data }: { data: Dashboard }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = data.benchmarkTargets;
  const behind = rows.filter((r) => r.progress.value.achieved < r.progress.value.target).length;
  return (
    <SectionCard
      title={t('dashboard.targets.title', { year: data.year })}
      testId="dashboard-targets"
      to="/tag-boards?board=targets"
      count={behind}
    >
      <Text size="xs" c="dimmed" mb="xs">
        {t('dashboard.targets.behind', { count: behind, total: rows.length })}
      </Text>
      {rows.length === 0 ? (
        <EmptyNote>{t('dashboard.targets.none')}</EmptyNote>
      ) : (
        <Stack gap={8}>
          {rows.map(({ rep, progress }) => {
            const { achieved, target } = progress.value;
            return (
              <Tooltip key={rep.id} label={<ReasonList reasons={progress.reasons} />} multiline w={360} withArrow>
                <div data-testid="dashboard-target" data-rep-id={rep.id}>
                  <Group justify="space-between" gap="xs" wrap="nowrap">
                    <Text size="sm">{format.name(rep.name, rep.nameZh)}</Text>
                    <Text size="sm" fw={600} c={achieved >= target ? 'teal' : undefined}>
                      {t('dashboard.targets.achieved', { achieved, target })}
                    </Text>
                  </Group>
                  <Progress
                    value={target > 0 ? Math.min(100, (achieved / target) * 100) : 100}
                    color={achieved >= target ? 'teal' : 'orange'}
                    size="sm"
                  />
                </div>
              </Tooltip>
            );
          })}
        </Stack>
      )}
    </SectionCard>
  );
}
