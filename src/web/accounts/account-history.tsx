import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PartView } from '../components/part-view.tsx';
import { usePeople, useRegions } from '../components/use-reference-data.ts';
import { useCatalog, type Vocabulary } from '../i18n/use-catalog.ts';
import { dash, useFormat } from '../i18n/use-format.ts';
import type { AuditEvent } from './account-types.ts';
import { EventReason } from './event-reason.tsx';
import { useAccountPart } from './use-accounts.ts';

// Audited fields whose values are vocabulary ids, so they read in the user's language.
const vocabularyOf: Record<string, Vocabulary> = {
  tier: 'tiers',
  tag: 'tags',
  status: 'accountStatuses',
  industry: 'industries',
};

/** Who changed what, when and why: tier, tag, level, owner, team and the account's fields. */
export function AccountHistory({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useCatalog();
  const query = useAccountPart<AuditEvent>(accountId, 'history');
  const people = usePeople();
  const regions = useRegions();

  // Ids of people and regions read as their names; shares as percentages; money in CNY.
  const special = (field: string, value: unknown): string | undefined => {
    if ((field === 'ownerId' || field === 'owner') && typeof value === 'string') {
      const person = people.data?.find((p) => p.id === value);
      return person ? format.name(person.name, person.nameZh) : undefined;
    }
    if ((field === 'regionId' || field === 'region') && typeof value === 'string') {
      const region = regions.data?.find((r) => r.id === value);
      return region ? format.name(region.nameEn, region.nameZh) : undefined;
    }
    if ((field === 'overdueShare' || field === 'customerGrowth') && typeof value === 'number') return format.percent(value);
    if (field === 'walletEstimate' && typeof value === 'number') return format.money(value);
    return undefined;
  };

  const show = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return dash;
    const named = special(field, value);
    if (named !== undefined) return named;
    const vocabulary = vocabularyOf[field];
    if (vocabulary && typeof value === 'string') return label(vocabulary, value);
    if (typeof value === 'boolean') return t(value ? 'common.yes' : 'common.no');
    if (typeof value === 'number') return format.number(value);
    if (typeof value === 'string') return value;
    if (Array.isArray(value)) return value.map((item) => show(field, item)).join(', ');
    if (typeof value === 'object') {
      // A compound value (e.g. what an account was created with) reads as labelled parts.
      return Object.entries(value as Record<string, unknown>)
        .map(([key, part]) => `${t(`account.fields.${key}`, { defaultValue: key })}: ${show(key, part)}`)
        .join(' · ');
    }
    return String(value);
  };

  return (
    <PartView query={query} empty={t('account.history.empty')}>
      {(items) => (
        <Table.ScrollContainer minWidth={720}>
          <Table striped data-testid="history-table">
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
              {[...items]
                .sort((a, b) => b.at.localeCompare(a.at))
                .map((event) => (
                  <Table.Tr key={event.id}>
                    <Table.Td>{format.dateTime(event.at)}</Table.Td>
                    <Table.Td>{t(`account.fields.${event.field}`, { defaultValue: event.field })}</Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {show(event.field, event.before)} → {show(event.field, event.after)}
                      </Text>
                    </Table.Td>
                    <Table.Td>{event.actorName ? format.name(event.actorName, event.actorNameZh) : t('account.history.system')}</Table.Td>
                    <Table.Td>
                      <EventReason event={event} />
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

