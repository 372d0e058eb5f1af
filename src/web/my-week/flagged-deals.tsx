import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyNote } from '../components/empty-state.tsx';
import { dealPagePath } from '../deals/deal-card.tsx';
import { ReasonList } from '../deals/reason-list.tsx';
import { useDealLabels } from '../deals/use-deal-labels.ts';
import { useFormat } from '../i18n/use-format.ts';
import type { FlaggedDeal } from './my-week-types.ts';

/** The rep's deals out of step with their customer (or missing their delivery team, or late in onboarding), with why. */
export function FlaggedDeals({ items }: { items: FlaggedDeal[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useDealLabels();
  if (items.length === 0) return <EmptyNote>{t('myWeek.deals.empty')}</EmptyNote>;
  return (
    <Stack gap="sm">
      {items.map((deal) => (
        <Card key={deal.dealId} withBorder padding="sm" data-testid="flagged-deal" data-deal-id={deal.dealId}>
          <Group justify="space-between" align="flex-start">
            <div>
              <Anchor component={Link} to={dealPagePath({ accountId: deal.accountId, id: deal.dealId })} fw={500} size="sm">
                {format.name(deal.name, deal.nameZh)}
              </Anchor>
              <Text size="xs" c="dimmed">
                <Anchor component={Link} to={`/accounts/${deal.accountId}?tab=deals`} size="xs">
                  {format.name(deal.accountName, deal.accountNameZh)}
                </Anchor>
                {' · '}
                {labels.kind(deal.kind)} · {labels.stage(deal.kind, deal.stage)}
              </Text>
            </div>
            <Group gap={4}>
              {deal.flags.map((f) => (
                <Badge key={f.kind} color="red" variant="light" style={{ textTransform: 'none' }} data-testid={`deal-flag-${f.kind}`}>
                  {t(`dealsUi.flags.${f.kind}`)}
                </Badge>
              ))}
            </Group>
          </Group>
          <Stack gap={4} mt="xs">
            {deal.flags.map((f) => (
              <ReasonList key={f.kind} reasons={f.reasons} />
            ))}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
