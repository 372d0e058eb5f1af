import { Group, Rating, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordModal, useFieldError } from './record-modal.tsx';
import { useRecordOnAccount } from './use-judgement.ts';
import type { Score } from './judgement-types.ts';

const dimensions = ['influence', 'satisfaction', 'cooperation'] as const;
type Dimension = (typeof dimensions)[number];

/** 影响度、满意度、配合度 on 1–5: a benchmark needs all three high (三个缺一不可). */
export function ScoreModal({
  accountId,
  latest,
  opened,
  onClose,
}: {
  accountId: string;
  latest: Score | undefined;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const record = useRecordOnAccount(accountId, 'scores');
  const [values, setValues] = useState<Record<Dimension, number>>({ influence: 3, satisfaction: 3, cooperation: 3 });
  const [note, setNote] = useState('');
  const fieldError = useFieldError(record.error);

  useEffect(() => {
    if (opened) {
      setValues({ influence: latest?.influence ?? 3, satisfaction: latest?.satisfaction ?? 3, cooperation: latest?.cooperation ?? 3 });
      setNote('');
      record.reset();
    }
  }, [opened, latest, record.reset]);

  return (
    <RecordModal
      opened={opened}
      onClose={onClose}
      title={t('judgementUi.scores.title')}
      error={record.error}
      fields={[...dimensions, 'note']}
      pending={record.isPending}
      onSubmit={() => record.mutate({ ...values, note: note.trim() || null }, { onSuccess: onClose })}
      testId="score"
    >
      <Stack gap="xs">
        {dimensions.map((d) => (
          <Group key={d} justify="space-between">
            <Text size="sm">{t(`judgementUi.scores.${d}`)}</Text>
            <Rating value={values[d]} onChange={(v) => setValues((s) => ({ ...s, [d]: v }))} count={5} data-testid={`score-${d}`} />
          </Group>
        ))}
      </Stack>
      <Text size="xs" c={fieldError('influence') ? 'red' : 'dimmed'}>
        {t('judgementUi.scores.hint')}
      </Text>
      <Textarea
        label={t('judgementUi.scores.note')}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        autosize
        minRows={2}
        error={fieldError('note')}
      />
    </RecordModal>
  );
}
