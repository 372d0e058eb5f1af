import { Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/use-format.ts';
import type { Dashboard } from './dashboard-types.ts';
import { SectionCard, WhyButton } from './section-card.tsx';

/** 一切为了前线: per department, the requests from the front line still waiting and those past their due time. */
export function SupportSection({ data }: { data: Dashboard }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queues = data.support.value;
  const breached = queues.reduce((n, q) => n + q.breached, 0);
  return (
    <SectionCard title={t('dashboard.support.title')} testId="dashboard-support" to="/support" count={breached} alert={breached > 0}>
      <Table verticalSpacing={4} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('supportUi.department')}</Table.Th>
            <Table.Th ta="right">{t('supportUi.queues.open')}</Table.Th>
            <Table.Th ta="right">{t('supportUi.queues.breached')}</Table.Th>
            <Table.Th ta="right">{t('supportUi.queues.finishedLate')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {queues.map((q) => {
            const name = q.name ? format.name(q.name, q.nameZh) : t(`organisation.departments.${q.department}`);
            return (
              <Table.Tr key={q.department} data-testid="dashboard-support-row" data-department={q.department} data-breached={q.breached}>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Text size="sm">{name}</Text>
                    <WhyButton label={name} reasons={q.reasons} />
                  </Group>
                </Table.Td>
                <Table.Td ta="right">{format.number(q.open)}</Table.Td>
                <Table.Td ta="right">
                  <Text size="sm" c={q.breached > 0 ? 'red' : undefined} fw={q.breached > 0 ? 700 : undefined}>
                    {format.number(q.breached)}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">{format.number(q.finishedLate)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </SectionCard>
  );
}
