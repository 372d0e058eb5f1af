import { Button, Group, Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BUYING_STAGES } from '../../domain/deals/stages.ts';
import type { Contact } from '../accounts/account-types.ts';
import { useAccountPart } from '../accounts/use-accounts.ts';
import { useFormat } from '../i18n/use-format.ts';
import type { DealDetail } from './deal-types.ts';
import { useDealEdit } from './use-deal-edit.ts';
import { useDealLabels } from './use-deal-labels.ts';
import { useDealCatalogue } from './use-deals.ts';

/** Today in the user's own calendar, as YYYY-MM-DD. */
export const today = () => new Date().toLocaleDateString('en-CA');

/**
 * When something seen on a day happened: today means now, so that it counts at once;
 * an earlier day is noon UTC, which stays the same calendar day in every time zone.
 */
export const dayToInstant = (day: string) => (day === today() ? new Date().toISOString() : `${day}T12:00:00Z`);

/** Log what the customer did: a signal of the company's catalogue, grouped by the buying stage it shows. */
export function SignalForm({ deal }: { deal: DealDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useDealLabels();
  const catalogue = useDealCatalogue().data;
  const contacts = useAccountPart<Contact>(deal.accountId, 'contacts').data ?? [];
  const edit = useDealEdit(deal);
  const [signal, setSignal] = useState<string | null>(null);
  const [day, setDay] = useState(today);
  const [contactId, setContactId] = useState<string | null>(null);
  const [note, setNote] = useState('');

  const options = BUYING_STAGES.map((stage) => ({
    group: labels.buyingStage(stage),
    items: (catalogue?.signals ?? []).filter((s) => s.stage === stage).map((s) => ({ value: s.id, label: labels.signal(s.id) })),
  }));
  const submit = () => {
    if (!signal) return;
    const body = { signal, observedAt: dayToInstant(day), contactId, note: note.trim() || null };
    edit.run({ method: 'POST', path: '/signals', body }, () => {
      setSignal(null);
      setNote('');
    });
  };

  return (
    <Group align="flex-end" gap="xs" wrap="wrap">
      <Select
        label={t('dealsUi.signals.signal')}
        data={options}
        value={signal}
        onChange={setSignal}
        searchable
        w={280}
        data-testid="signal-select"
      />
      <TextInput
        label={t('dealsUi.signals.observedOn')}
        type="date"
        value={day}
        max={today()}
        onChange={(e) => setDay(e.currentTarget.value)}
        w={150}
        data-testid="signal-date"
      />
      <Select
        label={t('dealsUi.signals.source')}
        data={contacts.map((c) => ({ value: c.id, label: format.name(c.name, c.nameZh) }))}
        value={contactId}
        onChange={setContactId}
        clearable
        searchable
        w={180}
      />
      <TextInput label={t('dealsUi.signals.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} w={220} />
      <Button onClick={submit} disabled={!signal || !day} loading={edit.pending} data-testid="signal-add">
        {t('dealsUi.signals.add')}
      </Button>
    </Group>
  );
}
