import { Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../auth/use-current-user.ts';
import { EmptyNote } from '../components/empty-state.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { useFormat } from '../i18n/use-format.ts';
import { AccountPlaybookPanel } from '../tag-boards/account-playbook.tsx';
import { type AttestTarget, AttestModal } from './attest-modal.tsx';
import { JudgementHistory } from './judgement-history.tsx';
import { LevelAssessmentModal } from './level-assessment-modal.tsx';
import { LevelCard } from './level-card.tsx';
import { ScoreModal } from './score-modal.tsx';
import { ServiceabilityCard } from './serviceability-card.tsx';
import { TagCard } from './tag-card.tsx';
import { TagDecisionModal } from './tag-decision-modal.tsx';
import { TierCard } from './tier-card.tsx';
import { useAttestations, useJudgement, useLevelAssessments, useScores, useTagDecisions } from './use-judgement.ts';

/**
 * Everything the method judges about one account, each value with its reasons and
 * the actions it calls for: the tier and its four criteria, serviceability, the tag
 * and its playbook, the relationship level, and the history of all three.
 */
export function JudgementPanel({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data: user } = useCurrentUser();
  const judgement = useJudgement(accountId);
  const attestations = useAttestations(accountId);
  const decisions = useTagDecisions(accountId);
  const assessments = useLevelAssessments(accountId);
  const scores = useScores(accountId);
  const [attesting, setAttesting] = useState<AttestTarget | null>(null);
  const [deciding, setDeciding] = useState(false);
  const [assessing, setAssessing] = useState(false);
  const [scoring, setScoring] = useState(false);

  if (judgement.isPending) return <PageLoader />;
  if (judgement.isError) return <ErrorAlert error={judgement.error} />;
  const evaluation = judgement.data.evaluation;
  if (!evaluation) return <EmptyNote>{t('judgementUi.notEvaluated')}</EmptyNote>;

  const role = user?.role;
  // Reps and managers record evidence; confirming tags and promoting despite the trap is for managers up.
  const canRecord = role === 'rep' || role === 'manager' || role === 'executive' || role === 'admin';
  const canDecide = role === 'manager' || role === 'executive' || role === 'admin';

  return (
    <Stack gap="md" data-testid="judgement-panel">
      <Group justify="flex-end">
        <Text size="xs" c="dimmed">
          {t('judgementUi.evaluatedAt', { date: format.dateTime(evaluation.evaluatedAt), version: evaluation.settingsVersion })}
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <TierCard
          evaluation={evaluation}
          attestations={attestations.data ?? []}
          canRecord={canRecord}
          canDecide={canDecide}
          onAttest={setAttesting}
        />
        <TagCard
          evaluation={evaluation}
          decisions={decisions.data ?? []}
          scores={scores.data ?? []}
          canRecord={canRecord}
          canDecide={canDecide}
          onDecide={() => setDeciding(true)}
          onScore={() => setScoring(true)}
        />
        <LevelCard evaluation={evaluation} assessments={assessments.data ?? []} canRecord={canRecord} onRecord={() => setAssessing(true)} />
        <ServiceabilityCard evaluation={evaluation} />
      </SimpleGrid>
      <AccountPlaybookPanel accountId={accountId} canRecord={canRecord} />
      <JudgementHistory history={judgement.data.history} />
      <AttestModal accountId={accountId} target={attesting} onClose={() => setAttesting(null)} />
      <TagDecisionModal
        accountId={accountId}
        suggested={evaluation.tag.suggested.value}
        opened={deciding}
        onClose={() => setDeciding(false)}
      />
      <LevelAssessmentModal accountId={accountId} opened={assessing} onClose={() => setAssessing(false)} />
      <ScoreModal accountId={accountId} latest={scores.data?.[0]} opened={scoring} onClose={() => setScoring(false)} />
    </Stack>
  );
}
