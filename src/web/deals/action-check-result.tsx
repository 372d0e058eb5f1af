import { Alert, Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/use-format.ts';
import type { ActionResult, DealDetail } from './deal-types.ts';
import { ReasonList } from './reason-list.tsx';
import { useDealEdit } from './use-deal-edit.ts';
import { useDealLabels } from './use-deal-labels.ts';

/** The verdict on an action (a dry run or one just logged): why, what to do instead, which proof to bring. */
export function ActionCheckResult({ deal, result, dryRun }: { deal: DealDetail; result: ActionResult; dryRun: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useDealLabels();
  const edit = useDealEdit(deal);
  const { check } = result;
  const warning = check.value === 'warning';
  const attached = new Set(deal.proofs.map((p) => p.id));
  const title = t(dryRun ? `dealsUi.actions.dryRun.${check.value}` : `dealsUi.actions.logged.${check.value}`);
  return (
    <Alert color={warning ? 'red' : 'teal'} variant="light" title={title} data-testid="action-check-result" data-verdict={check.value}>
      <Stack gap="xs">
        <ReasonList reasons={check.reasons} />
        {check.buyingStage && (
          <Text size="xs" c="dimmed">
            {t('dealsUi.actions.judgedAt', { stage: labels.buyingStage(check.buyingStage), confidence: format.percent(check.confidence) })}
          </Text>
        )}
        {check.alternatives.length > 0 && (
          <Group gap={4}>
            <Text size="sm" fw={600}>
              {t('dealsUi.actions.instead')}
            </Text>
            {check.alternatives.map((a) => (
              <Badge key={a} variant="light" color="teal" style={{ textTransform: 'none' }}>
                {labels.action(a)}
              </Badge>
            ))}
          </Group>
        )}
        {check.proofKinds.length > 0 && (
          <Group gap={4} data-testid="recommended-proof">
            <Text size="sm" fw={600}>
              {t('dealsUi.actions.bringProof')}
            </Text>
            {check.proofKinds.map((k) => (
              <Badge key={k} variant="outline" color="indigo" style={{ textTransform: 'none' }}>
                {labels.proofKind(k)}
              </Badge>
            ))}
          </Group>
        )}
        {result.suggestedProofs.length > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('dealsUi.actions.fromLibrary')}
            </Text>
            {result.suggestedProofs.map(({ asset }) => (
              <Group key={asset.id} gap="xs" wrap="nowrap">
                <Badge size="sm" variant="light" style={{ textTransform: 'none' }}>
                  {labels.proofKind(asset.kind)}
                </Badge>
                {asset.url ? (
                  <Anchor href={asset.url} target="_blank" rel="noreferrer" size="sm">
                    {format.name(asset.title, asset.titleZh)}
                  </Anchor>
                ) : (
                  <Text size="sm">{format.name(asset.title, asset.titleZh)}</Text>
                )}
                <Button
                  size="compact-xs"
                  variant="light"
                  disabled={attached.has(asset.id)}
                  onClick={() => edit.run({ method: 'POST', path: '/proofs', body: { proofAssetId: asset.id } })}
                >
                  {attached.has(asset.id) ? t('dealsUi.proofs.attached') : t('dealsUi.proofs.attach')}
                </Button>
              </Group>
            ))}
          </Stack>
        )}
      </Stack>
    </Alert>
  );
}
