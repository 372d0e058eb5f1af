import { Group, Progress, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PartView } from '../components/part-view.tsx';
import { useCatalog } from '../i18n/use-catalog.ts';
import { useFormat } from '../i18n/use-format.ts';
import type { Competitor } from './account-types.ts';
import { useAccountPart } from './use-accounts.ts';

/** Incumbent competitors and their estimated share of the customer's logistics spend. */
export function AccountCompetitors({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useCatalog();
  const query = useAccountPart<Competitor>(accountId, 'competitors');
  return (
    <PartView query={query} empty={t('account.competitors.empty')}>
      {(items) => (
        <Table striped data-testid="competitors-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('account.competitors.name')}</Table.Th>
              <Table.Th w={220}>{t('account.competitors.share')}</Table.Th>
              <Table.Th>{t('account.competitors.serviceLines')}</Table.Th>
              <Table.Th>{t('account.competitors.notes')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...items]
              .sort((a, b) => (b.share ?? 0) - (a.share ?? 0))
              .map((competitor) => (
                <Table.Tr key={competitor.id}>
                  <Table.Td>{format.name(competitor.name, competitor.nameZh)}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Progress value={(competitor.share ?? 0) * 100} w={100} color="orange" aria-hidden />
                      <Text size="sm">{format.percent(competitor.share)}</Text>
                    </Group>
                  </Table.Td>
                  <Table.Td>{competitor.serviceLines.map((line) => label('serviceLines', line)).join(', ')}</Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed">
                      {competitor.notes}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
          </Table.Tbody>
        </Table>
      )}
    </PartView>
  );
}
