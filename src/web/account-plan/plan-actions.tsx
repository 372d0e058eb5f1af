import { ActionIcon, Badge, Button, Card, Checkbox, Group, Select, Table, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyNote } from '../components/empty-state.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { usePeople } from '../components/use-reference-data.ts';
import { useFormat } from '../i18n/use-format.ts';
import { type PlanAction, useAddPlanAction, useChangePlanAction, useDeletePlanAction } from './use-account-plan.ts';

/** The plan's actions with owners and due days; an open one past its day is flagged. */
export function PlanActions({ accountId, actions }: { accountId: string; actions: PlanAction[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const people = usePeople().data ?? [];
  const add = useAddPlanAction(accountId);
  const change = useChangePlanAction(accountId);
  const remove = useDeletePlanAction(accountId);
  const [what, setWhat] = useState('');
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [dueOn, setDueOn] = useState('');
  const error = add.error ?? change.error ?? remove.error;

  return (
    <Card withBorder padding="md" data-testid="plan-actions">
      <Title order={5} mb="xs">
        {t('planUi.actions')}
      </Title>
      {error ? <ErrorAlert error={error} /> : null}
      {actions.length === 0 ? (
        <EmptyNote>{t('planUi.noActions')}</EmptyNote>
      ) : (
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('planUi.done')}</Table.Th>
              <Table.Th>{t('planUi.action')}</Table.Th>
              <Table.Th>{t('planUi.owner')}</Table.Th>
              <Table.Th>{t('planUi.due')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {actions.map((a) => (
              <Table.Tr key={a.id} data-testid="plan-action" data-overdue={a.overdue}>
                <Table.Td>
                  <Checkbox checked={a.doneAt !== null} onChange={(e) => change.mutate({ id: a.id, changes: { done: e.currentTarget.checked } })} aria-label={t('planUi.done')} />
                </Table.Td>
                <Table.Td td={a.doneAt ? 'line-through' : undefined}>{a.what}</Table.Td>
                <Table.Td>{a.ownerName ? format.name(a.ownerName, a.ownerNameZh) : '—'}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {format.date(a.dueOn)}
                    {a.overdue && (
                      <Badge color="red" size="sm">
                        {t('planUi.overdue')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <ActionIcon variant="subtle" color="gray" aria-label={t('organisationUi.remove')} onClick={() => remove.mutate(a.id)}>
                    ×
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group align="flex-end" mt="sm">
        <TextInput label={t('planUi.action')} value={what} onChange={(e) => setWhat(e.currentTarget.value)} style={{ flex: 1 }} data-testid="plan-action-what" />
        <Select label={t('planUi.owner')} data={people.map((p) => ({ value: p.id, label: format.name(p.name, p.nameZh) }))} value={ownerId} onChange={setOwnerId} searchable clearable w={200} />
        <TextInput type="date" label={t('planUi.due')} value={dueOn} onChange={(e) => setDueOn(e.currentTarget.value)} w={160} data-testid="plan-action-due" />
        <Button
          disabled={!what.trim() || !dueOn}
          loading={add.isPending}
          onClick={() =>
            add.mutate(
              { what: what.trim(), ownerId, dueOn },
              {
                onSuccess: () => {
                  setWhat('');
                  setDueOn('');
                },
              },
            )
          }
          data-testid="plan-action-add"
        >
          {t('planUi.addAction')}
        </Button>
      </Group>
    </Card>
  );
}
