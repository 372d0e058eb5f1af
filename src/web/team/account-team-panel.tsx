import { ActionIcon, Alert, Badge, Button, Card, Checkbox, Group, NumberInput, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { teamRoles } from '../../domain/catalog.ts';
import type { TeamMember } from '../accounts/account-types.ts';
import { useAccountPart } from '../accounts/use-accounts.ts';
import { useCurrentUser } from '../auth/use-current-user.ts';
import { PairingsTable } from '../cockpit/pairings-table.tsx';
import { EmptyNote } from '../components/empty-state.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { usePeople } from '../components/use-reference-data.ts';
import { useCatalog } from '../i18n/use-catalog.ts';
import { useFormat } from '../i18n/use-format.ts';
import { ReasonList } from '../judgements/reason-list.tsx';
import { RevenueSplit } from './revenue-split.tsx';
import { usePairingChange, usePairings, useTeamChange, useTeamCheck } from './use-team.ts';

/** Whether the team is complete: the missing roles of a strategic account, or that all are there. */
function TeamCompleteness({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const label = useCatalog();
  const check = useTeamCheck(accountId);
  if (!check.data) return null;
  const { value, reasons } = check.data.completeness;
  const title = !value.applies
    ? t('organisationUi.team.notRequired', { tier: label('tiers', check.data.tier ?? 'regular') })
    : value.flagged
      ? t('organisationUi.team.incomplete', { roles: value.missingRoles.map((r) => label('teamRoles', r)).join(', ') })
      : t('organisationUi.team.complete');
  return (
    <Alert color={value.flagged ? 'red' : value.applies ? 'teal' : 'gray'} variant="light" title={title} data-testid="team-completeness" data-flagged={value.flagged}>
      <Group gap="xs" mb={4}>
        {value.coLocated !== null && (
          <Badge variant="light" color={value.coLocated ? 'teal' : 'gray'}>
            {t(value.coLocated ? 'organisationUi.team.coLocated' : 'organisationUi.team.notCoLocated')}
          </Badge>
        )}
      </Group>
      <ReasonList reasons={reasons} dimUnmet={!value.applies} />
    </Alert>
  );
}

/** Our cross-functional account team (团队作战) with its completeness flag, and the executive paired with the account (结对子). */
export function AccountTeamPanel({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useCatalog();
  const { data: user } = useCurrentUser();
  const people = usePeople().data ?? [];
  const team = useAccountPart<TeamMember>(accountId, 'team');
  const pairings = usePairings(accountId);
  const change = useTeamChange(accountId);
  const pairing = usePairingChange(accountId);
  const [member, setMember] = useState<string | null>(null);
  const [role, setRole] = useState<string | null>(null);
  const [coLocated, setCoLocated] = useState(false);
  const [executive, setExecutive] = useState<string | null>(null);
  const [cadence, setCadence] = useState<number | string>('');
  const canEditTeam = user?.role !== 'staff';
  const canPair = user?.role === 'admin' || user?.role === 'executive' || user?.role === 'manager';

  return (
    <Stack gap="md" data-testid="account-team">
      <TeamCompleteness accountId={accountId} />
      <Card withBorder padding="md">
        <Title order={5} mb="xs">
          {t('organisationUi.team.title')}
        </Title>
        {change.error ? <ErrorAlert error={change.error} /> : null}
        {team.data?.length ? (
          <Table striped data-testid="team-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('account.team.name')}</Table.Th>
                <Table.Th>{t('account.team.role')}</Table.Th>
                <Table.Th>{t('account.team.coLocated')}</Table.Th>
                {canEditTeam && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {team.data.map((m) => (
                <Table.Tr key={`${m.userId}-${m.role}`} data-testid="team-member" data-role={m.role}>
                  <Table.Td>{format.name(m.name, m.nameZh)}</Table.Td>
                  <Table.Td>{label('teamRoles', m.role)}</Table.Td>
                  <Table.Td>{t(m.coLocated ? 'common.yes' : 'common.no')}</Table.Td>
                  {canEditTeam && (
                    <Table.Td>
                      <ActionIcon variant="subtle" color="gray" aria-label={t('organisationUi.remove')} onClick={() => change.mutate({ remove: { userId: m.userId, role: m.role } })}>
                        ×
                      </ActionIcon>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <EmptyNote>{t('account.team.empty')}</EmptyNote>
        )}
        {canEditTeam && (
          <Group align="flex-end" mt="sm">
            <Select label={t('account.team.name')} data={people.map((p) => ({ value: p.id, label: format.name(p.name, p.nameZh) }))} value={member} onChange={setMember} searchable w={220} data-testid="team-add-user" />
            <Select label={t('account.team.role')} data={teamRoles.map((r) => ({ value: r, label: label('teamRoles', r) }))} value={role} onChange={setRole} w={200} data-testid="team-add-role" />
            <Checkbox label={t('account.team.coLocated')} checked={coLocated} onChange={(e) => setCoLocated(e.currentTarget.checked)} mb={8} />
            <Button
              disabled={!member || !role}
              loading={change.isPending}
              onClick={() => member && role && change.mutate({ add: { userId: member, role, coLocated } }, { onSuccess: () => setMember(null) })}
              data-testid="team-add"
            >
              {t('organisationUi.team.add')}
            </Button>
          </Group>
        )}
      </Card>
      <Card withBorder padding="md">
        <Title order={5} mb="xs">
          {t('organisationUi.pairings.title')}
        </Title>
        <Text size="xs" c="dimmed" mb="xs">
          {t('organisationUi.pairings.intro')}
        </Text>
        {pairing.error ? <ErrorAlert error={pairing.error} /> : null}
        <PairingsTable items={pairings.data ?? []} show="executive" onRemove={canPair ? (p) => pairing.mutate({ unpair: { executiveId: p.executiveId } }) : undefined} />
        {canPair && (
          <Group align="flex-end" mt="sm">
            <Select
              label={t('organisationUi.pairings.executive')}
              data={people.filter((p) => p.role === 'executive').map((p) => ({ value: p.id, label: format.name(p.name, p.nameZh) }))}
              value={executive}
              onChange={setExecutive}
              w={220}
            />
            <NumberInput label={t('organisationUi.pairings.cadenceDays')} value={cadence} onChange={setCadence} min={1} max={731} w={160} placeholder="92" />
            <Button
              disabled={!executive}
              loading={pairing.isPending}
              onClick={() => executive && pairing.mutate({ pair: { executiveId: executive, cadenceDays: typeof cadence === 'number' ? cadence : undefined } })}
            >
              {t('organisationUi.pairings.pair')}
            </Button>
          </Group>
        )}
      </Card>
      <RevenueSplit accountId={accountId} canEdit={canPair} />
    </Stack>
  );
}
