import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { homePath } from './navigation.ts';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack align="center" py="xl" gap="xs">
      <Title order={3}>{t('shell.notFound')}</Title>
      <Anchor component={Link} to={homePath}>
        {t('shell.backHome')}
      </Anchor>
    </Stack>
  );
}

/** What a page that crashed shows instead of a blank screen. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <Stack align="center" py="xl" gap="xs">
      <Title order={3}>{t('errors.title')}</Title>
      <Text c="dimmed">{t('errors.unknown')}</Text>
      <Anchor href={homePath}>{t('shell.backHome')}</Anchor>
    </Stack>
  );
}
