import { Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Vocabulary, useCatalog } from '../i18n/use-catalog.ts';
import { dash, useFormat } from '../i18n/use-format.ts';
import { EventReason } from '../accounts/event-reason.tsx';
import type { HistoryEvent } from './judgement-types.ts';

const vocabularyOf: Record<string, Vocabulary> = { tier: 'tiers', tag: 'tags' };

/** Every change of tier, tag and level: when, from what to what, who (or the system) and why. */
export function JudgementHistory({ history }: { history: HistoryEvent[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useCatalog();
  const show = (field: string, value: unknown) => {
    if (value === null || value === undefined) return dash;
    const vocabulary = vocabularyOf[field];
    return vocabulary && typeof value === 'string' ? label(vocabulary, value) : String(value);
  };
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={4} mb="sm">
        {t('judgementUi.history.title')}
      </Title>
      {history.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('judgementUi.history.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped fz="sm" data-testid="judgement-history">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('account.history.at')}</Table.Th>
                <Table.Th>{t('account.history.field')}</Table.Th>
                <Table.Th>{t('account.history.change')}</Table.Th>
                <Table.Th>{t('account.history.actor')}</Table.Th>
                <Table.Th>{t('account.history.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {history.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td>{format.dateTime(e.at)}</Table.Td>
                  <Table.Td>{t(`account.fields.${e.field}`, { defaultValue: e.field })}</Table.Td>
                  <Table.Td>
                    {show(e.field, e.before)} → {show(e.field, e.after)}
                  </Table.Td>
                  <Table.Td>{e.actorName ? format.name(e.actorName, e.actorNameZh) : t('account.history.system')}</Table.Td>
                  <Table.Td>
                    <EventReason event={e} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
