import { Badge, Button, Group, NumberInput, Select, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyNote } from '../components/empty-state.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { type Goal, useGoalChange } from './use-scorecard.ts';

const METRICS = ['benchmarks_built', 'solutions_created', 'processes_standardised', 'seed_sales_trained', 'other'] as const;

/** The programme's goals beyond revenue (目标), progress recorded by its leaders. */
export function GoalsTable({ goals, year, canEdit }: { goals: Goal[]; year: number; canEdit: boolean }) {
  const { t } = useTranslation();
  const change = useGoalChange();
  const [metric, setMetric] = useState<string | null>(null);
  const [target, setTarget] = useState<number | string>('');
  return (
    <>
      {change.error ? <ErrorAlert error={change.error} /> : null}
      {goals.length === 0 ? (
        <EmptyNote>{t('scorecardUi.goals.empty')}</EmptyNote>
      ) : (
        <Table verticalSpacing="xs" data-testid="goals-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('scorecardUi.goals.metric')}</Table.Th>
              <Table.Th>{t('scorecardUi.goals.progress')}</Table.Th>
              <Table.Th>{t('scorecardUi.goals.note')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {goals.map((g) => (
              <Table.Tr key={g.id}>
                <Table.Td>{t(`scorecardUi.metrics.${g.metric}`, { defaultValue: g.metric })}</Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    {canEdit ? (
                      <NumberInput size="xs" w={80} min={0} value={g.actual} onBlur={(e) => {
                        const actual = Number(e.currentTarget.value);
                        if (Number.isInteger(actual) && actual !== g.actual) change.mutate({ id: g.id, actual });
                      }} />
                    ) : (
                      <Text size="sm">{g.actual}</Text>
                    )}
                    <Text size="sm">/ {g.target}</Text>
                    <Badge color={g.met ? 'teal' : 'orange'} variant="light">
                      {t(g.met ? 'scorecardUi.met' : 'scorecardUi.notMet')}
                    </Badge>
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="xs" c="dimmed">
                    {g.note}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {canEdit && (
        <Group align="flex-end" mt="sm">
          <Select label={t('scorecardUi.goals.metric')} data={METRICS.map((m) => ({ value: m, label: t(`scorecardUi.metrics.${m}`) }))} value={metric} onChange={setMetric} w={240} />
          <NumberInput label={t('scorecardUi.goals.target')} value={target} onChange={setTarget} min={0} w={120} />
          <Button
            variant="light"
            disabled={!metric || typeof target !== 'number'}
            onClick={() => metric && typeof target === 'number' && change.mutate({ add: { year, metric, target, actual: 0, note: null } }, { onSuccess: () => setMetric(null) })}
          >
            {t('scorecardUi.goals.add')}
          </Button>
        </Group>
      )}
    </>
  );
}
