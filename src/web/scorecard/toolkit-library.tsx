import { ActionIcon, Anchor, Badge, Button, Group, MultiSelect, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { industries } from '../../domain/catalog.ts';
import { BUYING_STAGES } from '../../domain/deals/stages.ts';
import { TOOLKIT_KINDS } from '../../domain/organisation/vocabulary.ts';
import { useCurrentUser } from '../auth/use-current-user.ts';
import { EmptyNote } from '../components/empty-state.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { useCatalog } from '../i18n/use-catalog.ts';
import { useFormat } from '../i18n/use-format.ts';
import { useToolkit, useToolkitChange } from './use-scorecard.ts';

/** The toolkit library (工具): demos, visit and reception methods, decks, talk tracks, by industry and buying stage. */
export function ToolkitLibrary() {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useCatalog();
  const { data: user } = useCurrentUser();
  const [kind, setKind] = useState<string | null>(null);
  const [industry, setIndustry] = useState<string | null>(null);
  const toolkit = useToolkit({ kind, industry });
  const change = useToolkitChange();
  const [draft, setDraft] = useState({ kind: 'deck', title: '', titleZh: '', url: '', industries: [] as string[], stages: [] as string[] });
  const leader = user?.role === 'admin' || user?.role === 'executive' || user?.role === 'manager';
  const stage = (s: string) => t(`deals.buyingStages.${s}`, { defaultValue: s.replaceAll('_', ' ') });
  const kinds = TOOLKIT_KINDS.map((k) => ({ value: k, label: t(`organisation.toolkitKinds.${k}`) }));

  return (
    <Stack gap="sm" data-testid="toolkit-library">
      <Group>
        <Select placeholder={t('scorecardUi.toolkit.allKinds')} data={kinds} value={kind} onChange={setKind} clearable w={220} />
        <Select placeholder={t('scorecardUi.toolkit.allIndustries')} data={industries.map((i) => ({ value: i, label: label('industries', i) }))} value={industry} onChange={setIndustry} clearable w={220} />
      </Group>
      {change.error ? <ErrorAlert error={change.error} /> : null}
      {toolkit.data?.length ? (
        <Table verticalSpacing={4}>
          <Table.Tbody>
            {toolkit.data.map((a) => (
              <Table.Tr key={a.id} data-testid="toolkit-asset">
                <Table.Td>
                  <Badge variant="light">{t(`organisation.toolkitKinds.${a.kind}`, { defaultValue: a.kind })}</Badge>
                </Table.Td>
                <Table.Td>
                  {a.url ? (
                    <Anchor href={a.url} target="_blank" rel="noreferrer" size="sm">
                      {format.name(a.title, a.titleZh)}
                    </Anchor>
                  ) : (
                    <Text size="sm">{format.name(a.title, a.titleZh)}</Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="xs" c="dimmed">
                    {[...a.industries.map((i) => label('industries', i)), ...a.stages.map(stage)].join(' · ')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {(leader || a.createdBy === user?.id) && (
                    <ActionIcon variant="subtle" color="gray" aria-label={t('organisationUi.remove')} onClick={() => change.mutate({ remove: a.id })}>
                      ×
                    </ActionIcon>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <EmptyNote>{t('scorecardUi.toolkit.empty')}</EmptyNote>
      )}
      <Group align="flex-end">
        <Select label={t('scorecardUi.toolkit.kind')} data={kinds} value={draft.kind} onChange={(v) => v && setDraft({ ...draft, kind: v })} w={180} />
        <TextInput label={t('scorecardUi.toolkit.assetTitle')} value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.currentTarget.value })} w={220} />
        <TextInput label={t('scorecardUi.toolkit.titleZh')} value={draft.titleZh} onChange={(e) => setDraft({ ...draft, titleZh: e.currentTarget.value })} w={180} />
        <TextInput label={t('scorecardUi.toolkit.url')} value={draft.url} onChange={(e) => setDraft({ ...draft, url: e.currentTarget.value })} w={240} placeholder="https://" />
        <MultiSelect label={t('scorecardUi.toolkit.industries')} data={industries.map((i) => ({ value: i, label: label('industries', i) }))} value={draft.industries} onChange={(v) => setDraft({ ...draft, industries: v })} w={200} />
        <MultiSelect label={t('scorecardUi.toolkit.stages')} data={BUYING_STAGES.map((s) => ({ value: s, label: stage(s) }))} value={draft.stages} onChange={(v) => setDraft({ ...draft, stages: v })} w={200} />
        <Button
          variant="light"
          disabled={!draft.title.trim()}
          loading={change.isPending}
          onClick={() =>
            change.mutate(
              { add: { ...draft, title: draft.title.trim(), titleZh: draft.titleZh.trim() || null, url: draft.url.trim() || null } },
              { onSuccess: () => setDraft({ ...draft, title: '', titleZh: '', url: '' }) },
            )
          }
        >
          {t('scorecardUi.toolkit.add')}
        </Button>
      </Group>
    </Stack>
  );
}
