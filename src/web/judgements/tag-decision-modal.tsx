import { Alert, SegmentedControl, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tag } from '../../domain/catalog.ts';
import { tags } from '../../domain/catalog.ts';
import { useCatalog } from '../i18n/use-catalog.ts';
import { RecordModal, useFieldError } from './record-modal.tsx';
import { useRecordOnAccount } from './use-judgement.ts';

/**
 * A manager confirms the suggested tag or overrides it. An override keeps its note
 * in the history, so the next manager knows why (the server refuses one without).
 */
export function TagDecisionModal({
  accountId,
  suggested,
  opened,
  onClose,
}: {
  accountId: string;
  suggested: Tag;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const label = useCatalog();
  const record = useRecordOnAccount(accountId, 'tag-decisions');
  const [decided, setDecided] = useState<Tag>(suggested);
  const [note, setNote] = useState('');
  const fieldError = useFieldError(record.error);
  const override = decided !== suggested;

  useEffect(() => {
    if (opened) {
      setDecided(suggested);
      setNote('');
      record.reset();
    }
  }, [opened, suggested, record.reset]);

  return (
    <RecordModal
      opened={opened}
      onClose={onClose}
      title={t('judgementUi.tag.decideTitle')}
      error={record.error}
      fields={['note', 'decided']}
      pending={record.isPending}
      onSubmit={() => record.mutate({ decided, note: note.trim() || null }, { onSuccess: onClose })}
      submitLabel={override ? t('judgementUi.tag.override') : t('judgementUi.tag.confirm')}
      testId="tag-decision"
    >
      <Text size="sm">{t('judgementUi.tag.suggestedIs', { tag: label('tags', suggested) })}</Text>
      <SegmentedControl
        value={decided}
        onChange={(v) => setDecided(v as Tag)}
        data={tags.map((tag) => ({ value: tag, label: label('tags', tag) }))}
        data-testid="tag-decision-choice"
        fullWidth
      />
      {override && (
        <Alert variant="light" color="orange">
          {t('judgementUi.tag.overrideHint')}
        </Alert>
      )}
      <Textarea
        label={t('judgementUi.tag.note')}
        placeholder={t('judgementUi.tag.notePlaceholder')}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        autosize
        minRows={3}
        required={override}
        error={fieldError('note')}
        data-testid="tag-decision-note"
      />
    </RecordModal>
  );
}
