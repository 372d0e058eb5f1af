import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../auth/use-current-user.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { ReasonList } from '../judgements/reason-list.tsx';
import { CommitmentModal } from './commitment-modal.tsx';
import { CommitmentsTable } from './commitments-table.tsx';
import { CompleteVisitModal } from './complete-visit-modal.tsx';
import { EscalationList } from './escalation-list.tsx';
import { EscalationModal } from './escalation-modal.tsx';
import { FourPatsBadges } from './four-pats.tsx';
import type { Visit } from './organisation-types.ts';
import { PairingsTable } from './pairings-table.tsx';
import { PlanVisitModal } from './plan-visit-modal.tsx';
import { useGuardRails } from './use-organisation.ts';
import { VisitList } from './visit-list.tsx';

function Block({ title, action, children }: { title: string; action?: React.ReactNode; children: React.ReactNode }) {
  return (
    <Card withBorder padding="md">
      <Group justify="space-between" mb="xs">
        <Title order={5}>{title}</Title>
        {action}
      </Group>
      {children}
    </Card>
  );
}

/** The account's executives and the four pats (四拍型): pairing, visits, commitments, escalations, touchpoints. */
export function AccountExecutives({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const { data: user } = useCurrentUser();
  const rails = useGuardRails(accountId);
  const [modal, setModal] = useState<'visit' | 'commitment' | 'escalation' | null>(null);
  const [completing, setCompleting] = useState<Visit | null>(null);
  if (rails.isPending) return <PageLoader />;
  if (rails.isError) return <ErrorAlert error={rails.error} />;
  const data = rails.data;
  const canPlan = user?.role !== 'staff';
  const handsOff = data.handsOff.value;

  return (
    <Stack gap="md" data-testid="account-executives">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('organisationUi.accountTab.intro')}
        </Text>
        <FourPatsBadges counts={data.fourPats} testId="account-four-pats" />
      </Group>
      {handsOff.applies && (
        <Alert color={handsOff.flagged ? 'red' : 'teal'} variant="light" title={t(handsOff.flagged ? 'organisation.guardRails.hands_off' : 'organisationUi.accountTab.touched')} data-testid="hands-off" data-flagged={handsOff.flagged}>
          <ReasonList reasons={data.handsOff.reasons} />
        </Alert>
      )}
      <Block title={t('organisationUi.pairings.title')}>
        <PairingsTable items={data.pairings} show="executive" />
      </Block>
      <Block
        title={t('organisationUi.cockpit.visits')}
        action={
          canPlan && (
            <Button size="xs" onClick={() => setModal('visit')} data-testid="account-plan-visit">
              {t('organisationUi.planVisit.title')}
            </Button>
          )
        }
      >
        <VisitList visits={data.visits} showAccount={false} onComplete={canPlan ? setCompleting : undefined} />
      </Block>
      <Block
        title={t('organisationUi.commitments.title')}
        action={
          <Button size="xs" variant="light" onClick={() => setModal('commitment')} data-testid="add-commitment">
            {t('organisationUi.commitments.add')}
          </Button>
        }
      >
        <CommitmentsTable items={data.commitments.items} showAccount={false} canSettle />
      </Block>
      <Block
        title={t('organisationUi.escalations.title')}
        action={
          <Button size="xs" variant="light" onClick={() => setModal('escalation')} data-testid="raise-escalation">
            {t('organisationUi.escalations.raise')}
          </Button>
        }
      >
        <EscalationList items={data.escalations} showAccount={false} />
      </Block>
      <PlanVisitModal opened={modal === 'visit'} onClose={() => setModal(null)} accountId={accountId} />
      <CommitmentModal accountId={accountId} opened={modal === 'commitment'} onClose={() => setModal(null)} />
      <EscalationModal accountId={accountId} opened={modal === 'escalation'} onClose={() => setModal(null)} />
      <CompleteVisitModal visit={completing} onClose={() => setCompleting(null)} />
    </Stack>
  );
}
