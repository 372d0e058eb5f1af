import { Select, TextInput, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../accounts/account-types.ts';
import { useAccountPart } from '../accounts/use-accounts.ts';
import { useCurrentUser } from '../auth/use-current-user.ts';
import { usePeople } from '../components/use-reference-data.ts';
import { useFormat } from '../i18n/use-format.ts';
import { RecordModal, useFieldError } from '../judgements/record-modal.tsx';
import { useAddCommitment } from './use-organisation.ts';

/** Record a promise made to the customer (拍胸脯): every one is tracked to kept or broken. */
export function CommitmentModal({ accountId, opened, onClose }: { accountId: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data: user } = useCurrentUser();
  const people = usePeople().data ?? [];
  const contacts = useAccountPart<Contact>(accountId, 'contacts').data ?? [];
  const add = useAddCommitment();
  const fieldError = useFieldError(add.error);
  const [promisedBy, setPromisedBy] = useState<string | null>(null);
  const [what, setWhat] = useState('');
  const [toContactId, setToContactId] = useState<string | null>(null);
  const [dueOn, setDueOn] = useState('');
  // biome-ignore lint/correctness/useExhaustiveDependencies: each opening starts a new commitment
  useEffect(() => {
    if (!opened) return;
    setPromisedBy(user?.id ?? null);
    setWhat('');
    setToContactId(null);
    setDueOn('');
    add.reset();
  }, [opened]);
  return (
    <RecordModal
      opened={opened}
      onClose={onClose}
      title={t('organisationUi.commitments.add')}
      error={add.error}
      fields={['promisedBy', 'what', 'toContactId', 'dueOn']}
      pending={add.isPending}
      testId="commitment-modal"
      onSubmit={() =>
        add.mutate({ accountId, body: { promisedBy: promisedBy ?? undefined, what: what.trim(), toContactId, dueOn } }, { onSuccess: onClose })
      }
    >
      <Select
        label={t('organisationUi.commitments.promisedBy')}
        data={people.map((p) => ({ value: p.id, label: format.name(p.name, p.nameZh) }))}
        value={promisedBy}
        onChange={setPromisedBy}
        searchable
        error={fieldError('promisedBy')}
      />
      <Textarea label={t('organisationUi.commitments.what')} value={what} onChange={(e) => setWhat(e.currentTarget.value)} required autosize minRows={2} error={fieldError('what')} data-testid="commitment-what" />
      <Select
        label={t('organisationUi.commitments.to')}
        data={contacts.map((c) => ({ value: c.id, label: format.name(c.name, c.nameZh) }))}
        value={toContactId}
        onChange={setToContactId}
        clearable
        searchable
        error={fieldError('toContactId')}
      />
      <TextInput type="date" label={t('organisationUi.commitments.due')} value={dueOn} onChange={(e) => setDueOn(e.currentTarget.value)} required error={fieldError('dueOn')} data-testid="commitment-due" />
    </RecordModal>
  );
}
