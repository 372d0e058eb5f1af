import { Accordion, Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Tier } from '../../domain/catalog.ts';
import { useCurrentUser } from '../auth/use-current-user.ts';
import { TierBadge } from '../components/badges.tsx';
import { EmptyNote } from '../components/empty-state.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { useFormat } from '../i18n/use-format.ts';
import { TagPlaybook } from './account-playbook.tsx';
import type { AccountPlaybook, BoardTag } from './playbook-types.ts';
import { useBoard } from './use-boards.ts';

/** What the board shows of each account before it is opened: where its playbook stands. */
function Status({ tag, item }: { tag: BoardTag; item: AccountPlaybook }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (tag === 'benchmark') {
    const b = item.benchmark;
    return (
      <Group gap={6}>
        {b.level && <Badge variant="light">{t(`benchmarkLevel.${b.level}`)}</Badge>}
        <Badge color={b.readiness.value ? 'teal' : 'orange'} variant="outline">
          {t(b.readiness.value ? 'tagBoardsUi.benchmark.ready' : 'tagBoardsUi.benchmark.notReady')}
        </Badge>
        <Text size="xs" c="dimmed">
          {format.money(b.investmentTotal)}
        </Text>
      </Group>
    );
  }
  if (tag === 'nail') {
    const n = item.nail;
    return (
      <Group gap={6}>
        {n.decision ? (
          <Badge color={n.decision === 'attack' ? 'red' : 'gray'}>{t(`nailDecision.${n.decision}`)}</Badge>
        ) : (
          <Badge variant="outline" color="gray">
            {t('tagBoardsUi.nail.notAssessed')}
          </Badge>
        )}
        {n.stalledDays !== null && (
          <Text size="xs" c="dimmed">
            {t('tagBoardsUi.nail.stalledDays', { count: n.stalledDays })}
          </Text>
        )}
      </Group>
    );
  }
  const d = item.dangerous;
  return (
    <Group gap={6}>
      <Badge color="red" variant="light">
        {t('tagBoardsUi.dangerous.signalCount', { count: d.signals.length })}
      </Badge>
      <Badge color={d.visitDensity.value.meetsTarget ? 'teal' : 'orange'} variant="outline">
        {t('tagBoardsUi.dangerous.density', {
          perMonth: format.number(d.visitDensity.value.perMonth),
          target: format.number(d.visitDensity.value.target),
        })}
      </Badge>
      {!d.plan && <Badge color="gray">{t('tagBoardsUi.dangerous.noPlan')}</Badge>}
    </Group>
  );
}

/** One tag's board: every account in my scope with that tag in force, each opening onto its playbook. */
export function TagBoard({ tag }: { tag: BoardTag }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data: user } = useCurrentUser();
  const board = useBoard(tag);
  const canRecord = user?.role === 'rep' || user?.role === 'manager' || user?.role === 'executive' || user?.role === 'admin';
  if (board.isPending) return <PageLoader />;
  if (board.isError) return <ErrorAlert error={board.error} />;
  if (board.data.items.length === 0) return <EmptyNote>{t('tagBoardsUi.empty', { tag: t(`tag.${tag}`) })}</EmptyNote>;

  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t(`strategy.${tag}`)} · {t('tagBoardsUi.count', { count: board.data.total })}
      </Text>
      <Accordion variant="separated" chevronPosition="left" data-testid={`board-${tag}`}>
        {board.data.items.map((item) => (
          <Accordion.Item key={item.account.id} value={item.account.id} data-testid={`board-item-${item.account.id}`}>
            <Accordion.Control>
              <Group justify="space-between" wrap="nowrap">
                <Group gap="sm" wrap="nowrap">
                  <Text fw={600} size="sm">
                    {format.name(item.account.name, item.account.nameZh)}
                  </Text>
                  <TierBadge tier={item.account.tier as Tier | null} />
                  <Text size="xs" c="dimmed" visibleFrom="sm">
                    {format.name(item.account.regionName, item.account.regionNameZh)} ·{' '}
                    {format.name(item.account.ownerName, item.account.ownerNameZh)}
                  </Text>
                </Group>
                <Status tag={tag} item={item} />
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <Stack gap="sm">
                {/* The link lives in the panel: a link inside the accordion's button would be a control within a control. */}
                <Anchor component={Link} to={`/accounts/${item.account.id}?tab=judgement`} size="sm" data-testid={`board-open-${item.account.id}`}>
                  {t('tagBoardsUi.openAccount')} →
                </Anchor>
                <TagPlaybook tag={tag} playbook={item} canRecord={canRecord} />
              </Stack>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Stack>
  );
}
