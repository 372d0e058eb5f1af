import { Alert, Button, Group, Modal, MultiSelect, NumberInput, Select, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { serviceLines } from '../../domain/catalog.ts';
import { DEAL_KINDS } from '../../domain/deals/stages.ts';
import { isApiError } from '../app/api.ts';
import { useErrorText } from '../components/error-alert.tsx';
import { usePeople } from '../components/use-reference-data.ts';
import { useCatalog } from '../i18n/use-catalog.ts';
import { useFormat } from '../i18n/use-format.ts';
import { dealPagePath } from './deal-card.tsx';
import type { DealDetail, DealFields } from './deal-types.ts';
import { useDealLabels } from './use-deal-labels.ts';
import { useCreateDeal, useDealChange } from './use-deals.ts';

const empty: DealFields = {
  name: '',
  nameZh: null,
  kind: 'solution',
  value: null,
  expectedCloseOn: null,
  serviceLines: [],
  competitors: [],
  ownerId: null,
  outcome: 'open',
  outcomeReason: null,
};
const fromDeal = (d: DealDetail): DealFields => ({
  name: d.name,
  nameZh: d.nameZh,
  kind: d.kind,
  value: d.value,
  expectedCloseOn: d.expectedCloseOn,
  serviceLines: d.serviceLines,
  competitors: d.competitors,
  ownerId: d.ownerId,
  outcome: d.outcome,
  outcomeReason: d.outcomeReason,
});

/** Open a deal on an account, or edit one (with the version read) and record how it ended. */
export function DealFormModal({
  accountId,
  deal,
  opened,
  onClose,
}: {
  accountId: string;
  deal?: DealDetail;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useCatalog();
  const labels = useDealLabels();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const people = usePeople().data ?? [];
  const create = useCreateDeal(accountId);
  const update = useDealChange(accountId, deal?.id ?? '');
  const [values, setValues] = useState<DealFields>(empty);
  const [failure, setFailure] = useState<unknown>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: each opening starts from the deal as it is now
  useEffect(() => {
    if (opened) {
      setValues(deal ? fromDeal(deal) : empty);
      setFailure(null);
    }
  }, [opened]);
  const set = <K extends keyof DealFields>(key: K, value: DealFields[K]) => setValues((v) => ({ ...v, [key]: value }));

  const save = () => {
    const { kind, outcome, outcomeReason, ...fields } = values;
    const common = {
      ...fields,
      name: fields.name.trim(),
      nameZh: fields.nameZh?.trim() || null,
      expectedCloseOn: fields.expectedCloseOn || null,
    };
    const done = (saved: DealDetail) => {
      notifications.show({ color: 'teal', message: t('dealsUi.form.saved', { name: format.name(saved.name, saved.nameZh) }) });
      onClose();
      if (!deal) navigate(dealPagePath(saved));
    };
    if (deal)
      update.mutate(
        { method: 'PATCH', path: '', body: { ...common, outcome, outcomeReason: outcomeReason?.trim() || null, version: deal.version } },
        { onSuccess: done, onError: setFailure },
      );
    else create.mutate({ ...common, kind }, { onSuccess: done, onError: setFailure });
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t(deal ? 'dealsUi.form.editTitle' : 'dealsUi.form.newTitle')} size="lg">
      <Stack gap="sm">
        {failure !== null && (
          <Alert color="red" variant="light">
            {isApiError(failure, 'conflict.stale_version') ? t('dealsUi.form.conflict') : errorText(failure)}
          </Alert>
        )}
        <Group grow>
          <TextInput
            label={t('dealsUi.form.name')}
            value={values.name}
            onChange={(e) => set('name', e.currentTarget.value)}
            required
            data-testid="deal-form-name"
          />
          <TextInput label={t('dealsUi.form.nameZh')} value={values.nameZh ?? ''} onChange={(e) => set('nameZh', e.currentTarget.value)} />
        </Group>
        <Group grow>
          <Select
            label={t('dealsUi.form.kind')}
            data={DEAL_KINDS.map((k) => ({ value: k, label: labels.kind(k) }))}
            value={values.kind}
            onChange={(v) => v && set('kind', v as DealFields['kind'])}
            disabled={!!deal}
            allowDeselect={false}
            data-testid="deal-form-kind"
          />
          <NumberInput
            label={t('dealsUi.form.value')}
            value={values.value ?? ''}
            onChange={(v) => set('value', typeof v === 'number' ? v : null)}
            min={0}
            thousandSeparator=","
          />
          <TextInput
            label={t('dealsUi.form.expectedClose')}
            type="date"
            value={values.expectedCloseOn ?? ''}
            onChange={(e) => set('expectedCloseOn', e.currentTarget.value || null)}
          />
        </Group>
        <MultiSelect
          label={t('dealsUi.form.serviceLines')}
          data={serviceLines.map((s) => ({ value: s, label: label('serviceLines', s) }))}
          value={values.serviceLines}
          onChange={(v) => set('serviceLines', v)}
        />
        <TagsInput label={t('dealsUi.form.competitors')} value={values.competitors} onChange={(v) => set('competitors', v)} />
        <Select
          label={t('dealsUi.form.owner')}
          data={people.map((p) => ({ value: p.id, label: format.name(p.name, p.nameZh) }))}
          value={values.ownerId}
          onChange={(v) => set('ownerId', v)}
          searchable
          clearable
        />
        {deal && (
          <Group grow align="flex-start">
            <Select
              label={t('dealsUi.form.outcome')}
              data={(['open', 'won', 'lost'] as const).map((o) => ({ value: o, label: t(`dealsUi.outcomes.${o}`) }))}
              value={values.outcome}
              onChange={(v) => v && set('outcome', v as DealFields['outcome'])}
              allowDeselect={false}
              data-testid="deal-form-outcome"
            />
            <Textarea
              label={t('dealsUi.form.outcomeReason')}
              value={values.outcomeReason ?? ''}
              onChange={(e) => set('outcomeReason', e.currentTarget.value)}
              autosize
              minRows={1}
            />
          </Group>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('form.cancel')}
          </Button>
          <Button onClick={save} disabled={!values.name.trim()} loading={create.isPending || update.isPending} data-testid="deal-form-save">
            {t('form.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
