import { Badge, Group, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PartView } from '../components/part-view.tsx';
import { useCatalog } from '../i18n/use-catalog.ts';
import { useFormat } from '../i18n/use-format.ts';
import type { Activity, Participant } from './account-types.ts';
import { useAccountPart } from './use-accounts.ts';

const newestFirst = (a: Activity, b: Activity) => b.occurredAt.localeCompare(a.occurredAt);
// Our side is our users; the customer's side is its contacts.
const isOurs = (p: Participant) => p.userId !== null;
const participantName = (p: Participant) => p.userName ?? p.contactName ?? '?';

/** Visits, calls, meetings and emails, newest first, with who took part on each side. */
export function AccountActivities({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useCatalog();
  const query = useAccountPart<Activity>(accountId, 'activities');
  return (
    <PartView query={query} empty={t('account.activities.empty')}>
      {(items) => (
        <Timeline bulletSize={14} lineWidth={2} data-testid="activities-list">
          {[...items].sort(newestFirst).map((activity) => {
            const ours = activity.participants.filter(isOurs).map(participantName);
            const theirs = activity.participants.filter((p) => !isOurs(p)).map(participantName);
            return (
              <Timeline.Item
                key={activity.id}
                title={
                  <Group gap="xs">
                    <Badge size="sm" variant="light">
                      {label('activityKinds', activity.kind)}
                    </Badge>
                    <Text size="sm" fw={500}>
                      {activity.subject}
                    </Text>
                  </Group>
                }
              >
                <Text size="xs" c="dimmed">
                  {format.dateTime(activity.occurredAt)}
                </Text>
                {(ours.length > 0 || theirs.length > 0) && (
                  <Text size="xs" mt={2}>
                    {ours.length > 0 && t('account.activities.us', { names: ours.join(', ') })}
                    {ours.length > 0 && theirs.length > 0 && ' · '}
                    {theirs.length > 0 && t('account.activities.customer', { names: theirs.join(', ') })}
                  </Text>
                )}
                {activity.notes && (
                  <Text size="sm" mt={4} c="dimmed" lineClamp={3}>
                    {activity.notes}
                  </Text>
                )}
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
    </PartView>
  );
}
