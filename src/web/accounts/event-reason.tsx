import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { dash } from '../i18n/use-format.ts';
import type { Reason } from '../judgements/judgement-types.ts';
import { ReasonList } from '../judgements/reason-list.tsx';

/**
 * Why a change happened: a person's note as written; a computed change as the rules
 * and values that produced it, in the reader's language, with the settings version.
 */
export function EventReason({
  event,
}: { event: { reason: string | null; reasons?: readonly Reason[] | null; settingsVersion?: number | null } }) {
  const { t } = useTranslation();
  if (!event.reasons?.length) {
    return (
      <Text size="sm" c="dimmed">
        {event.reason ?? dash}
      </Text>
    );
  }
  return (
    <Stack gap={2} data-testid="history-reasons">
      <ReasonList reasons={event.reasons} />
      {event.settingsVersion != null && (
        <Text size="xs" c="dimmed">
          {t('account.history.settingsVersion', { version: event.settingsVersion })}
        </Text>
      )}
    </Stack>
  );
}
