import { MultiSelect, NumberInput, Select, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NAIL_CAUSES } from '../../domain/tags/nail-causes.ts';
import { ESCALATION_STEPS } from '../../domain/tags/nail-escalation.ts';
import { NAIL_DECISIONS } from '../../domain/tags/nail-value.ts';
import { RecordModal, useFieldError } from '../judgements/record-modal.tsx';
import { useRecordOnAccount } from '../judgements/use-judgement.ts';

export type NailKind = 'nail_assessment' | 'nail_escalation';

const money = { min: 0, thousandSeparator: ',', prefix: '¥ ' } as const;

/**
 * Before investing in a nail, weigh it (价值区分) and name why it will not move
 * (原因区分); then record each rung of the combined attack (组合攻关) as it goes.
 */
export function NailRecordModal({ accountId, kind, onClose }: { accountId: string; kind: NailKind | null; onClose: () => void }) {
  const { t } = useTranslation();
  const record = useRecordOnAccount(accountId, 'playbook-records');
  const fieldError = useFieldError(record.error);
  const [potential, setPotential] = useState<number | string>('');
  const [expected, setExpected] = useState<number | string>('');
  const [cost, setCost] = useState<number | string>('');
  const [causes, setCauses] = useState<string[]>([]);
  const [decision, setDecision] = useState<string | null>(null);
  const [stalledSince, setStalledSince] = useState('');
  const [step, setStep] = useState<string | null>(null);
  const [text, setText] = useState('');

  useEffect(() => {
    if (kind) {
      for (const reset of [setPotential, setExpected, setCost]) reset('');
      setCauses([]);
      setDecision(null);
      setStalledSince('');
      setStep(null);
      setText('');
      record.reset();
    }
  }, [kind, record.reset]);

  const num = (v: number | string) => (v === '' ? undefined : Number(v));
  const body =
    kind === 'nail_assessment'
      ? {
          kind,
          payload: {
            potentialValueCny: num(potential),
            expectedReturnCny: num(expected),
            costCny: num(cost),
            causes,
            decision,
            stalledSince: stalledSince || null,
            note: text || null,
          },
        }
      : { kind, payload: { step, outcome: text || null } };

  return (
    <RecordModal
      opened={kind !== null}
      onClose={onClose}
      title={kind ? t(`tagBoardsUi.kinds.${kind}`) : ''}
      error={record.error}
      fields={['payload']}
      pending={record.isPending}
      onSubmit={() => record.mutate(body, { onSuccess: onClose })}
      testId="nail-record"
    >
      {kind === 'nail_assessment' ? (
        <>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NumberInput
              label={t('tagBoardsUi.nail.potential')}
              value={potential}
              onChange={setPotential}
              required
              error={fieldError('payload.potentialValueCny')}
              {...money}
            />
            <NumberInput
              label={t('tagBoardsUi.nail.expectedReturn')}
              value={expected}
              onChange={setExpected}
              required
              error={fieldError('payload.expectedReturnCny')}
              {...money}
            />
            <NumberInput
              label={t('tagBoardsUi.nail.cost')}
              value={cost}
              onChange={setCost}
              required
              error={fieldError('payload.costCny')}
              {...money}
            />
          </SimpleGrid>
          <MultiSelect
            label={t('tagBoardsUi.nail.causes')}
            data={NAIL_CAUSES.map((c) => ({ value: c, label: t(`nailCause.${c}`) }))}
            value={causes}
            onChange={setCauses}
          />
          <Select
            label={t('tagBoardsUi.nail.decision')}
            description={t('tagBoardsUi.nail.decisionHint')}
            data={NAIL_DECISIONS.map((d) => ({ value: d, label: t(`nailDecision.${d}`) }))}
            value={decision}
            onChange={setDecision}
            clearable
          />
          <TextInput
            type="date"
            label={t('tagBoardsUi.nail.stalledSince')}
            value={stalledSince}
            onChange={(e) => setStalledSince(e.currentTarget.value)}
            error={fieldError('payload.stalledSince')}
          />
          <Textarea label={t('tagBoardsUi.note')} value={text} onChange={(e) => setText(e.currentTarget.value)} autosize minRows={2} />
        </>
      ) : (
        <>
          <Select
            label={t('tagBoardsUi.nail.step')}
            data={ESCALATION_STEPS.map((s) => ({ value: s, label: t(`escalationStep.${s}`) }))}
            value={step}
            onChange={setStep}
            required
            error={fieldError('payload.step')}
          />
          <Textarea
            label={t('tagBoardsUi.nail.outcome')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            autosize
            minRows={2}
          />
        </>
      )}
    </RecordModal>
  );
}
