import { Select, Text, Textarea, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LEVEL_IDS, RELATIONSHIP_LEVELS } from '../../domain/ladder/level.ts';
import { RecordModal, useFieldError } from './record-modal.tsx';
import { useRecordOnAccount } from './use-judgement.ts';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Record a relationship level. The customer decides the level (层级是客户说了算的): only
 * a customer-confirmed assessment, with its evidence, sets the official level; our own
 * estimate is shown beside it and flagged when it is more optimistic.
 */
export function LevelAssessmentModal({ accountId, opened, onClose }: { accountId: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const record = useRecordOnAccount(accountId, 'level-assessments');
  const [level, setLevel] = useState<string | null>(null);
  const [source, setSource] = useState<string | null>('customer_confirmed');
  const [evidence, setEvidence] = useState('');
  const [assessedAt, setAssessedAt] = useState(today());
  const fieldError = useFieldError(record.error);

  useEffect(() => {
    if (opened) {
      setLevel(null);
      setSource('customer_confirmed');
      setEvidence('');
      setAssessedAt(today());
      record.reset();
    }
  }, [opened, record.reset]);

  const levels = RELATIONSHIP_LEVELS.map((n) => ({ value: String(n), label: `${n} · ${t(`level.${LEVEL_IDS[n]}`)}` }));
  return (
    <RecordModal
      opened={opened}
      onClose={onClose}
      title={t('judgementUi.level.recordTitle')}
      error={record.error}
      fields={['level', 'source', 'evidence', 'assessedAt']}
      pending={record.isPending}
      onSubmit={() =>
        record.mutate(
          { level: level ? Number(level) : undefined, source, evidence: evidence.trim() || null, assessedAt },
          { onSuccess: onClose },
        )
      }
      testId="level-assessment"
    >
      <Text size="sm" c="dimmed">
        {t('judgementUi.level.customerDecides')}
      </Text>
      <Select
        label={t('judgementUi.level.source')}
        data={['customer_confirmed', 'own_estimate'].map((s) => ({ value: s, label: t(`source.${s}`) }))}
        value={source}
        onChange={setSource}
        allowDeselect={false}
        data-testid="level-source"
      />
      <Select
        label={t('judgementUi.level.level')}
        data={levels}
        value={level}
        onChange={setLevel}
        required
        error={fieldError('level')}
        data-testid="level-choice"
      />
      <TextInput
        type="date"
        label={t('judgementUi.level.assessedAt')}
        value={assessedAt}
        max={today()}
        onChange={(e) => setAssessedAt(e.currentTarget.value)}
        error={fieldError('assessedAt')}
      />
      <Textarea
        label={t('judgementUi.level.evidence')}
        placeholder={t('judgementUi.level.evidencePlaceholder')}
        value={evidence}
        onChange={(e) => setEvidence(e.currentTarget.value)}
        autosize
        minRows={2}
        required={source === 'customer_confirmed'}
        error={fieldError('evidence')}
        data-testid="level-evidence"
      />
    </RecordModal>
  );
}
