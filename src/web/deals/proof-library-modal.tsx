import { Anchor, Badge, Button, Divider, Group, Modal, MultiSelect, ScrollArea, Select, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { industries, serviceLines } from '../../domain/catalog.ts';
import { PROOF_ASSET_KINDS } from '../../domain/deals/vocabulary.ts';
import { EmptyNote } from '../components/empty-state.tsx';
import { useCatalog } from '../i18n/use-catalog.ts';
import { useFormat } from '../i18n/use-format.ts';
import type { DealDetail } from './deal-types.ts';
import { ProofForm } from './proof-form.tsx';
import { useDealEdit } from './use-deal-edit.ts';
import { useDealLabels } from './use-deal-labels.ts';
import { useProofLibrary } from './use-deals.ts';

/** Search the proof library by industry and service line (the deal's own by default) and attach what fits. */
export function ProofLibraryModal({ deal, opened, onClose }: { deal: DealDetail; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useCatalog();
  const labels = useDealLabels();
  const edit = useDealEdit(deal);
  const [industry, setIndustry] = useState<string | null>(deal.industry);
  const [lines, setLines] = useState<string[]>(deal.serviceLines);
  const [kind, setKind] = useState<string | null>(null);
  const [q, setQ] = useState('');
  const [adding, setAdding] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: each opening starts from the deal
  useEffect(() => {
    if (opened) {
      setIndustry(deal.industry);
      setLines(deal.serviceLines);
    }
  }, [opened]);
  const library = useProofLibrary(
    { industry: industry ?? undefined, serviceLines: lines.join(',') || undefined, kind: kind ?? undefined, q: q.trim() || undefined },
    opened,
  );
  const attached = new Set(deal.proofs.map((p) => p.id));

  return (
    <Modal opened={opened} onClose={onClose} title={t('dealsUi.proofs.library')} size="xl">
      <Stack gap="sm">
        <Group gap="xs" align="flex-end">
          <Select
            label={t('dealsUi.proofs.industry')}
            data={industries.map((i) => ({ value: i, label: label('industries', i) }))}
            value={industry}
            onChange={setIndustry}
            clearable
            w={160}
          />
          <MultiSelect
            label={t('dealsUi.proofs.serviceLines')}
            data={serviceLines.map((s) => ({ value: s, label: label('serviceLines', s) }))}
            value={lines}
            onChange={setLines}
            clearable
            w={260}
          />
          <Select
            label={t('dealsUi.proofs.kind')}
            data={PROOF_ASSET_KINDS.map((k) => ({ value: k, label: labels.proofKind(k) }))}
            value={kind}
            onChange={setKind}
            clearable
            w={170}
          />
          <TextInput label={t('dealsUi.proofs.search')} value={q} onChange={(e) => setQ(e.currentTarget.value)} w={160} />
        </Group>
        <ScrollArea.Autosize mah={380}>
          {library.data && library.data.length === 0 && <EmptyNote>{t('dealsUi.proofs.noneFound')}</EmptyNote>}
          <Stack gap="xs" data-testid="proof-library">
            {(library.data ?? []).map(({ asset, reasons }) => (
              <Group key={asset.id} justify="space-between" wrap="nowrap" align="flex-start">
                <Stack gap={2}>
                  <Group gap={4}>
                    <Badge size="xs" variant="light" style={{ textTransform: 'none' }}>
                      {labels.proofKind(asset.kind)}
                    </Badge>
                    {asset.url ? (
                      <Anchor href={asset.url} target="_blank" rel="noreferrer" size="sm">
                        {format.name(asset.title, asset.titleZh)}
                      </Anchor>
                    ) : (
                      <Text size="sm">{format.name(asset.title, asset.titleZh)}</Text>
                    )}
                  </Group>
                  <Text size="xs" c="dimmed">
                    {reasons
                      .filter((r) => r.met)
                      .map(labels.reason)
                      .join(' · ')}
                  </Text>
                </Stack>
                <Button
                  size="compact-sm"
                  variant="light"
                  disabled={attached.has(asset.id)}
                  onClick={() => edit.run({ method: 'POST', path: '/proofs', body: { proofAssetId: asset.id } })}
                  data-testid="proof-attach"
                >
                  {attached.has(asset.id) ? t('dealsUi.proofs.attached') : t('dealsUi.proofs.attach')}
                </Button>
              </Group>
            ))}
          </Stack>
        </ScrollArea.Autosize>
        <Divider />
        {adding ? (
          <ProofForm deal={deal} onDone={() => setAdding(false)} />
        ) : (
          <Button variant="subtle" onClick={() => setAdding(true)} data-testid="proof-new">
            {t('dealsUi.proofs.addToLibrary')}
          </Button>
        )}
      </Stack>
    </Modal>
  );
}
