import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PartView } from '../components/part-view.tsx';
import { useCatalog } from '../i18n/use-catalog.ts';
import { useFormat } from '../i18n/use-format.ts';
import type { TeamMember } from './account-types.ts';
import { useAccountPart } from './use-accounts.ts';

/** Our cross-functional account team (team selling, SPEC §6). */
export function AccountTeam({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useCatalog();
  const query = useAccountPart<TeamMember>(accountId, 'team');
  return (
    <PartView query={query} empty={t('account.team.empty')}>
      {(items) => (
        <Table striped data-testid="team-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('account.team.name')}</Table.Th>
              <Table.Th>{t('account.team.role')}</Table.Th>
              <Table.Th>{t('account.team.coLocated')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((member) => (
              <Table.Tr key={`${member.userId}-${member.role}`}>
                <Table.Td>{format.name(member.name, member.nameZh)}</Table.Td>
                <Table.Td>{label('teamRoles', member.role)}</Table.Td>
                <Table.Td>{t(member.coLocated ? 'common.yes' : 'common.no')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </PartView>
  );
}
