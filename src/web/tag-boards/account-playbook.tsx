import { Code, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/error-alert.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { useFormat } from '../i18n/use-format.ts';
import { useAccountPlaybook } from '../judgements/use-judgement.ts';
import { BenchmarkPlaybook } from './benchmark-playbook.tsx';
import { DangerousPlaybook } from './dangerous-playbook.tsx';
import { NailPlaybook } from './nail-playbook.tsx';
import type { AccountPlaybook as Playbook, BoardTag } from './playbook-types.ts';

/** The playbook of one tag for one account (shared by the judgement panel and the boards). */
export function TagPlaybook({ tag, playbook, canRecord }: { tag: BoardTag; playbook: Playbook; canRecord: boolean }) {
  if (tag === 'benchmark') return <BenchmarkPlaybook playbook={playbook} canRecord={canRecord} />;
  if (tag === 'nail') return <NailPlaybook playbook={playbook} canRecord={canRecord} />;
  return <DangerousPlaybook playbook={playbook} canRecord={canRecord} />;
}

/**
 * On the account page: the playbook its tag calls for (维持/拔钉子/防御), and any
 * record whose content no longer fits its kind, shown as stored rather than hidden.
 */
export function AccountPlaybookPanel({ accountId, canRecord }: { accountId: string; canRecord: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const query = useAccountPlaybook(accountId);
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  const playbook = query.data;
  const tag = playbook.account.tag;
  const unreadable = playbook.records.filter((r) => !r.valid);
  if (tag !== 'benchmark' && tag !== 'nail' && tag !== 'dangerous' && unreadable.length === 0) return null;

  return (
    <Paper withBorder p="md" radius="md" data-testid="account-playbook">
      <Stack gap="sm">
        {(tag === 'benchmark' || tag === 'nail' || tag === 'dangerous') && (
          <>
            <Title order={4}>{t('tagBoardsUi.playbookTitle', { tag: t(`tag.${tag}`) })}</Title>
            <Text size="sm" c="dimmed">
              {t(`strategy.${tag}`)}
            </Text>
            <TagPlaybook tag={tag} playbook={playbook} canRecord={canRecord} />
          </>
        )}
        {unreadable.length > 0 && (
          <Stack gap={4}>
            <Text size="xs" fw={600} c="dimmed" tt="uppercase">
              {t('tagBoardsUi.unreadable')}
            </Text>
            {unreadable.map((r) => (
              <Text key={r.id} size="xs">
                {format.date(r.createdAt)} · {t(`tagBoardsUi.kinds.${r.kind}`, { defaultValue: r.kind })} ·{' '}
                <Code>{JSON.stringify(r.payload).slice(0, 240)}</Code>
              </Text>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
