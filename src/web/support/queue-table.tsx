import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/error-alert.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { useFormat } from '../i18n/use-format.ts';
import { useQueues } from './use-support.ts';

/** Per department: requests waiting, those past due (SLA breaches) and those answered late. */
export function QueueTable() {
  const { t } = useTranslation();
  const format = useFormat();
  const queues = useQueues();
  if (queues.isPending) return <PageLoader />;
  if (queues.isError) return <ErrorAlert error={queues.error} />;
  const names = new Map(queues.data.departments.map((d) => [d.kind, format.name(d.name, d.nameZh)]));
  return (
    <Table verticalSpacing={4} data-testid="support-queues">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('supportUi.department')}</Table.Th>
          <Table.Th>{t('supportUi.queues.open')}</Table.Th>
          <Table.Th>{t('supportUi.queues.breached')}</Table.Th>
          <Table.Th>{t('supportUi.queues.finishedLate')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {queues.data.queues.value.map((q) => (
          <Table.Tr key={q.department} data-testid="support-queue" data-department={q.department} data-breached={q.breached}>
            <Table.Td>{names.get(q.department) ?? t(`organisation.departments.${q.department}`)}</Table.Td>
            <Table.Td>{q.open}</Table.Td>
            <Table.Td>
              <Text size="sm" c={q.breached ? 'red' : undefined} fw={q.breached ? 700 : undefined}>
                {q.breached}
              </Text>
            </Table.Td>
            <Table.Td>{q.finishedLate}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
