import { Anchor, Badge, Button, Card, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../app/api.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { useFormat } from '../i18n/use-format.ts';
import { ReasonList } from '../judgements/reason-list.tsx';
import { type SupportRequest, useMoveRequest } from './use-support.ts';

const statusColor = { open: 'blue', accepted: 'violet', answered: 'teal', closed: 'gray' } as const;

/** The SLA in a word: breached (red), due in so many hours, or met. */
function SlaBadge({ request }: { request: SupportRequest }) {
  const { t } = useTranslation();
  const { breached, pending, hoursPastDue } = request.sla.value;
  if (breached) {
    return (
      <Badge color="red" data-testid="sla-breached">
        {t('supportUi.sla.breached', { count: Math.ceil(hoursPastDue ?? 0) })}
      </Badge>
    );
  }
  if (pending) {
    return (
      <Badge color="blue" variant="light">
        {t('supportUi.sla.dueIn', { count: Math.max(0, Math.floor(-(hoursPastDue ?? 0))) })}
      </Badge>
    );
  }
  return (
    <Badge color="teal" variant="light">
      {t('supportUi.sla.met')}
    </Badge>
  );
}

/** One request: what the front line needs, by when, from whom; the department moves it on from here. */
export function RequestCard({ request, showAccount }: { request: SupportRequest; showAccount: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const move = useMoveRequest();
  const [answer, setAnswer] = useState('');
  const [showReasons, setShowReasons] = useState(false);
  const can = (status: SupportRequest['status']) => request.allowedMoves.includes(status);
  const go = (status: SupportRequest['status']) => move.mutate({ request, status, answer: answer.trim() || undefined });

  return (
    <Card withBorder padding="sm" data-testid="support-request" data-request-id={request.id} data-status={request.status}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Text fw={500} size="sm">
              {request.need}
            </Text>
            <Text size="xs" c="dimmed">
              {showAccount && (
                <Anchor component={Link} to={`/accounts/${request.accountId}?tab=support`} size="xs" mr={6}>
                  {format.name(request.accountName, request.accountNameZh)}
                </Anchor>
              )}
              {request.dealName && `${format.name(request.dealName, request.dealNameZh)} · `}
              {t('supportUi.raisedBy', { name: format.name(request.raisedByName, request.raisedByNameZh), date: format.dateTime(request.raisedAt) })}
            </Text>
          </Stack>
          <Group gap={4} wrap="nowrap">
            <Badge variant="outline">{format.name(request.departmentName, request.departmentNameZh)}</Badge>
            <Badge color={statusColor[request.status]} data-testid="support-status">
              {t(`organisation.supportRequestStatuses.${request.status}`)}
            </Badge>
          </Group>
        </Group>
        <Group gap="xs">
          <SlaBadge request={request} />
          <Text size="xs" c="dimmed">
            {t('supportUi.dueAt', { date: format.dateTime(request.sla.value.dueAt) })} · {t(`organisation.supportDueSources.${request.sla.value.dueSource}`)}
          </Text>
          <Anchor component="button" size="xs" onClick={() => setShowReasons((s) => !s)}>
            {t(showReasons ? 'organisationUi.hideReasons' : 'organisationUi.showReasons')}
          </Anchor>
        </Group>
        {showReasons && <ReasonList reasons={request.sla.reasons} />}
        {request.answer && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="support-answer">
            <Text span fw={500}>
              {t('supportUi.answer')}
              {request.assigneeName ? ` (${format.name(request.assigneeName, request.assigneeNameZh)})` : ''}:{' '}
            </Text>
            {request.answer}
          </Text>
        )}
        {move.error ? (isApiError(move.error, 'conflict.stale_version') ? <ErrorAlert error={move.error} title={t('supportUi.conflict')} /> : <ErrorAlert error={move.error} />) : null}
        {request.allowedMoves.length > 0 && (
          <Stack gap={6}>
            {can('answered') && (
              <Textarea placeholder={t('supportUi.answerPlaceholder')} value={answer} onChange={(e) => setAnswer(e.currentTarget.value)} autosize minRows={2} data-testid="support-answer-input" />
            )}
            <Group gap="xs">
              {can('accepted') && (
                <Button size="xs" variant="light" loading={move.isPending} onClick={() => go('accepted')} data-testid="support-accept">
                  {t('supportUi.accept')}
                </Button>
              )}
              {can('answered') && (
                <Button size="xs" loading={move.isPending} disabled={!answer.trim()} onClick={() => go('answered')} data-testid="support-send-answer">
                  {t('supportUi.sendAnswer')}
                </Button>
              )}
              {can('closed') && (
                <Button size="xs" variant="default" loading={move.isPending} onClick={() => go('closed')} data-testid="support-close">
                  {t('supportUi.close')}
                </Button>
              )}
            </Group>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
