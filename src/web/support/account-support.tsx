import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PartView } from '../components/part-view.tsx';
import { RaiseRequestModal } from './raise-request-modal.tsx';
import { RequestCard } from './request-card.tsx';
import { useAccountSupportRequests } from './use-support.ts';

/** The account's support requests to the back office, and a new one. */
export function AccountSupport({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const requests = useAccountSupportRequests(accountId);
  const [raising, setRaising] = useState(false);
  return (
    <Stack gap="sm" data-testid="account-support">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('supportUi.accountIntro')}
        </Text>
        <Button size="xs" onClick={() => setRaising(true)} data-testid="raise-support-request">
          {t('supportUi.raise')}
        </Button>
      </Group>
      <PartView query={requests} empty={t('supportUi.empty')}>
        {(items) => (
          <Stack gap="xs">
            {items.map((r) => (
              <RequestCard key={r.id} request={r} showAccount={false} />
            ))}
          </Stack>
        )}
      </PartView>
      <RaiseRequestModal accountId={accountId} opened={raising} onClose={() => setRaising(false)} />
    </Stack>
  );
}
