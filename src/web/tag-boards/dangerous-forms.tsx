import { Checkbox, Select, TagsInput, TextInput, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFENCE_ACTIONS, DEFENCE_PARTS, type DefencePart } from '../../domain/tags/defence-plan.ts';
import { usePeople } from '../components/use-reference-data.ts';
import { useFormat } from '../i18n/use-format.ts';
import { RecordModal, useFieldError } from '../judgements/record-modal.tsx';
import { useRecordOnAccount } from '../judgements/use-judgement.ts';
import type { AccountPlaybook } from './playbook-types.ts';

export type DangerousKind = 'defence_plan' | 'defence_action' | 'rep_replacement';
type SuggestedPlan = AccountPlaybook['dangerous']['suggestedPlan']['value'];

/**
 * The dangerous account's defence: the three-part plan (关系/商务/风险防御), one action
 * of it with owner and due date, or replacing the rep when the customer asks.
 */
export function DangerousRecordModal(props: {
  accountId: string;
  kind: DangerousKind | null;
  suggested: SuggestedPlan;
  onClose: () => void;
}) {
  const { accountId, kind, suggested, onClose } = props;
  const { t } = useTranslation();
  const format = useFormat();
  const people = usePeople();
  const record = useRecordOnAccount(accountId, 'playbook-records');
  const fieldError = useFieldError(record.error);
  const [parts, setParts] = useState<Record<DefencePart, string[]>>({ relationship: [], commercial: [], risk: [] });
  const [part, setPart] = useState<string | null>(null);
  const [action, setAction] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [owner, setOwner] = useState<string | null>(null);
  const [dueAt, setDueAt] = useState('');
  const [asked, setAsked] = useState(true);
  const [decision, setDecision] = useState<string | null>('considered');

  useEffect(() => {
    if (!kind) return;
    // The plan starts from the playbook's emphasised actions (those a signal called for).
    const emphasised = (p: DefencePart) => suggested[p].filter((a) => a.because.length > 0).map((a) => t(`defenceAction.${a.id}`));
    setParts({ relationship: emphasised('relationship'), commercial: emphasised('commercial'), risk: emphasised('risk') });
    setPart(null);
    setAction(null);
    setText('');
    setOwner(null);
    setDueAt('');
    setAsked(true);
    setDecision('considered');
    record.reset();
  }, [kind, suggested, t, record.reset]);

  const body = () => {
    if (kind === 'defence_plan') return { kind, payload: { ...parts, note: text || null }, status: 'active' };
    if (kind === 'defence_action') {
      const what = text || (action ? t(`defenceAction.${action}`) : '');
      return { kind, payload: { part, action, what, ownerId: owner }, dueAt: dueAt || null, status: 'open' };
    }
    return { kind, payload: { customerAsked: asked, decision, newRepId: owner, note: text } };
  };
  const actionsOf = (p: string | null) =>
    (p ? DEFENCE_ACTIONS[p as DefencePart] : []).map((a) => ({ value: a, label: t(`defenceAction.${a}`) }));
  const peopleOptions = (people.data ?? []).map((p) => ({ value: p.id, label: format.name(p.name, p.nameZh) }));

  return (
    <RecordModal
      opened={kind !== null}
      onClose={onClose}
      title={kind ? t(`tagBoardsUi.kinds.${kind}`) : ''}
      error={record.error}
      fields={['payload', 'dueAt']}
      pending={record.isPending}
      onSubmit={() => record.mutate(body(), { onSuccess: onClose })}
      testId="dangerous-record"
    >
      {kind === 'defence_plan' &&
        DEFENCE_PARTS.map((p) => (
          <TagsInput
            key={p}
            label={t(`defencePart.${p}`)}
            data={DEFENCE_ACTIONS[p].map((a) => t(`defenceAction.${a}`))}
            value={parts[p]}
            onChange={(v) => setParts((s) => ({ ...s, [p]: v }))}
            error={fieldError(`payload.${p}`)}
          />
        ))}
      {kind === 'defence_action' && (
        <>
          <Select
            label={t('tagBoardsUi.dangerous.part')}
            data={DEFENCE_PARTS.map((p) => ({ value: p, label: t(`defencePart.${p}`) }))}
            value={part}
            onChange={(v) => {
              setPart(v);
              setAction(null);
            }}
            required
            error={fieldError('payload.part')}
          />
          <Select label={t('tagBoardsUi.dangerous.action')} data={actionsOf(part)} value={action} onChange={setAction} clearable />
          <TextInput
            label={t('tagBoardsUi.dangerous.what')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={fieldError('payload.what')}
          />
          <Select label={t('tagBoardsUi.dangerous.owner')} data={peopleOptions} value={owner} onChange={setOwner} searchable clearable />
          <TextInput
            type="date"
            label={t('tagBoardsUi.dangerous.due')}
            value={dueAt}
            onChange={(e) => setDueAt(e.currentTarget.value)}
            error={fieldError('dueAt')}
          />
        </>
      )}
      {kind === 'rep_replacement' && (
        <>
          <Checkbox label={t('tagBoardsUi.dangerous.customerAsked')} checked={asked} onChange={(e) => setAsked(e.currentTarget.checked)} />
          <Select
            label={t('tagBoardsUi.dangerous.replacementDecision')}
            data={['considered', 'replaced', 'declined'].map((d) => ({ value: d, label: t(`tagBoardsUi.replacement.${d}`) }))}
            value={decision}
            onChange={setDecision}
            allowDeselect={false}
          />
          <Select label={t('tagBoardsUi.dangerous.newRep')} data={peopleOptions} value={owner} onChange={setOwner} searchable clearable />
        </>
      )}
      <Textarea
        label={t('tagBoardsUi.note')}
        value={kind === 'defence_action' ? '' : text}
        onChange={(e) => setText(e.currentTarget.value)}
        autosize
        minRows={2}
        required={kind === 'rep_replacement'}
        error={fieldError('payload.note')}
        display={kind === 'defence_action' ? 'none' : undefined}
      />
    </RecordModal>
  );
}
