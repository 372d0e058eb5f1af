import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCatalog } from '../i18n/use-catalog.ts';
import { useFormat } from '../i18n/use-format.ts';
import type { DealDetail } from './deal-types.ts';
import { useDealLabels } from './use-deal-labels.ts';

/** Who the deal is with, what it is worth, where it stands and how it ended. */
export function DealHeader({ deal, onEdit }: { deal: DealDetail; onEdit: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useCatalog();
  const labels = useDealLabels();
  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={2} data-testid="deal-name">
              {format.name(deal.name, deal.nameZh)}
            </Title>
            <Badge variant="light">{labels.kind(deal.kind)}</Badge>
            <Badge variant="filled" color="teal" data-testid="deal-stage">
              {labels.stage(deal.kind, deal.stage)}
            </Badge>
            {deal.outcome !== 'open' && (
              <Badge variant="dot" color={deal.outcome === 'won' ? 'teal' : 'gray'} data-testid="deal-outcome">
                {t(`dealsUi.outcomes.${deal.outcome}`)}
              </Badge>
            )}
          </Group>
          <Group gap="md">
            <Anchor component={Link} to={`/accounts/${deal.accountId}?tab=deals`} size="sm">
              {format.name(deal.accountName, deal.accountNameZh)}
            </Anchor>
            <Text size="sm">{t('dealsUi.fields.valueIs', { value: format.money(deal.value) })}</Text>
            <Text size="sm" c="dimmed">
              {t('dealsUi.fields.closeIs', { date: format.date(deal.expectedCloseOn) })}
            </Text>
            <Text size="sm" c="dimmed">
              {t('dealsUi.fields.ownerIs', { name: deal.ownerName ? format.name(deal.ownerName, deal.ownerNameZh) : '—' })}
            </Text>
          </Group>
          <Group gap={4}>
            {deal.serviceLines.map((line) => (
              <Badge key={line} size="sm" variant="outline" color="gray">
                {label('serviceLines', line)}
              </Badge>
            ))}
            {deal.competitors.length > 0 && (
              <Text size="xs" c="dimmed" ml="xs">
                {t('dealsUi.fields.competitorsAre', { names: deal.competitors.join(', ') })}
              </Text>
            )}
          </Group>
          {deal.outcomeReason && (
            <Text size="sm" c="dimmed" fs="italic">
              {deal.outcomeReason}
            </Text>
          )}
        </Stack>
        <Button variant="light" onClick={onEdit} data-testid="deal-edit">
          {t('dealsUi.edit')}
        </Button>
      </Group>
    </Paper>
  );
}
