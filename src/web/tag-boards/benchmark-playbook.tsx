import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { dash, useFormat } from '../i18n/use-format.ts';
import { ReasonList } from '../judgements/reason-list.tsx';
import { type BenchmarkKind, BenchmarkRecordModal } from './benchmark-forms.tsx';
import type { AccountPlaybook } from './playbook-types.ts';

/**
 * 标杆客户 — maintain and radiate: its level, what we invested, the case assets that
 * make it visible proof, and other regions' benchmarks to borrow while ours are not ready.
 */
export function BenchmarkPlaybook({ playbook, canRecord }: { playbook: AccountPlaybook; canRecord: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [kind, setKind] = useState<BenchmarkKind | null>(null);
  const state = playbook.benchmark;
  const borrowable = state.borrowable.value;

  return (
    <Stack gap="sm" data-testid="benchmark-playbook">
      <Group gap="lg">
        <Text size="sm">
          {t('tagBoardsUi.benchmark.level')}: <b>{state.level ? t(`benchmarkLevel.${state.level}`) : dash}</b>
        </Text>
        <Text size="sm">
          {t('tagBoardsUi.benchmark.invested')}: <b>{format.money(state.investmentTotal)}</b>
        </Text>
        <Badge color={state.readiness.value ? 'teal' : 'orange'} variant="light" data-testid="benchmark-readiness">
          {t(state.readiness.value ? 'tagBoardsUi.benchmark.ready' : 'tagBoardsUi.benchmark.notReady')}
        </Badge>
      </Group>
      <ReasonList reasons={state.readiness.reasons} />
      {state.caseAssets.length > 0 && (
        <Stack gap={2}>
          <Text size="xs" fw={600} c="dimmed" tt="uppercase">
            {t('tagBoardsUi.benchmark.caseAssets')}
          </Text>
          {state.caseAssets.map((a) => (
            <Group key={a.id} gap="xs">
              <Badge size="xs" variant="outline">
                {t(`caseAsset.${a.payload.kind}`)}
              </Badge>
              <Anchor href={a.payload.url} target="_blank" rel="noreferrer" size="sm">
                {a.payload.title}
              </Anchor>
              {a.status === 'draft' && (
                <Badge size="xs" color="gray">
                  {t('tagBoardsUi.status.draft')}
                </Badge>
              )}
            </Group>
          ))}
        </Stack>
      )}
      {state.investments.length > 0 && (
        <Stack gap={2}>
          <Text size="xs" fw={600} c="dimmed" tt="uppercase">
            {t('tagBoardsUi.benchmark.investments')}
          </Text>
          {state.investments.map((i) => (
            <Text key={i.id} size="sm">
              {format.date(i.createdAt)} · {i.payload.what} · {format.money(i.amount)}
            </Text>
          ))}
        </Stack>
      )}
      {borrowable.length > 0 && (
        <Stack gap={2} data-testid="borrowable-benchmarks">
          <Text size="xs" fw={600} c="dimmed" tt="uppercase">
            {t('tagBoardsUi.benchmark.borrowable')}
          </Text>
          {borrowable.slice(0, 5).map((b) => (
            <Text key={b.accountId} size="sm">
              <Anchor component={Link} to={`/accounts/${b.accountId}`} size="sm">
                {format.name(b.name, b.nameZh)}
              </Anchor>{' '}
              · {format.name(b.regionName, b.regionNameZh)} · {t(`benchmarkLevel.${b.level}`)} ·{' '}
              {t('tagBoardsUi.benchmark.assetCount', { count: b.caseAssets.length })}
            </Text>
          ))}
        </Stack>
      )}
      {state.borrowings.map((b) => (
        <Text key={b.id} size="sm" c="dimmed">
          {t('tagBoardsUi.benchmark.borrowed', { date: format.date(b.createdAt), purpose: b.payload.purpose })}
        </Text>
      ))}
      {canRecord && (
        <Group gap="xs">
          {(['benchmark_profile', 'benchmark_investment', 'case_asset'] as const).map((k) => (
            <Button key={k} size="xs" variant="light" onClick={() => setKind(k)} data-testid={`record-${k}`}>
              {t(`tagBoardsUi.kinds.${k}`)}
            </Button>
          ))}
          {borrowable.length > 0 && (
            <Button size="xs" variant="light" onClick={() => setKind('benchmark_borrowing')} data-testid="record-benchmark_borrowing">
              {t('tagBoardsUi.kinds.benchmark_borrowing')}
            </Button>
          )}
        </Group>
      )}
      <BenchmarkRecordModal accountId={playbook.account.id} kind={kind} borrowable={borrowable} onClose={() => setKind(null)} />
    </Stack>
  );
}
