import { Alert, Anchor, Badge, Breadcrumbs, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Tier } from '../../domain/catalog.ts';
import { useAccount } from '../accounts/use-accounts.ts';
import { TierBadge } from '../components/badges.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { useFormat } from '../i18n/use-format.ts';
import { ReasonList } from '../judgements/reason-list.tsx';
import { PlanActions } from './plan-actions.tsx';
import { PlanForm } from './plan-form.tsx';
import { useAccountPlan, useReviewPlan } from './use-account-plan.ts';

/** The account plan of a key or strategic account: goals beyond revenue, the four know sections, actions, reviews. */
export function AccountPlanPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const account = useAccount(id);
  const plan = useAccountPlan(id);
  const review = useReviewPlan(id);
  if (account.isPending || plan.isPending) return <PageLoader />;
  if (account.isError) return <ErrorAlert error={account.error} />;
  if (plan.isError) return <ErrorAlert error={plan.error} />;
  const data = plan.data;
  const flags = data.flags?.value;
  const planned = data.tier === 'strategic' || data.tier === 'key_account';

  return (
    <Stack gap="md" data-testid="account-plan-page">
      <Breadcrumbs>
        <Anchor component={Link} to="/accounts" size="sm">
          {t('accounts.title')}
        </Anchor>
        <Anchor component={Link} to={`/accounts/${id}`} size="sm">
          {format.name(account.data.name, account.data.nameZh)}
        </Anchor>
        <Text size="sm">{t('planUi.title')}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-end">
        <Group gap="xs">
          <Title order={2}>{t('planUi.title')}</Title>
          <TierBadge tier={data.tier as Tier | null} />
          {data.currentLevel !== null && <Badge variant="outline">{t('planUi.level', { level: data.currentLevel })}</Badge>}
        </Group>
        {data.plan && (
          <Group gap="xs">
            <Text size="xs" c="dimmed">
              {data.plan.reviewedAt ? t('planUi.reviewedOn', { date: format.date(data.plan.reviewedAt) }) : t('planUi.neverReviewed')}
            </Text>
            <Button size="xs" variant="light" loading={review.isPending} onClick={() => data.plan && review.mutate(data.plan.version)} data-testid="plan-review">
              {t('planUi.review')}
            </Button>
          </Group>
        )}
      </Group>
      {!planned && (
        <Alert variant="light" color="gray">
          {t('planUi.forKeyAccounts')}
        </Alert>
      )}
      {data.flags && (
        <Alert color={flags?.flagged ? 'orange' : 'teal'} variant="light" title={t(flags?.flagged ? 'planUi.flagged' : 'planUi.inOrder')} data-testid="plan-flags" data-flagged={flags?.flagged}>
          <Group gap={4} mb="xs">
            {flags?.reviewOverdue && <Badge color="red">{t('planUi.flags.reviewOverdue', { days: data.reviewDays })}</Badge>}
            {(flags?.overdueActionIds.length ?? 0) > 0 && <Badge color="red">{t('planUi.flags.overdueActions', { count: flags?.overdueActionIds.length })}</Badge>}
            {flags?.missingLevelMover && <Badge color="orange">{t('planUi.flags.missingLevelMover')}</Badge>}
            {flags?.missingGoalsBeyondRevenue && <Badge color="orange">{t('planUi.flags.missingGoals')}</Badge>}
            {flags?.missingKnowSections.map((s) => (
              <Badge key={s} color="orange" variant="light">
                {t(`organisation.knowSections.${s}`)}
              </Badge>
            ))}
          </Group>
          <ReasonList reasons={data.flags.reasons} dimUnmet={false} />
        </Alert>
      )}
      {!data.plan && <Text c="dimmed">{t('planUi.noPlan')}</Text>}
      <PlanForm accountId={id} plan={data.plan} currentLevel={data.currentLevel} />
      {data.plan && <PlanActions accountId={id} actions={data.plan.actions} />}
    </Stack>
  );
}
