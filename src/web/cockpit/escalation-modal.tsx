import { MultiSelect, Select, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROOT_CAUSES } from '../../domain/organisation/escalation.ts';
import { useDepartments } from '../components/use-reference-data.ts';
import { useFormat } from '../i18n/use-format.ts';
import { RecordModal, useFieldError } from '../judgements/record-modal.tsx';
import { useRaiseEscalation } from './use-organisation.ts';

/** Escalate a problem with its root cause (no 拍桌子): a collaboration failure names the departments involved. */
export function EscalationModal({ accountId, opened, onClose }: { accountId: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const departments = useDepartments().data ?? [];
  const raise = useRaiseEscalation();
  const fieldError = useFieldError(raise.error);
  const [title, setTitle] = useState('');
  const [rootCause, setRootCause] = useState<string | null>(null);
  const [departmentIds, setDepartmentIds] = useState<string[]>([]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: each opening starts a new escalation
  useEffect(() => {
    if (!opened) return;
    setTitle('');
    setRootCause(null);
    setDepartmentIds([]);
    raise.reset();
  }, [opened]);
  return (
    <RecordModal
      opened={opened}
      onClose={onClose}
      title={t('organisationUi.escalations.raise')}
      error={raise.error}
      fields={['title', 'rootCause', 'departmentIds']}
      pending={raise.isPending}
      testId="escalation-modal"
      onSubmit={() => raise.mutate({ accountId, body: { title: title.trim(), rootCause, departmentIds } }, { onSuccess: onClose })}
    >
      <TextInput label={t('organisationUi.escalations.title')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} required error={fieldError('title')} />
      <Select
        label={t('organisationUi.escalations.rootCause')}
        description={t('organisationUi.escalations.rootCauseHint')}
        data={ROOT_CAUSES.map((c) => ({ value: c, label: t(`organisation.rootCauses.${c}`) }))}
        value={rootCause}
        onChange={setRootCause}
        error={fieldError('rootCause') && t('organisation.escalationErrors.root_cause_missing')}
        data-testid="escalation-root-cause"
      />
      <MultiSelect
        label={t('organisationUi.escalations.departments')}
        data={departments.map((d) => ({ value: d.id, label: format.name(d.nameEn, d.nameZh) }))}
        value={departmentIds}
        onChange={setDepartmentIds}
        error={fieldError('departmentIds') && t('organisation.escalationErrors.departments_missing')}
      />
      {rootCause === 'internal_collaboration' && (
        <Text size="xs" c="dimmed">
          {t('organisationUi.escalations.collaborationHint')}
        </Text>
      )}
    </RecordModal>
  );
}
