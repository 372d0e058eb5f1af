import { Button, Group, MultiSelect, Select, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { industries, serviceLines } from '../../domain/catalog.ts';
import { PROOF_ASSET_KINDS } from '../../domain/deals/vocabulary.ts';
import { api } from '../app/api.ts';
import { useErrorText } from '../components/error-alert.tsx';
import { useCatalog } from '../i18n/use-catalog.ts';
import type { DealDetail, ProofAsset } from './deal-types.ts';
import { useDealEdit } from './use-deal-edit.ts';
import { useDealLabels } from './use-deal-labels.ts';

/** Add proof to the library (a link is enough) and attach it to this deal at once. */
export function ProofForm({ deal, onDone }: { deal: DealDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const label = useCatalog();
  const labels = useDealLabels();
  const errorText = useErrorText();
  const client = useQueryClient();
  const edit = useDealEdit(deal);
  const [kind, setKind] = useState<string>('reference');
  const [title, setTitle] = useState('');
  const [titleZh, setTitleZh] = useState('');
  const [url, setUrl] = useState('');
  const [forIndustries, setIndustries] = useState<string[]>([deal.industry]);
  const [lines, setLines] = useState<string[]>(deal.serviceLines);
  const create = useMutation({
    mutationFn: () =>
      api<ProofAsset>('/proof-assets', {
        method: 'POST',
        body: {
          kind,
          title: title.trim(),
          titleZh: titleZh.trim() || null,
          url: url.trim() || null,
          industries: forIndustries,
          serviceLines: lines,
        },
      }),
    onSuccess: (asset) => {
      void client.invalidateQueries({ queryKey: ['deals', 'library'] });
      edit.run({ method: 'POST', path: '/proofs', body: { proofAssetId: asset.id } }, onDone);
    },
  });
  return (
    <Stack gap="xs" data-testid="proof-form">
      <Group gap="xs" grow>
        <Select
          label={t('dealsUi.proofs.kind')}
          data={PROOF_ASSET_KINDS.map((k) => ({ value: k, label: labels.proofKind(k) }))}
          value={kind}
          onChange={(v) => v && setKind(v)}
          allowDeselect={false}
        />
        <TextInput label={t('dealsUi.proofs.titleEn')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} required />
        <TextInput label={t('dealsUi.proofs.titleZh')} value={titleZh} onChange={(e) => setTitleZh(e.currentTarget.value)} />
      </Group>
      <TextInput
        label={t('dealsUi.proofs.url')}
        placeholder="https://"
        value={url}
        onChange={(e) => setUrl(e.currentTarget.value)}
        error={create.isError ? errorText(create.error) : undefined}
      />
      <Group gap="xs" grow>
        <MultiSelect
          label={t('dealsUi.proofs.industry')}
          data={industries.map((i) => ({ value: i, label: label('industries', i) }))}
          value={forIndustries}
          onChange={setIndustries}
        />
        <MultiSelect
          label={t('dealsUi.proofs.serviceLines')}
          data={serviceLines.map((s) => ({ value: s, label: label('serviceLines', s) }))}
          value={lines}
          onChange={setLines}
        />
      </Group>
      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={onDone}>
          {t('form.cancel')}
        </Button>
        <Button
          onClick={() => create.mutate()}
          disabled={!title.trim()}
          loading={create.isPending || edit.pending}
          data-testid="proof-save"
        >
          {t('dealsUi.proofs.saveAndAttach')}
        </Button>
      </Group>
    </Stack>
  );
}
