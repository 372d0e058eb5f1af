import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyNote } from '../components/empty-state.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { useFormat } from '../i18n/use-format.ts';
import { ReasonList } from '../judgements/reason-list.tsx';
import type { Escalation } from './organisation-types.ts';
import { useResolveEscalation } from './use-organisation.ts';

/** Escalations with their root cause and where it routed them (拍桌子), each resolvable by those it concerns. */
export function EscalationList({ items, showAccount }: { items: Escalation[]; showAccount: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const resolve = useResolveEscalation();
  if (items.length === 0) return <EmptyNote>{t('organisationUi.escalations.empty')}</EmptyNote>;
  return (
    <Stack gap="xs" data-testid="escalation-list">
      {resolve.error ? <ErrorAlert error={resolve.error} /> : null}
      {items.map((e) => (
        <Card key={e.id} withBorder padding="sm" data-testid="escalation-row" data-valid={e.route.value.valid}>
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Stack gap={4}>
              <Group gap="xs">
                <Text fw={500} size="sm">
                  {e.title}
                </Text>
                <Badge variant="light" color={e.status === 'resolved' ? 'teal' : 'orange'}>
                  {t(`organisationUi.escalations.statuses.${e.status}`, { defaultValue: e.status })}
                </Badge>
                {e.rootCause ? (
                  <Badge variant="outline">{t(`organisation.rootCauses.${e.rootCause}`)}</Badge>
                ) : (
                  <Badge color="red">{t('organisation.guardRails.blaming_sales')}</Badge>
                )}
              </Group>
              <Text size="xs" c="dimmed">
                {showAccount && (
                  <Anchor component={Link} to={`/accounts/${e.accountId}?tab=executives`} size="xs" mr="xs">
                    {format.name(e.accountName, e.accountNameZh)}
                  </Anchor>
                )}
                {t('organisationUi.escalations.raisedBy', { name: format.name(e.raisedByName, e.raisedByNameZh), date: format.date(e.raisedAt) })}
              </Text>
              <Text size="xs">
                {t('organisationUi.escalations.routedTo')}: {e.routedDepartments.map((d) => format.name(d.name, d.nameZh)).join(', ') || '—'}
              </Text>
              <ReasonList reasons={e.route.reasons} />
            </Stack>
            <Button
              size="compact-xs"
              variant="light"
              loading={resolve.isPending}
              onClick={() => resolve.mutate({ escalation: e, status: e.status === 'resolved' ? 'open' : 'resolved' })}
            >
              {t(e.status === 'resolved' ? 'organisationUi.escalations.reopen' : 'organisationUi.escalations.resolve')}
            </Button>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
