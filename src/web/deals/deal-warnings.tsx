import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DealDetail } from './deal-types.ts';
import { ReasonList } from './reason-list.tsx';
import { useDealLabels } from './use-deal-labels.ts';

/** What needs doing now: out of step with the customer, no delivery team, overdue onboarding, a warned action. */
export function DealWarnings({ deal }: { deal: DealDetail }) {
  const { t } = useTranslation();
  const labels = useDealLabels();
  const { alignment, deliveryTeam } = deal.judgements;
  const lastAction = deal.actions[0];
  const warned = lastAction?.check.value === 'warning' ? lastAction : null;
  const overdue = deal.onboarding.overdue.length > 0;
  if (!alignment?.mismatch && !deliveryTeam?.flagged && !overdue && !warned) return null;
  return (
    <Stack gap="xs" data-testid="deal-warnings">
      {alignment?.mismatch && (
        <Alert color="red" variant="light" title={t('dealsUi.warnings.outOfStep')} data-testid="warning-mismatch">
          <Stack gap={4}>
            <ReasonList reasons={alignment.reasons} />
            {alignment.advice && (
              <Text size="sm" fw={600}>
                {t(`deals.alignmentAdvice.${alignment.advice}`)}
              </Text>
            )}
          </Stack>
        </Alert>
      )}
      {deliveryTeam?.flagged && (
        <Alert color="orange" variant="light" title={t('dealsUi.warnings.deliveryMissing')} data-testid="warning-delivery">
          <ReasonList reasons={deliveryTeam.reasons} />
        </Alert>
      )}
      {overdue && (
        <Alert color="red" variant="light" title={t('dealsUi.warnings.onboardingOverdue')} data-testid="warning-onboarding">
          <Text size="sm">{labels.reason(deal.onboarding.reasons[0] ?? { rule: '', key: '', met: false })}</Text>
        </Alert>
      )}
      {warned && (
        <Alert
          color="yellow"
          variant="light"
          title={t('dealsUi.warnings.lastActionWarned', { action: labels.action(warned.action) })}
          data-testid="warning-action"
        >
          <ReasonList reasons={warned.check.reasons} />
        </Alert>
      )}
    </Stack>
  );
}
