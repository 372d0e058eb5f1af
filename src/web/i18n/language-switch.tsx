import { SegmentedControl } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../app/api.ts';
import { currentUserKey } from '../auth/use-current-user.ts';
import type { CurrentUser, Locale } from '../auth/user.ts';
import { applyLocale, asLocale } from './setup.ts';

/** en / 中文: remembered on this device and, when signed in, sent as the user's preference. */
export function LanguageSwitch({ signedIn }: { signedIn: boolean }) {
  const { i18n, t } = useTranslation();
  const client = useQueryClient();
  const change = async (value: string) => {
    const locale = asLocale(value);
    await applyLocale(locale);
    if (!signedIn) return;
    // The preference is a convenience; the switch has already happened if saving it fails.
    api<{ user: CurrentUser }>('/me', { method: 'PATCH', body: { locale } })
      .then(({ user }) => client.setQueryData(currentUserKey, user))
      .catch(() => undefined);
  };
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('shell.language')}
      data-testid="language-switch"
      value={asLocale(i18n.language)}
      onChange={(value) => void change(value)}
      data={[
        { value: 'en' satisfies Locale, label: 'EN' },
        { value: 'zh-CN' satisfies Locale, label: '中文' },
      ]}
    />
  );
}
