import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyNote } from '../components/empty-state.tsx';
import { useFormat } from '../i18n/use-format.ts';
import type { AppNotification } from './organisation-types.ts';
import { useMarkNotificationsRead, useNotifications } from './use-organisation.ts';

/** One notification in words: an executive visit planned on one of my accounts, and what it is for. */
function NotificationText({ item }: { item: AppNotification }) {
  const { t } = useTranslation();
  const format = useFormat();
  const p = item.payload as { at?: string; subject?: string; executiveName?: string; objective?: string | null; agenda?: string | null };
  if (item.kind !== 'executive_visit_planned') return <Text size="sm">{item.kind}</Text>;
  return (
    <Stack gap={2}>
      <Text size="sm">
        {t('organisationUi.notifications.visitPlanned', { executive: p.executiveName ?? '', date: p.at ? format.dateTime(p.at) : '' })}
      </Text>
      <Text size="xs" c="dimmed">
        {p.subject}
        {p.objective ? ` · ${p.objective}` : ''}
      </Text>
    </Stack>
  );
}

/** My notifications, unread first marked; clicking one opens its account and marks it read. */
export function NotificationList({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const query = useNotifications();
  const mark = useMarkNotificationsRead();
  const items = query.data?.items ?? [];
  if (items.length === 0) return <EmptyNote>{t('organisationUi.notifications.empty')}</EmptyNote>;
  return (
    <Stack gap="xs" data-testid="notification-list">
      {(query.data?.unread ?? 0) > 0 && (
        <Group justify="flex-end">
          <Button size="compact-xs" variant="subtle" onClick={() => mark.mutate('all')}>
            {t('organisationUi.notifications.markAllRead')}
          </Button>
        </Group>
      )}
      {items.map((item) => (
        <Group key={item.id} justify="space-between" align="flex-start" wrap="nowrap" data-testid="notification" data-read={item.readAt !== null}>
          <Stack gap={2}>
            <Group gap="xs">
              {item.readAt === null && <Badge size="xs">{t('organisationUi.notifications.new')}</Badge>}
              {item.accountId && (
                <Anchor
                  component={Link}
                  to={`/accounts/${item.accountId}?tab=executives`}
                  size="sm"
                  fw={500}
                  onClick={() => {
                    if (item.readAt === null) mark.mutate(item.id);
                    onNavigate?.();
                  }}
                >
                  {format.name(item.accountName, item.accountNameZh)}
                </Anchor>
              )}
            </Group>
            <NotificationText item={item} />
          </Stack>
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {format.date(item.createdAt)}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
