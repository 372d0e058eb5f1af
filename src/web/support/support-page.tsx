import { Card, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../auth/use-current-user.ts';
import { PartView } from '../components/part-view.tsx';
import { QueueTable } from './queue-table.tsx';
import { RequestCard } from './request-card.tsx';
import { type SupportView, useSupportRequests } from './use-support.ts';

// Answered requests still wait on someone to close them.
const waiting = 'open,accepted,answered';

/**
 * Front line first (一切为了前线): a department's queue of support requests to accept,
 * answer and close; a rep's own requests; and every department's SLA breaches.
 */
export function SupportPage() {
  const { t } = useTranslation();
  const { data: user } = useCurrentUser();
  const backOffice = user?.role === 'staff' && user.departmentId !== null;
  const [view, setView] = useState<SupportView | null>(null);
  const [status, setStatus] = useState(waiting);
  const shown: SupportView = view ?? (backOffice ? 'department' : user?.role === 'rep' ? 'mine' : 'all');
  const requests = useSupportRequests(shown, status);

  return (
    <Stack gap="md">
      <div>
        <Title order={2}>{t('nav.support')}</Title>
        <Text size="sm" c="dimmed">
          {t('supportUi.subtitle')}
        </Text>
      </div>
      <Card withBorder padding="md">
        <Title order={5} mb="xs">
          {t('supportUi.queues.title')}
        </Title>
        <QueueTable />
      </Card>
      <Group justify="space-between">
        <SegmentedControl
          value={shown}
          onChange={(v) => setView(v as SupportView)}
          data={[
            ...(user?.departmentId ? [{ value: 'department', label: t('supportUi.views.department') }] : []),
            { value: 'mine', label: t('supportUi.views.mine') },
            { value: 'all', label: t('supportUi.views.all') },
          ]}
          data-testid="support-view"
        />
        <SegmentedControl
          value={status}
          onChange={setStatus}
          data={[
            { value: waiting, label: t('supportUi.filters.waiting') },
            { value: 'closed', label: t('organisation.supportRequestStatuses.closed') },
            { value: '', label: t('supportUi.filters.all') },
          ]}
          data-testid="support-status-filter"
        />
      </Group>
      <PartView query={requests} empty={t('supportUi.empty')}>
        {(items) => (
          <Stack gap="xs" data-testid="support-list">
            {items.map((r) => (
              <RequestCard key={r.id} request={r} showAccount />
            ))}
          </Stack>
        )}
      </PartView>
    </Stack>
  );
}
