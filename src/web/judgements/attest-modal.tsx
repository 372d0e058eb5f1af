import { SegmentedControl, Select, Text, TextInput, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/use-format.ts';
import { useSettings } from '../settings/use-settings.ts';
import { RecordModal, useFieldError } from './record-modal.tsx';
import { useRecordOnAccount } from './use-judgement.ts';

export type AttestTarget = 'scale' | 'solution_need' | 'strategic_fit' | 'mutual_commitment' | 'strategic_promotion';

interface StrategicIntent {
  id: string;
  name_en: string;
  name_zh: string;
}

/**
 * Attest a criterion with a note: evidence for it, or against it — a refusal such as
 * "their executives declined to meet ours". For `strategic_promotion` a manager makes
 * the account strategic despite the payment trap; the note is the reason.
 */
export function AttestModal({ accountId, target, onClose }: { accountId: string; target: AttestTarget | null; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const record = useRecordOnAccount(accountId, 'attestations');
  const settings = useSettings();
  const [effect, setEffect] = useState<'for' | 'against'>('for');
  const [note, setNote] = useState('');
  const [evidence, setEvidence] = useState('');
  const [intentId, setIntentId] = useState<string | null>(null);
  const fieldError = useFieldError(record.error);
  const promotion = target === 'strategic_promotion';
  const intents = ((settings.data?.document.selection as { strategicIntents?: StrategicIntent[] } | undefined)?.strategicIntents ?? []).map(
    (i) => ({
      value: i.id,
      label: format.name(i.name_en, i.name_zh),
    }),
  );

  // Every opening starts a fresh attestation.
  useEffect(() => {
    if (target) {
      setEffect('for');
      setNote('');
      setEvidence('');
      setIntentId(null);
      record.reset();
    }
  }, [target, record.reset]);

  const submit = () =>
    record.mutate(
      {
        criterion: target,
        effect,
        note,
        evidence: evidence || null,
        intentId: target === 'strategic_fit' && effect === 'for' ? intentId : null,
      },
      { onSuccess: onClose },
    );

  return (
    <RecordModal
      opened={target !== null}
      onClose={onClose}
      title={
        promotion ? t('judgementUi.attest.promotionTitle') : t('judgementUi.attest.title', { criterion: t(`selection.criteria.${target}`) })
      }
      error={record.error}
      fields={['note', 'evidence', 'intentId', 'effect']}
      pending={record.isPending}
      onSubmit={submit}
      testId="attest-modal"
    >
      {promotion ? (
        <Text size="sm" c="dimmed">
          {t('judgementUi.attest.promotionHint')}
        </Text>
      ) : (
        <>
          <SegmentedControl
            value={effect}
            onChange={(v) => setEffect(v as 'for' | 'against')}
            data={[
              { value: 'for', label: t('judgementUi.attest.for') },
              { value: 'against', label: t('judgementUi.attest.against') },
            ]}
            data-testid="attest-effect"
          />
          {target === 'mutual_commitment' && effect === 'against' && (
            <Text size="xs" c="dimmed">
              {t('judgementUi.attest.refusalHint')}
            </Text>
          )}
        </>
      )}
      {target === 'strategic_fit' && effect === 'for' && (
        <Select
          label={t('judgementUi.attest.intent')}
          data={intents}
          value={intentId}
          onChange={setIntentId}
          clearable
          error={fieldError('intentId')}
        />
      )}
      <Textarea
        label={promotion ? t('judgementUi.attest.promotionNote') : t('judgementUi.attest.note')}
        placeholder={t(promotion ? 'judgementUi.attest.promotionPlaceholder' : 'judgementUi.attest.notePlaceholder')}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        autosize
        minRows={3}
        required
        error={fieldError('note')}
        data-testid="attest-note"
      />
      <TextInput
        label={t('judgementUi.attest.evidence')}
        placeholder={t('judgementUi.attest.evidencePlaceholder')}
        value={evidence}
        onChange={(e) => setEvidence(e.currentTarget.value)}
        error={fieldError('evidence')}
      />
    </RecordModal>
  );
}
