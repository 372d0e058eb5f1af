import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PartView } from '../components/part-view.tsx';
import { useCatalog } from '../i18n/use-catalog.ts';
import { useFormat } from '../i18n/use-format.ts';
import type { Site } from './account-types.ts';
import { useAccountPart } from './use-accounts.ts';

/** The customer's HQ, branches, plants and warehouses: where we could serve them. */
export function AccountSites({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useCatalog();
  const query = useAccountPart<Site>(accountId, 'sites');
  return (
    <PartView query={query} empty={t('account.sites.empty')}>
      {(items) => (
        <Table striped data-testid="sites-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('account.sites.kind')}</Table.Th>
              <Table.Th>{t('account.sites.name')}</Table.Th>
              <Table.Th>{t('account.sites.city')}</Table.Th>
              <Table.Th>{t('account.sites.province')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((site) => (
              <Table.Tr key={site.id}>
                <Table.Td>{label('siteKinds', site.kind)}</Table.Td>
                <Table.Td>{format.name(site.name, site.nameZh)}</Table.Td>
                <Table.Td>{site.city}</Table.Td>
                <Table.Td>{site.province}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </PartView>
  );
}
