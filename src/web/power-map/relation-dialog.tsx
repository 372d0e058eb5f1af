import { Alert, Button, Group, Modal, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { relationKinds } from '../../domain/catalog.ts';
import type { RelationKind } from '../../domain/power-map/contact.ts';
import { useErrorText } from '../components/error-alert.tsx';
import { useCatalog } from '../i18n/use-catalog.ts';
import type { MapRelation } from './power-map-types.ts';
import { relationColors } from './relation-edge.tsx';
import { type NewRelation, useAddRelation, useDeleteRelation, useUpdateRelation } from './use-power-map.ts';

/** A line just drawn on the canvas (its kind still to pick), or an existing one clicked. */
export type RelationDraft =
  | { mode: 'new'; scope: MapRelation['scope']; from: string; to: string }
  | { mode: 'edit'; relation: MapRelation };

interface RelationDialogProps {
  accountId: string;
  draft: RelationDraft | null;
  /** The display name of a person (by id) or a department (by name). */
  nameOf: (scope: MapRelation['scope'], end: string) => string;
  onClose: () => void;
}

/** Pick the kind of a new line (reports to, ally, rival, influences), or change or remove an existing one. */
export function RelationDialog({ accountId, draft, nameOf, onClose }: RelationDialogProps) {
  const { t } = useTranslation();
  const label = useCatalog();
  const errorText = useErrorText();
  const add = useAddRelation(accountId);
  const update = useUpdateRelation(accountId);
  const remove = useDeleteRelation(accountId);
  const [kind, setKind] = useState<RelationKind>('influences');
  const [strength, setStrength] = useState(2);
  const [note, setNote] = useState('');
  const [ends, setEnds] = useState<{ from: string; to: string }>({ from: '', to: '' });
  const [failure, setFailure] = useState<unknown>(null);

  useEffect(() => {
    if (!draft) return;
    setFailure(null);
    if (draft.mode === 'edit') {
      setKind(draft.relation.kind);
      setStrength(draft.relation.strength);
      setNote(draft.relation.note ?? '');
      setEnds({ from: draft.relation.from, to: draft.relation.to });
    } else {
      setKind(draft.scope === 'department' ? 'ally' : 'influences');
      setStrength(2);
      setNote('');
      setEnds({ from: draft.from, to: draft.to });
    }
  }, [draft]);

  if (!draft) return null;
  const scope = draft.mode === 'edit' ? draft.relation.scope : draft.scope;
  const from = nameOf(scope, ends.from);
  const to = nameOf(scope, ends.to);
  const busy = add.isPending || update.isPending || remove.isPending;

  const run = async (action: () => Promise<unknown>) => {
    setFailure(null);
    try {
      await action();
      onClose();
    } catch (err) {
      setFailure(err);
    }
  };
  const save = () =>
    run(() =>
      draft.mode === 'edit'
        ? update.mutateAsync({ id: draft.relation.id, version: draft.relation.version, kind, strength, note: note.trim() || null })
        : add.mutateAsync({ scope, from: ends.from, to: ends.to, kind, strength, note: note.trim() || null } satisfies NewRelation),
    );

  return (
    <Modal
      opened
      onClose={onClose}
      title={draft.mode === 'edit' ? t('powerMapUi.relation.editTitle') : t('powerMapUi.relation.addTitle')}
      data-testid="relation-dialog"
    >
      <Stack gap="sm">
        <Text size="sm" data-testid="relation-sentence">
          {t(`powerMapUi.relation.sentence.${kind}`, { from, to })}
        </Text>
        {draft.mode === 'new' && (kind === 'reports_to' || kind === 'influences') ? (
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={() => setEnds({ from: ends.to, to: ends.from })}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('powerMapUi.relation.swap')}
          </Button>
        ) : null}
        <SegmentedControl
          fullWidth
          value={kind}
          onChange={(value) => setKind(value as RelationKind)}
          data={relationKinds.map((id) => ({
            value: id,
            label: (
              <Text size="sm" c={relationColors[id]} fw={600} data-testid={`relation-kind-${id}`}>
                {label('relationKinds', id)}
              </Text>
            ),
          }))}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('powerMapUi.relation.strength')}
          </Text>
          <SegmentedControl
            value={String(strength)}
            onChange={(value) => setStrength(Number(value))}
            data={[1, 2, 3].map((n) => ({ value: String(n), label: t(`powerMapUi.relation.strengths.${n}`) }))}
          />
        </Stack>
        <Textarea
          label={t('powerMapUi.relation.note')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          autosize
          minRows={2}
          maxRows={5}
        />
        {failure ? (
          <Alert color="red" variant="light" role="alert">
            {errorText(failure)}
          </Alert>
        ) : null}
        <Group justify="space-between">
          {draft.mode === 'edit' ? (
            <Button
              color="red"
              variant="light"
              loading={remove.isPending}
              disabled={busy}
              onClick={() => run(() => remove.mutateAsync(draft.relation.id))}
              data-testid="relation-delete"
            >
              {t('powerMapUi.relation.delete')}
            </Button>
          ) : (
            <span />
          )}
          <Group gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button onClick={save} loading={add.isPending || update.isPending} disabled={busy} data-testid="relation-save">
              {t('form.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
