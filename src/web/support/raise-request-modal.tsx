import { Select, TextInput, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SUPPORT_DEPARTMENTS } from '../../domain/organisation/vocabulary.ts';
import { useDepartments } from '../components/use-reference-data.ts';
import { useAccountDeals } from '../deals/use-deals.ts';
import { useFormat } from '../i18n/use-format.ts';
import { RecordModal, useFieldError } from '../judgements/record-modal.tsx';
import { useRaiseRequest } from './use-support.ts';

const serving = new Set<string>(SUPPORT_DEPARTMENTS);

/** Ask a department for support (一切为了前线): what is needed and by when; the department's SLA applies when no time is given. */
export function RaiseRequestModal({ accountId, opened, onClose }: { accountId: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const departments = (useDepartments().data ?? []).filter((d) => serving.has(d.kind));
  const deals = (useAccountDeals(accountId).data ?? []).filter((d) => d.outcome === 'open');
  const raise = useRaiseRequest(accountId);
  const fieldError = useFieldError(raise.error);
  const [departmentId, setDepartmentId] = useState<string | null>(null);
  const [need, setNeed] = useState('');
  const [dueAt, setDueAt] = useState('');
  const [dealId, setDealId] = useState<string | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: each opening starts a new request
  useEffect(() => {
    if (!opened) return;
    setDepartmentId(null);
    setNeed('');
    setDueAt('');
    setDealId(null);
    raise.reset();
  }, [opened]);
  return (
    <RecordModal
      opened={opened}
      onClose={onClose}
      title={t('supportUi.raise')}
      error={raise.error}
      fields={['departmentId', 'need', 'dueAt', 'dealId']}
      pending={raise.isPending}
      testId="raise-request"
      submitLabel={t('supportUi.send')}
      onSubmit={() =>
        departmentId &&
        raise.mutate(
          { departmentId, need: need.trim(), dueAt: dueAt ? new Date(dueAt).toISOString() : undefined, dealId },
          { onSuccess: onClose },
        )
      }
    >
      <Select
        label={t('supportUi.department')}
        data={departments.map((d) => ({ value: d.id, label: format.name(d.nameEn, d.nameZh) }))}
        value={departmentId}
        onChange={setDepartmentId}
        required
        error={fieldError('departmentId')}
        data-testid="raise-request-department"
      />
      <Textarea label={t('supportUi.need')} value={need} onChange={(e) => setNeed(e.currentTarget.value)} required autosize minRows={3} error={fieldError('need')} data-testid="raise-request-need" />
      <TextInput
        type="datetime-local"
        label={t('supportUi.neededBy')}
        description={t('supportUi.neededByHint')}
        value={dueAt}
        onChange={(e) => setDueAt(e.currentTarget.value)}
        error={fieldError('dueAt')}
        data-testid="raise-request-due"
      />
      {deals.length > 0 && (
        <Select
          label={t('supportUi.deal')}
          data={deals.map((d) => ({ value: d.id, label: format.name(d.name, d.nameZh) }))}
          value={dealId}
          onChange={setDealId}
          clearable
          error={fieldError('dealId')}
        />
      )}
    </RecordModal>
  );
}
