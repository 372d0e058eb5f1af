import { Alert, Anchor, Button, Center, Code, Group, Paper, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { isApiError } from '../app/api.ts';
import { Brand } from '../components/brand.tsx';
import { useErrorText } from '../components/error-alert.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { LanguageSwitch } from '../i18n/language-switch.tsx';
import { useCurrentUser } from './use-current-user.ts';
import { useLogin } from './use-session.ts';

const demo = { email: 'admin@abreast.demo', password: 'abreast-demo' };

/** Where to go after signing in: back where the guard sent us from, else the portfolio. */
function useReturnTo(): string {
  const state = useLocation().state as { from?: string } | null;
  return state?.from && state.from !== '/login' ? state.from : '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const returnTo = useReturnTo();
  const me = useCurrentUser();
  const login = useLogin();
  const errorText = useErrorText();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ email?: boolean; password?: boolean }>({});

  if (me.isPending) return <PageLoader />;
  if (me.data) return <Navigate to={returnTo} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const gaps = { email: !email.trim(), password: !password };
    setMissing(gaps);
    if (gaps.email || gaps.password) return;
    login.mutate({ email: email.trim(), password }, { onSuccess: () => navigate(returnTo, { replace: true }) });
  };

  const failure = login.error ? (isApiError(login.error, 'auth.invalid_credentials') ? t('login.invalid') : errorText(login.error)) : null;

  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Paper withBorder shadow="sm" p="xl" radius="md" w={400} maw="100%">
        <form onSubmit={submit} noValidate>
          <Stack>
            <Group justify="space-between" align="flex-start">
              <Brand withMotto order={2} />
              <LanguageSwitch signedIn={false} />
            </Group>
            <Text fw={500}>{t('login.title')}</Text>
            {failure && (
              <Alert color="red" variant="light" role="alert" data-testid="login-error">
                {failure}
              </Alert>
            )}
            <TextInput
              label={t('login.email')}
              type="email"
              autoComplete="username"
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={missing.email ? t('form.required') : undefined}
              autoFocus
            />
            <PasswordInput
              label={t('login.password')}
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={missing.password ? t('form.required') : undefined}
            />
            <Button type="submit" loading={login.isPending} fullWidth>
              {t('login.submit')}
            </Button>
            <Text size="xs" c="dimmed">
              {t('login.demoHint')} <Code>{demo.email}</Code> / <Code>{demo.password}</Code>{' '}
              <Anchor
                component="button"
                type="button"
                size="xs"
                onClick={() => {
                  setEmail(demo.email);
                  setPassword(demo.password);
                }}
              >
                {t('login.useDemo')}
              </Anchor>
            </Text>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
