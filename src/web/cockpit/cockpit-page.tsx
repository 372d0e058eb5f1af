import { Alert, Badge, Button, Card, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../auth/use-current-user.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { usePeople } from '../components/use-reference-data.ts';
import { useFormat } from '../i18n/use-format.ts';
import { CommitmentsTable } from './commitments-table.tsx';
import { CompleteVisitModal } from './complete-visit-modal.tsx';
import { CompliancePanel } from './compliance-panel.tsx';
import { EscalationList } from './escalation-list.tsx';
import { FourPatsBadges } from './four-pats.tsx';
import { NotificationList } from './notification-list.tsx';
import type { Visit } from './organisation-types.ts';
import { PairingsTable } from './pairings-table.tsx';
import { PlanVisitModal } from './plan-visit-modal.tsx';
import { useCockpit } from './use-organisation.ts';
import { VisitList } from './visit-list.tsx';

function Section({ title, action, children, testId }: { title: string; action?: React.ReactNode; children: React.ReactNode; testId: string }) {
  return (
    <Card withBorder padding="md" data-testid={testId}>
      <Group justify="space-between" mb="xs">
        <Title order={4}>{title}</Title>
        {action}
      </Group>
      {children}
    </Card>
  );
}

/**
 * The executive cockpit (SPEC §7): my paired accounts with visits due, the visits
 * that still need a plan, my commitments and my flags on the four pats. Admins and
 * executives can look at another executive's; managers see the programme's compliance.
 */
export function CockpitPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data: user } = useCurrentUser();
  const executives = (usePeople().data ?? []).filter((p) => p.role === 'executive');
  const isExecutive = user?.role === 'executive';
  const canPick = isExecutive || user?.role === 'admin';
  const [picked, setPicked] = useState<string | null>(null);
  const executiveId = picked ?? (isExecutive ? null : (executives[0]?.id ?? null));
  const cockpit = useCockpit(executiveId, canPick && (isExecutive || executiveId !== null));
  const [planning, setPlanning] = useState(false);
  const [completing, setCompleting] = useState<Visit | null>(null);

  const header = (
    <Group justify="space-between" align="flex-end">
      <div>
        <Title order={2}>{t('nav.executiveCockpit')}</Title>
        <Text size="sm" c="dimmed">
          {t('organisationUi.cockpit.subtitle')}
        </Text>
      </div>
      {canPick && (
        <Select
          w={240}
          label={t('organisationUi.pairings.executive')}
          data={executives.map((p) => ({ value: p.id, label: format.name(p.name, p.nameZh) }))}
          value={executiveId ?? user?.id ?? null}
          onChange={(v) => setPicked(v === user?.id ? null : v)}
          data-testid="cockpit-executive"
        />
      )}
    </Group>
  );

  if (!canPick) {
    return (
      <Stack gap="md">
        {header}
        <Alert variant="light">{t('organisationUi.cockpit.forExecutives')}</Alert>
        {user?.role === 'manager' && <CompliancePanel />}
        <Section title={t('organisationUi.notifications.title')} testId="cockpit-notifications">
          <NotificationList />
        </Section>
      </Stack>
    );
  }
  if (cockpit.isPending) return <PageLoader />;
  if (cockpit.isError) return <ErrorAlert error={cockpit.error} />;
  const data = cockpit.data;
  const mine = data.executive.id === user?.id;
  const needingPlans = data.visits.filter((v) => v.planned && v.check.value.flagged).length;
  const overdue = data.pairings.filter((p) => p.status.value.overdue).length;

  return (
    <Stack gap="md" data-testid="cockpit">
      {header}
      <Group justify="space-between">
        <Group gap="xs">
          <Text fw={500}>{format.name(data.executive.name, data.executive.nameZh)}</Text>
          {!data.executive.salesTrained && (
            <Badge color="orange" variant="light">
              {t('organisationUi.pairings.untrained')}
            </Badge>
          )}
        </Group>
        <FourPatsBadges counts={data.flags} testId="cockpit-flags" />
      </Group>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Card withBorder padding="sm">
          <Text size="xs" c="dimmed">{t('organisationUi.cockpit.paired')}</Text>
          <Text fw={700} size="xl">{data.pairings.length}</Text>
        </Card>
        <Card withBorder padding="sm">
          <Text size="xs" c="dimmed">{t('organisationUi.cockpit.visitsOverdue')}</Text>
          <Text fw={700} size="xl" c={overdue ? 'red' : undefined}>{overdue}</Text>
        </Card>
        <Card withBorder padding="sm">
          <Text size="xs" c="dimmed">{t('organisationUi.cockpit.needingPlans')}</Text>
          <Text fw={700} size="xl" c={needingPlans ? 'red' : undefined} data-testid="cockpit-needing-plans">{needingPlans}</Text>
        </Card>
      </SimpleGrid>
      <Section title={t('organisationUi.cockpit.pairedAccounts')} testId="cockpit-pairings">
        <PairingsTable items={data.pairings} show="account" />
        {data.handsOff.some((h) => h.check.value.flagged) && (
          <Alert color="red" variant="light" mt="sm" title={t('organisation.guardRails.hands_off')} data-testid="cockpit-hands-off">
            {data.handsOff
              .filter((h) => h.check.value.flagged)
              .map((h) => format.name(h.account.name, h.account.nameZh))
              .join(', ')}
          </Alert>
        )}
      </Section>
      <Section
        title={t('organisationUi.cockpit.visits')}
        testId="cockpit-visits"
        action={
          mine && (
            <Button size="xs" onClick={() => setPlanning(true)} data-testid="plan-visit">
              {t('organisationUi.planVisit.title')}
            </Button>
          )
        }
      >
        <VisitList visits={data.visits} showAccount onComplete={mine ? setCompleting : undefined} />
      </Section>
      <Section title={t('organisationUi.cockpit.commitments')} testId="cockpit-commitments">
        <CommitmentsTable items={data.commitments.items} showAccount canSettle />
      </Section>
      {data.escalations.length > 0 && (
        <Section title={t('organisationUi.escalations.title')} testId="cockpit-escalations">
          <EscalationList items={data.escalations} showAccount />
        </Section>
      )}
      {mine && (
        <Section title={t('organisationUi.notifications.title')} testId="cockpit-notifications">
          <NotificationList />
        </Section>
      )}
      <PlanVisitModal
        opened={planning}
        onClose={() => setPlanning(false)}
        accounts={data.pairings.map((p) => ({ id: p.accountId, label: format.name(p.accountName, p.accountNameZh) }))}
      />
      <CompleteVisitModal visit={completing} onClose={() => setCompleting(null)} />
    </Stack>
  );
}
