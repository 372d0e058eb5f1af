import { Badge, Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyNote } from '../components/empty-state.tsx';
import { useFormat } from '../i18n/use-format.ts';
import { wrappingBadge } from './deal-card.tsx';
import type { DealDetail } from './deal-types.ts';
import { SignalForm } from './signal-form.tsx';
import { useDealEdit } from './use-deal-edit.ts';
import { useDealLabels } from './use-deal-labels.ts';

/** The signal log: what the customer did, from whom, and which buying stage it shows. Retracted ones stay, struck out. */
export function DealSignals({ deal }: { deal: DealDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useDealLabels();
  const edit = useDealEdit(deal);
  return (
    <Paper withBorder p="md" radius="md" data-testid="deal-signals">
      <Stack gap="sm">
        <Title order={4}>{t('dealsUi.signals.title')}</Title>
        <SignalForm deal={deal} />
        {deal.signals.length === 0 ? (
          <EmptyNote>{t('dealsUi.signals.empty')}</EmptyNote>
        ) : (
          <Table striped verticalSpacing={4} data-testid="signals-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('dealsUi.signals.observedOn')}</Table.Th>
                <Table.Th>{t('dealsUi.signals.signal')}</Table.Th>
                <Table.Th>{t('dealsUi.signals.stage')}</Table.Th>
                <Table.Th>{t('dealsUi.signals.source')}</Table.Th>
                <Table.Th>{t('dealsUi.signals.note')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {deal.signals.map((s) => {
                const retracted = s.retractedAt !== null;
                const struck = retracted ? { textDecoration: 'line-through' } : undefined;
                return (
                  <Table.Tr key={s.id} c={retracted ? 'dimmed' : undefined} data-testid="signal-row">
                    <Table.Td style={struck}>{format.date(s.observedAt)}</Table.Td>
                    <Table.Td style={struck}>{labels.signal(s.signal)}</Table.Td>
                    <Table.Td>
                      {s.stage && (
                        <Badge size="sm" variant="light" color="indigo" {...wrappingBadge}>
                          {labels.buyingStage(s.stage)}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{s.contactName ? format.name(s.contactName, s.contactNameZh) : '—'}</Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={2}>
                        {s.note ?? ''}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {retracted ? (
                        <Badge size="sm" color="gray" variant="outline">
                          {t('dealsUi.signals.retracted')}
                        </Badge>
                      ) : (
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color="red"
                          onClick={() => edit.run({ method: 'POST', path: `/signals/${s.id}/retract` })}
                          data-testid="signal-retract"
                        >
                          {t('dealsUi.signals.retract')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
