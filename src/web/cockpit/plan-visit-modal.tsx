import { Alert, Button, Checkbox, Group, Modal, SegmentedControl, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../auth/use-current-user.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { usePeople } from '../components/use-reference-data.ts';
import { useFormat } from '../i18n/use-format.ts';
import { ReasonList } from '../judgements/reason-list.tsx';
import type { Visit } from './organisation-types.ts';
import { usePlanVisit } from './use-organisation.ts';
import { VisitVerdict } from './visit-list.tsx';

const pad = (n: number) => String(n).padStart(2, '0');
/** A `datetime-local` value in the browser's own time zone. */
const localInput = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
const inAWeek = () => {
  const d = new Date(Date.now() + 7 * 86_400_000);
  d.setHours(10, 0, 0, 0);
  return localInput(d);
};

interface Props {
  opened: boolean;
  onClose: () => void;
  /** The account, when planned from its page; otherwise one of `accounts` is picked. */
  accountId?: string;
  accounts?: { id: string; label: string }[];
}

/**
 * Plan an executive visit (no 拍脑门): objective, agenda, and the account team told in
 * the app. What the server judged is shown before the dialog closes, warning first.
 */
export function PlanVisitModal({ opened, onClose, accountId, accounts = [] }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data: user } = useCurrentUser();
  const executives = (usePeople().data ?? []).filter((p) => p.role === 'executive');
  const plan = usePlanVisit();
  const [account, setAccount] = useState<string | null>(accountId ?? null);
  const [executiveId, setExecutiveId] = useState<string | null>(null);
  const [at, setAt] = useState(inAWeek);
  const [kind, setKind] = useState<'visit' | 'meeting'>('visit');
  const [subject, setSubject] = useState('');
  const [objective, setObjective] = useState('');
  const [agenda, setAgenda] = useState('');
  const [notifyTeam, setNotifyTeam] = useState(true);
  const [result, setResult] = useState<{ visit: Visit; notified: number } | null>(null);
  const selfExecutive = user?.role === 'executive';

  // biome-ignore lint/correctness/useExhaustiveDependencies: each opening starts a new plan
  useEffect(() => {
    if (!opened) return;
    setAccount(accountId ?? accounts[0]?.id ?? null);
    setExecutiveId(selfExecutive ? (user?.id ?? null) : null);
    setAt(inAWeek());
    setKind('visit');
    setSubject('');
    setObjective('');
    setAgenda('');
    setNotifyTeam(true);
    setResult(null);
    plan.reset();
  }, [opened]);

  const submit = () => {
    if (!account) return;
    plan.mutate(
      {
        accountId: account,
        plan: {
          executiveId: executiveId ?? undefined,
          at: new Date(at).toISOString(),
          kind,
          subject: subject.trim(),
          objective: objective.trim() || null,
          agenda: agenda.trim() || null,
          notifyTeam,
        },
      },
      {
        onSuccess: (answer) => {
          if (answer.visit.check.value.flagged) {
            setResult(answer);
            return;
          }
          notifications.show({ color: 'teal', message: t('organisationUi.planVisit.saved', { count: answer.notified }) });
          onClose();
        },
      },
    );
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('organisationUi.planVisit.title')} size="lg" data-testid="plan-visit-modal">
      {result ? (
        <Stack gap="sm" data-testid="plan-visit-result">
          <Alert color="red" variant="light" title={t('organisationUi.planVisit.warningTitle')} data-testid="unplanned-visit-warning">
            <Stack gap="xs">
              <Text size="sm">{t('organisationUi.planVisit.warning')}</Text>
              <VisitVerdict visit={result.visit} />
              <ReasonList reasons={result.visit.check.reasons} />
            </Stack>
          </Alert>
          <Text size="sm" c="dimmed">
            {t('organisationUi.planVisit.notified', { count: result.notified, date: format.dateTime(result.visit.at) })}
          </Text>
          <Group justify="flex-end">
            <Button onClick={onClose} data-testid="plan-visit-done">
              {t('organisationUi.close')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <Stack gap="sm">
            {!accountId && (
              <Select label={t('organisationUi.account')} data={accounts.map((a) => ({ value: a.id, label: a.label }))} value={account} onChange={setAccount} required searchable data-testid="plan-visit-account" />
            )}
            {!selfExecutive && (
              <Select
                label={t('organisationUi.planVisit.executive')}
                data={executives.map((p) => ({ value: p.id, label: format.name(p.name, p.nameZh) }))}
                value={executiveId}
                onChange={setExecutiveId}
                required
                data-testid="plan-visit-executive"
              />
            )}
            <Group grow align="flex-end">
              <TextInput type="datetime-local" label={t('organisationUi.visits.when')} value={at} onChange={(e) => setAt(e.currentTarget.value)} required data-testid="plan-visit-at" />
              <SegmentedControl
                value={kind}
                onChange={(v) => setKind(v as 'visit' | 'meeting')}
                data={[
                  { value: 'visit', label: t('catalog.activityKinds.visit') },
                  { value: 'meeting', label: t('catalog.activityKinds.meeting') },
                ]}
              />
            </Group>
            <TextInput label={t('organisationUi.visits.subject')} value={subject} onChange={(e) => setSubject(e.currentTarget.value)} required data-testid="plan-visit-subject" />
            <Textarea label={t('organisationUi.visits.objective')} description={t('organisationUi.planVisit.objectiveHint')} value={objective} onChange={(e) => setObjective(e.currentTarget.value)} autosize minRows={2} data-testid="plan-visit-objective" />
            <Textarea label={t('organisationUi.visits.agenda')} description={t('organisationUi.planVisit.agendaHint')} value={agenda} onChange={(e) => setAgenda(e.currentTarget.value)} autosize minRows={2} data-testid="plan-visit-agenda" />
            <Checkbox label={t('organisationUi.planVisit.notifyTeam')} checked={notifyTeam} onChange={(e) => setNotifyTeam(e.currentTarget.checked)} data-testid="plan-visit-notify" />
            {plan.error ? <ErrorAlert error={plan.error} /> : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('form.cancel')}
              </Button>
              <Button type="submit" loading={plan.isPending} disabled={!account || !subject.trim()} data-testid="plan-visit-submit">
                {t('organisationUi.planVisit.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
