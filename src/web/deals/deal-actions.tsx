import { Badge, Button, Group, Paper, Select, Stack, Table, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyNote } from '../components/empty-state.tsx';
import { useErrorText } from '../components/error-alert.tsx';
import { useFormat } from '../i18n/use-format.ts';
import { ActionCheckResult } from './action-check-result.tsx';
import { wrappingBadge } from './deal-card.tsx';
import type { ActionResult, DealDetail } from './deal-types.ts';
import { today } from './signal-form.tsx';
import { useDealLabels } from './use-deal-labels.ts';
import { useDealAction, useDealCatalogue } from './use-deals.ts';

/** Our sales actions, each checked against the customer's stage; "check before I do it" asks without logging. */
export function DealActions({ deal }: { deal: DealDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useDealLabels();
  const errorText = useErrorText();
  const catalogue = useDealCatalogue().data;
  const mutation = useDealAction(deal.accountId, deal.id);
  const [action, setAction] = useState<string | null>(null);
  const [day, setDay] = useState(today);
  const [note, setNote] = useState('');
  const [result, setResult] = useState<{ result: ActionResult; dryRun: boolean } | null>(null);

  const send = (dryRun: boolean) => {
    if (!action) return;
    // Today is "now"; an earlier day is judged on the signals seen by then.
    const occurredAt = day === today() ? undefined : `${day}T12:00:00Z`;
    mutation.mutate(
      { action, occurredAt, note: note.trim() || null, dryRun },
      {
        onSuccess: (r) => {
          setResult({ result: r, dryRun });
          if (!dryRun) setNote('');
        },
      },
    );
  };

  return (
    <Paper withBorder p="md" radius="md" data-testid="deal-actions">
      <Stack gap="sm">
        <Title order={4}>{t('dealsUi.actions.title')}</Title>
        <Group align="flex-end" gap="xs">
          <Select
            label={t('dealsUi.actions.action')}
            data={(catalogue?.actions ?? []).map((a) => ({ value: a.id, label: labels.action(a.id) }))}
            value={action}
            onChange={(value) => {
              setAction(value);
              setResult(null);
            }}
            searchable
            w={240}
            data-testid="action-select"
          />
          <TextInput label={t('dealsUi.actions.on')} type="date" value={day} onChange={(e) => setDay(e.currentTarget.value)} w={150} />
          <TextInput label={t('dealsUi.actions.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} w={220} />
          <Button variant="light" onClick={() => send(true)} disabled={!action} loading={mutation.isPending} data-testid="action-dry-run">
            {t('dealsUi.actions.checkFirst')}
          </Button>
          <Button onClick={() => send(false)} disabled={!action} loading={mutation.isPending} data-testid="action-log">
            {t('dealsUi.actions.log')}
          </Button>
        </Group>
        {mutation.isError && (
          <Text size="sm" c="red">
            {errorText(mutation.error)}
          </Text>
        )}
        {result && <ActionCheckResult deal={deal} result={result.result} dryRun={result.dryRun} />}
        {deal.actions.length === 0 ? (
          <EmptyNote>{t('dealsUi.actions.empty')}</EmptyNote>
        ) : (
          <Table striped verticalSpacing={4} data-testid="actions-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('dealsUi.actions.on')}</Table.Th>
                <Table.Th>{t('dealsUi.actions.action')}</Table.Th>
                <Table.Th>{t('dealsUi.actions.verdict')}</Table.Th>
                <Table.Th>{t('dealsUi.actions.customerStage')}</Table.Th>
                <Table.Th>{t('dealsUi.actions.note')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {deal.actions.map((a) => (
                <Table.Tr key={a.id} data-testid="action-row">
                  <Table.Td>{format.date(a.occurredAt)}</Table.Td>
                  <Table.Td>{labels.action(a.action)}</Table.Td>
                  <Table.Td>
                    <Tooltip
                      label={a.check.reasons.map(labels.reason).join(' ')}
                      multiline
                      w={320}
                      withArrow
                      disabled={a.check.reasons.length === 0}
                    >
                      <Badge size="sm" color={a.check.value === 'warning' ? 'red' : 'teal'} variant="light" {...wrappingBadge}>
                        {t(`deals.salesActionVerdicts.${a.check.value}`)}
                      </Badge>
                    </Tooltip>
                  </Table.Td>
                  <Table.Td>{a.check.buyingStage ? labels.buyingStage(a.check.buyingStage) : '—'}</Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={2}>
                      {a.note ?? ''}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
