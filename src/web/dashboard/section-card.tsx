import { ActionIcon, Anchor, Badge, Card, Group, Popover, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ReasonList as DealReasonList } from '../deals/reason-list.tsx';
import { useFormat } from '../i18n/use-format.ts';
import { ReasonList } from '../judgements/reason-list.tsx';
import type { AccountRef, Reason } from './dashboard-types.ts';

/** One card of the dashboard: a title, what it counts, and the way to the page that has the detail. */
export function SectionCard(props: {
  title: string;
  testId: string;
  to: string;
  count?: number;
  alert?: boolean;
  why?: readonly Reason[];
  children: React.ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" h="100%" data-testid={props.testId}>
      <Group justify="space-between" mb="xs" wrap="nowrap" align="flex-start">
        <Group gap="xs" wrap="nowrap">
          <Title order={4}>{props.title}</Title>
          {props.count !== undefined && (
            <Badge variant={props.alert ? 'filled' : 'light'} color={props.alert ? 'red' : 'gray'} data-testid={`${props.testId}-count`}>
              {props.count}
            </Badge>
          )}
          {props.why && props.why.length > 0 && <WhyButton reasons={props.why} label={props.title} />}
        </Group>
        <Anchor component={Link} to={props.to} size="sm" style={{ whiteSpace: 'nowrap' }} data-testid={`${props.testId}-open`}>
          {t('dashboard.open')}
        </Anchor>
      </Group>
      {props.children}
    </Card>
  );
}

/** "Why?": the reasons behind a judgement, opened on click so that it works on a phone too. */
export function WhyButton({ reasons, label, deal = false }: { reasons: readonly Reason[]; label: string; deal?: boolean }) {
  const { t } = useTranslation();
  return (
    <Popover width={380} position="bottom-start" withArrow shadow="md">
      <Popover.Target>
        <ActionIcon variant="subtle" size="sm" radius="xl" aria-label={t('dashboard.why', { what: label })} data-testid="why">
          <Text size="xs" fw={700}>
            ?
          </Text>
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown data-testid="why-reasons">
        {deal ? <DealReasonList reasons={[...reasons]} /> : <ReasonList reasons={reasons} />}
      </Popover.Dropdown>
    </Popover>
  );
}

/** An account's name, opening its page (on a given tab). */
export function AccountLink({
  account,
  tab,
  testId,
}: {
  account: Pick<AccountRef, 'id' | 'name' | 'nameZh'>;
  tab?: string;
  testId?: string;
}) {
  const format = useFormat();
  return (
    <Anchor
      component={Link}
      to={`/accounts/${account.id}${tab ? `?tab=${tab}` : ''}`}
      size="sm"
      data-testid={testId}
      data-account-id={account.id}
    >
      {format.name(account.name, account.nameZh)}
    </Anchor>
  );
}

/** "and 12 more" under a capped list, to the page that lists them all. */
export function MoreLink({ shown, total, to }: { shown: number; total: number; to: string }) {
  const { t } = useTranslation();
  if (total <= shown) return null;
  return (
    <Anchor component={Link} to={to} size="xs" mt="xs" display="block">
      {t('dashboard.more', { count: total - shown })}
    </Anchor>
  );
}
