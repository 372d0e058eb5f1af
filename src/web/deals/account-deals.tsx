import { Alert, Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PartView } from '../components/part-view.tsx';
import { useFormat } from '../i18n/use-format.ts';
import { AlignmentBadge, BuyingStageBadge, DealFlagBadges, dealPagePath } from './deal-card.tsx';
import { DealFormModal } from './deal-form-modal.tsx';
import { useDealLabels } from './use-deal-labels.ts';
import { useAccountDeals, useDealFlags } from './use-deals.ts';

/** The account page's deals: what is wrong on them first, then every deal with where it stands. */
export function AccountDeals({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useDealLabels();
  const deals = useAccountDeals(accountId);
  const flags = useDealFlags(accountId).data;
  const [creating, { open, close }] = useDisclosure(false);
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('dealsUi.account.hint')}
        </Text>
        <Button size="xs" onClick={open} data-testid="deal-new">
          {t('dealsUi.account.newDeal')}
        </Button>
      </Group>
      {flags && flags.items.length > 0 && (
        <Alert color="red" variant="light" title={t('dealsUi.account.flagsTitle', { count: flags.total })} data-testid="account-deal-flags">
          <Stack gap={4}>
            {flags.items.map((item) => (
              <Group key={item.dealId} gap="xs">
                <Anchor component={Link} to={dealPagePath({ accountId, id: item.dealId })} size="sm" fw={600}>
                  {format.name(item.name, item.nameZh)}
                </Anchor>
                {item.flags.map((f) => (
                  <Badge key={f.kind} size="sm" color="red" variant="light" style={{ textTransform: 'none' }}>
                    {t(`dealsUi.flags.${f.kind}`)}
                  </Badge>
                ))}
              </Group>
            ))}
          </Stack>
        </Alert>
      )}
      <PartView query={deals} empty={t('dealsUi.account.empty')}>
        {(items) => (
          <Table striped data-testid="account-deals-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('dealsUi.form.name')}</Table.Th>
                <Table.Th>{t('dealsUi.form.kind')}</Table.Th>
                <Table.Th>{t('dealsUi.account.stage')}</Table.Th>
                <Table.Th>{t('dealsUi.account.judgements')}</Table.Th>
                <Table.Th ta="right">{t('dealsUi.form.value')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((deal) => (
                <Table.Tr key={deal.id}>
                  <Table.Td>
                    <Anchor component={Link} to={dealPagePath(deal)} size="sm">
                      {format.name(deal.name, deal.nameZh)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{labels.kind(deal.kind)}</Table.Td>
                  <Table.Td>
                    {labels.stage(deal.kind, deal.stage)}
                    {deal.outcome !== 'open' && ` · ${t(`dealsUi.outcomes.${deal.outcome}`)}`}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      <BuyingStageBadge deal={deal} />
                      <AlignmentBadge deal={deal} />
                      <DealFlagBadges deal={deal} />
                    </Group>
                  </Table.Td>
                  <Table.Td ta="right">{format.money(deal.value)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </PartView>
      <DealFormModal accountId={accountId} opened={creating} onClose={close} />
    </Stack>
  );
}
