import { Badge, Group, Rating, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PartView } from '../components/part-view.tsx';
import { useCatalog } from '../i18n/use-catalog.ts';
import { useFormat } from '../i18n/use-format.ts';
import { useDepartmentLabel } from '../power-map/use-map-labels.ts';
import type { Contact } from './account-types.ts';
import { useAccountPart } from './use-accounts.ts';

const attitudeColors: Record<string, string> = { supporter: 'teal', neutral: 'gray', opponent: 'red' };

/** The people inside the customer with their real influence, beside their titles. */
export function AccountContacts({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useCatalog();
  const departmentLabel = useDepartmentLabel();
  const query = useAccountPart<Contact>(accountId, 'contacts');
  return (
    <PartView query={query} empty={t('account.contacts.empty')}>
      {(items) => (
        <Table.ScrollContainer minWidth={760}>
          <Table striped data-testid="contacts-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('account.contacts.name')}</Table.Th>
                <Table.Th>{t('account.contacts.department')}</Table.Th>
                <Table.Th>{t('account.contacts.title')}</Table.Th>
                <Table.Th>{t('account.contacts.influence')}</Table.Th>
                <Table.Th>{t('account.contacts.buyingRole')}</Table.Th>
                <Table.Th>{t('account.contacts.attitude')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((contact) => (
                <Table.Tr key={contact.id} opacity={contact.leftAt ? 0.55 : 1}>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm" fw={contact.isMainContact ? 600 : 400}>
                        {format.name(contact.name, contact.nameZh)}
                      </Text>
                      {contact.isMainContact && (
                        <Badge size="xs" variant="light">
                          {t('account.contacts.main')}
                        </Badge>
                      )}
                      {contact.leftAt && (
                        <Badge size="xs" color="gray" variant="outline">
                          {t('account.contacts.left', { date: format.date(contact.leftAt) })}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{departmentLabel(contact.department)}</Table.Td>
                  <Table.Td>{format.name(contact.title, contact.titleZh)}</Table.Td>
                  <Table.Td>
                    <Rating value={contact.influence} count={5} readOnly size="xs" aria-label={`${contact.influence}/5`} />
                  </Table.Td>
                  <Table.Td>{label('buyingRoles', contact.buyingRole)}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={attitudeColors[contact.attitude] ?? 'gray'}>
                      {label('attitudes', contact.attitude)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </PartView>
  );
}
