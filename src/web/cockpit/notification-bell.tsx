import { ActionIcon, Indicator, Popover, ScrollArea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NotificationList } from './notification-list.tsx';
import { useNotifications } from './use-organisation.ts';

/** The bell in the header: how many notifications are unread, and the list on a click. */
export function NotificationBell() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const unread = useNotifications().data?.unread ?? 0;
  return (
    <Popover opened={opened} onChange={setOpened} width={380} position="bottom-end" shadow="md">
      <Popover.Target>
        <Indicator label={unread} size={16} disabled={unread === 0} color="red" offset={4}>
          <ActionIcon variant="subtle" size="lg" aria-label={t('organisationUi.notifications.title')} onClick={() => setOpened((o) => !o)} data-testid="notification-bell" data-unread={unread}>
            <svg aria-hidden width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
              <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
              <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
            </svg>
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown>
        <Title order={6} mb="xs">
          {t('organisationUi.notifications.title')}
        </Title>
        <ScrollArea.Autosize mah={420}>
          <NotificationList onNavigate={() => setOpened(false)} />
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  );
}
