import { Anchor, Badge, Group, Menu, Paper, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../i18n/use-format.ts';
import type { DealSummary } from './deal-types.ts';
import { useDealLabels } from './use-deal-labels.ts';
import { dragDeal } from './use-stage-drop.ts';

export const dealPagePath = (deal: { accountId: string; id: string }) => `/accounts/${deal.accountId}/deals/${deal.id}`;

/** Badges on a narrow card wrap their text rather than cut it off. */
export const wrappingBadge = {
  style: { textTransform: 'none', height: 'auto', paddingBlock: 2 },
  styles: { label: { whiteSpace: 'normal', overflow: 'visible' } },
} as const;

/** The customer's inferred buying stage with its confidence; the signals behind it on hover. */
export function BuyingStageBadge({ deal }: { deal: DealSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useDealLabels();
  const inferred = deal.judgements.buyingStage;
  if (!inferred) return null;
  const behind = inferred.evidence.map((e) => labels.signal(e.signalId)).join(' · ');
  return (
    <Tooltip
      label={inferred.value ? t('dealsUi.card.evidence', { signals: behind }) : t('dealsUi.card.noEvidence')}
      multiline
      w={280}
      withArrow
    >
      <Badge variant="light" color={inferred.value ? 'indigo' : 'gray'} data-testid="buying-stage-badge" {...wrappingBadge}>
        {inferred.value
          ? t('dealsUi.card.customerAt', { stage: labels.buyingStage(inferred.value), confidence: format.percent(inferred.confidence) })
          : t('dealsUi.card.customerUnknown')}
      </Badge>
    </Tooltip>
  );
}

/** Whether we are in step with the customer; a mismatch says what to do. */
export function AlignmentBadge({ deal }: { deal: DealSummary }) {
  const { t } = useTranslation();
  const alignment = deal.judgements.alignment;
  if (!alignment || alignment.value === 'unknown') return null;
  if (!alignment.mismatch) {
    return (
      <Badge variant="outline" color="teal" data-testid="alignment-badge" {...wrappingBadge}>
        {t(`deals.stageAlignment.${alignment.value}`)}
      </Badge>
    );
  }
  return (
    <Tooltip label={alignment.advice ? t(`deals.alignmentAdvice.${alignment.advice}`) : ''} multiline w={260} withArrow>
      <Badge variant="filled" color="red" data-testid="mismatch-badge" {...wrappingBadge}>
        {t('dealsUi.card.outOfStep', { alignment: t(`deals.stageAlignment.${alignment.value}`), stages: Math.abs(alignment.gap ?? 0) })}
      </Badge>
    </Tooltip>
  );
}

/** The flags that need someone: delivery team missing, onboarding issues overdue. */
export function DealFlagBadges({ deal }: { deal: DealSummary }) {
  const { t } = useTranslation();
  return (
    <>
      {deal.judgements.deliveryTeam?.flagged && (
        <Badge variant="light" color="orange" data-testid="delivery-missing-badge" {...wrappingBadge}>
          {t('deals.deliveryTeamStatuses.missing')}
        </Badge>
      )}
      {deal.judgements.overdueIssues > 0 && (
        <Badge variant="light" color="red" data-testid="overdue-badge" {...wrappingBadge}>
          {t('dealsUi.card.overdueIssues', { count: deal.judgements.overdueIssues })}
        </Badge>
      )}
    </>
  );
}

interface DealCardProps {
  deal: DealSummary;
  stages: readonly string[];
  onMove: (dealId: string, stage: string) => void;
}

/** A deal on a board: drag it to another column (or pick the stage) to move our stage. */
export function DealCard({ deal, stages, onMove }: DealCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useDealLabels();
  const mismatch = deal.judgements.alignment?.mismatch ?? false;
  return (
    <Paper
      withBorder
      p="xs"
      radius="md"
      shadow="xs"
      {...dragDeal(deal.id)}
      style={{ cursor: 'grab', borderColor: mismatch ? 'var(--mantine-color-red-6)' : undefined, borderWidth: mismatch ? 2 : undefined }}
      data-testid={`deal-card-${deal.id}`}
      data-stage={deal.stage}
      data-mismatch={mismatch}
    >
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap" gap={4} align="flex-start">
          <Anchor component={Link} to={dealPagePath(deal)} size="sm" fw={600} lineClamp={2} data-testid="deal-card-link">
            {format.name(deal.name, deal.nameZh)}
          </Anchor>
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <UnstyledButton aria-label={t('dealsUi.card.moveTo')} data-testid="deal-card-menu" px={4}>
                <Text size="sm" c="dimmed">
                  ⋯
                </Text>
              </UnstyledButton>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>{t('dealsUi.card.moveTo')}</Menu.Label>
              {stages.map((stage) => (
                <Menu.Item
                  key={stage}
                  disabled={stage === deal.stage}
                  onClick={() => onMove(deal.id, stage)}
                  data-testid={`move-to-${stage}`}
                >
                  {labels.stage(deal.kind, stage)}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        </Group>
        <Text size="xs" c="dimmed" lineClamp={1}>
          {format.name(deal.accountName, deal.accountNameZh)}
          {deal.value !== null && ` · ${format.moneyCompact(deal.value)}`}
        </Text>
        <Group gap={4}>
          {deal.outcome !== 'open' && (
            <Badge size="sm" variant="dot" color={deal.outcome === 'won' ? 'teal' : 'gray'}>
              {t(`dealsUi.outcomes.${deal.outcome}`)}
            </Badge>
          )}
          <BuyingStageBadge deal={deal} />
          <AlignmentBadge deal={deal} />
          <DealFlagBadges deal={deal} />
        </Group>
      </Stack>
    </Paper>
  );
}
