import { AppShell, Burger, Group, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { useCurrentUser } from '../auth/use-current-user.ts';
import { UserMenu } from '../auth/user-menu.tsx';
import { NotificationBell } from '../cockpit/notification-bell.tsx';
import { Brand } from '../components/brand.tsx';
import { LanguageSwitch } from '../i18n/language-switch.tsx';
import { useLocaleSync } from '../i18n/use-locale-sync.ts';
import { navigation } from './navigation.ts';

/** The frame of every signed-in page: brand, navigation, language and the user's menu. */
export function AppFrame() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const { data: user } = useCurrentUser();
  const { pathname } = useLocation();
  useLocaleSync(user);
  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('shell.navigation')} />
            <Brand />
            <Text size="xs" c="dimmed" visibleFrom="md">
              {t('shell.motto')}
            </Text>
          </Group>
          <Group gap="md" wrap="nowrap">
            {user && <NotificationBell />}
            <LanguageSwitch signedIn />
            {user && <UserMenu user={user} />}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('shell.navigation')}>
        {navigation.map((entry) => (
          <NavLink
            key={entry.to}
            component={Link}
            to={entry.to}
            active={pathname === entry.to || pathname.startsWith(`${entry.to}/`)}
            label={t(entry.label)}
            data-testid={entry.testId}
            onClick={close}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
