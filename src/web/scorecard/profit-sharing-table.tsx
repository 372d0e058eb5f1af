import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyNote } from '../components/empty-state.tsx';
import { useFormat } from '../i18n/use-format.ts';
import type { Scorecard } from './use-scorecard.ts';

/** Profit sharing (机制: 分润): each strategic account's revenue split between departments, and whether it holds. */
export function ProfitSharingTable({ items }: { items: Scorecard['profitSharing'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (items.length === 0) return <EmptyNote>{t('scorecardUi.sharing.empty')}</EmptyNote>;
  return (
    <Table verticalSpacing={4} data-testid="profit-sharing">
      <Table.Tbody>
        {items.map(({ account, splits, check }) => (
          <Table.Tr key={account.id}>
            <Table.Td>
              <Anchor component={Link} to={`/accounts/${account.id}?tab=team`} size="sm">
                {format.name(account.name, account.nameZh)}
              </Anchor>
            </Table.Td>
            <Table.Td>
              {splits.length ? (
                <Text size="sm">{splits.map((s) => `${format.name(s.departmentName, s.departmentNameZh)} ${format.percent(s.share)}`).join(' · ')}</Text>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('scorecardUi.sharing.none')}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <Group gap={4}>
                <Badge color={check.value.valid ? 'teal' : 'orange'} variant="light">
                  {t(check.value.valid ? 'scorecardUi.sharing.valid' : check.value.present ? 'scorecardUi.sharing.notWhole' : 'scorecardUi.sharing.missing')}
                </Badge>
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
