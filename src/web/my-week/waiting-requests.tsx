import { Badge, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyNote } from '../components/empty-state.tsx';
import { RequestCard } from '../support/request-card.tsx';
import type { WaitingRequest } from './my-week-types.ts';

/** 一切为了前线: the rep's requests still with a department, and the answers that came back to them. */
export function WaitingRequests({ items }: { items: WaitingRequest[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return <EmptyNote>{t('myWeek.requests.empty')}</EmptyNote>;
  // Answers waiting for the rep first: the department has done its part.
  const sorted = [...items].sort((a, b) => Number(b.waitingOn === 'rep') - Number(a.waitingOn === 'rep'));
  return (
    <Stack gap="sm">
      {sorted.map((request) => (
        <Stack key={request.id} gap={4} data-testid="waiting-request" data-waiting-on={request.waitingOn}>
          {request.waitingOn === 'rep' && (
            <Badge color="teal" variant="light" style={{ textTransform: 'none' }}>
              {t('myWeek.requests.waitingOnRep')}
            </Badge>
          )}
          <RequestCard request={request} showAccount />
        </Stack>
      ))}
    </Stack>
  );
}
