import { Group, NumberInput, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { BenchmarkTargets } from './benchmark-targets.tsx';
import { MarketStages } from './market-stages.tsx';
import { boardTags } from './playbook-types.ts';
import { TagBoard } from './tag-board.tsx';

const views = [...boardTags, 'targets'] as const;
type View = (typeof views)[number];

/** Tag boards (给客户贴标签): benchmark, nail and dangerous accounts with their playbook work, and each rep's benchmark targets. */
export function TagBoardsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const view = views.includes(params.get('board') as View) ? (params.get('board') as View) : 'benchmark';
  const [year, setYear] = useState(new Date().getFullYear());

  return (
    <Stack gap="md">
      <div>
        <Title order={2}>{t('nav.tagBoards')}</Title>
        <Text size="sm" c="dimmed">
          {t('tagBoardsUi.subtitle')}
        </Text>
      </div>
      <Tabs value={view} onChange={(v) => setParams(v && v !== 'benchmark' ? { board: v } : {}, { replace: true })} keepMounted={false}>
        <Tabs.List>
          {boardTags.map((tag) => (
            <Tabs.Tab key={tag} value={tag} data-testid={`board-tab-${tag}`}>
              {t(`tag.${tag}`)}
            </Tabs.Tab>
          ))}
          <Tabs.Tab value="targets" data-testid="board-tab-targets">
            {t('tagBoardsUi.targets.title')}
          </Tabs.Tab>
        </Tabs.List>
        {boardTags.map((tag) => (
          <Tabs.Panel key={tag} value={tag} pt="md">
            <Stack gap="md">
              {tag === 'nail' && <MarketStages />}
              <TagBoard tag={tag} />
            </Stack>
          </Tabs.Panel>
        ))}
        <Tabs.Panel value="targets" pt="md">
          <Stack gap="sm">
            <Group>
              <NumberInput
                label={t('tagBoardsUi.targets.year')}
                value={year}
                onChange={(v) => typeof v === 'number' && setYear(v)}
                min={2000}
                max={2100}
                w={120}
              />
            </Group>
            <BenchmarkTargets year={year} />
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
