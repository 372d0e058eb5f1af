import { NumberInput, Select, TagsInput, TextInput, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BENCHMARK_LEVELS, CASE_ASSET_KINDS } from '../../domain/tags/benchmark-profile.ts';
import { useFormat } from '../i18n/use-format.ts';
import { RecordModal, useFieldError } from '../judgements/record-modal.tsx';
import { useRecordOnAccount } from '../judgements/use-judgement.ts';
import type { BorrowableBenchmark } from './playbook-types.ts';

export type BenchmarkKind = 'benchmark_profile' | 'benchmark_investment' | 'case_asset' | 'benchmark_borrowing';

/**
 * The benchmark playbook's records: its level (多层次), an investment (大投入), a
 * case asset as a link (可视化), or borrowing another region's benchmark (先借用他人).
 */
export function BenchmarkRecordModal(props: {
  accountId: string;
  kind: BenchmarkKind | null;
  borrowable: BorrowableBenchmark[];
  onClose: () => void;
}) {
  const { accountId, kind, borrowable, onClose } = props;
  const { t } = useTranslation();
  const format = useFormat();
  const record = useRecordOnAccount(accountId, 'playbook-records');
  const fieldError = useFieldError(record.error);
  const [choice, setChoice] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [url, setUrl] = useState('');
  const [note, setNote] = useState('');
  const [amount, setAmount] = useState<number | string>('');
  const [radiates, setRadiates] = useState<string[]>([]);

  useEffect(() => {
    if (kind) {
      setChoice(null);
      setText('');
      setUrl('');
      setNote('');
      setAmount('');
      setRadiates([]);
      record.reset();
    }
  }, [kind, record.reset]);

  const payload = () => {
    switch (kind) {
      case 'benchmark_profile':
        return { payload: { level: choice, radiates, note: note || null } };
      case 'benchmark_investment':
        return { payload: { what: text, note: note || null }, amount: amount === '' ? null : Number(amount), status: 'spent' };
      case 'case_asset':
        return { payload: { kind: choice, title: text, url, note: note || null }, status: 'ready' };
      default:
        return { payload: { benchmarkAccountId: choice, purpose: text } };
    }
  };

  return (
    <RecordModal
      opened={kind !== null}
      onClose={onClose}
      title={kind ? t(`tagBoardsUi.kinds.${kind}`) : ''}
      error={record.error}
      fields={['payload', 'amount']}
      pending={record.isPending}
      onSubmit={() => record.mutate({ kind, ...payload() }, { onSuccess: onClose })}
      testId="benchmark-record"
    >
      {kind === 'benchmark_profile' && (
        <>
          <Select
            label={t('tagBoardsUi.benchmark.level')}
            data={BENCHMARK_LEVELS.map((l) => ({ value: l, label: t(`benchmarkLevel.${l}`) }))}
            value={choice}
            onChange={setChoice}
            required
            error={fieldError('payload.level')}
          />
          <TagsInput
            label={t('tagBoardsUi.benchmark.radiates')}
            description={t('tagBoardsUi.benchmark.radiatesHint')}
            value={radiates}
            onChange={setRadiates}
          />
        </>
      )}
      {kind === 'benchmark_investment' && (
        <>
          <TextInput
            label={t('tagBoardsUi.benchmark.what')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            required
            error={fieldError('payload.what')}
          />
          <NumberInput
            label={t('tagBoardsUi.benchmark.amount')}
            value={amount}
            onChange={setAmount}
            min={0}
            thousandSeparator=","
            prefix="¥ "
            error={fieldError('amount')}
          />
        </>
      )}
      {kind === 'case_asset' && (
        <>
          <Select
            label={t('tagBoardsUi.benchmark.assetKind')}
            data={CASE_ASSET_KINDS.map((k) => ({ value: k, label: t(`caseAsset.${k}`) }))}
            value={choice}
            onChange={setChoice}
            required
            error={fieldError('payload.kind')}
          />
          <TextInput
            label={t('tagBoardsUi.benchmark.title')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            required
            error={fieldError('payload.title')}
          />
          <TextInput
            label={t('tagBoardsUi.benchmark.url')}
            placeholder="https://"
            value={url}
            onChange={(e) => setUrl(e.currentTarget.value)}
            required
            error={fieldError('payload.url')}
          />
        </>
      )}
      {kind === 'benchmark_borrowing' && (
        <>
          <Select
            label={t('tagBoardsUi.benchmark.borrowFrom')}
            data={borrowable.map((b) => ({
              value: b.accountId,
              label: `${format.name(b.name, b.nameZh)} · ${format.name(b.regionName, b.regionNameZh)} · ${t(`benchmarkLevel.${b.level}`)}`,
            }))}
            value={choice}
            onChange={setChoice}
            required
            error={fieldError('payload.benchmarkAccountId')}
          />
          <TextInput
            label={t('tagBoardsUi.benchmark.purpose')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            required
            error={fieldError('payload.purpose')}
          />
        </>
      )}
      {kind !== 'benchmark_borrowing' && (
        <Textarea label={t('tagBoardsUi.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={2} />
      )}
    </RecordModal>
  );
}
