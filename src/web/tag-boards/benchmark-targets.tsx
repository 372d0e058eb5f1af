import { Badge, Button, Group, NumberInput, Progress, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../auth/use-current-user.ts';
import { EmptyNote } from '../components/empty-state.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { useFormat } from '../i18n/use-format.ts';
import { ReasonList } from '../judgements/reason-list.tsx';
import { RecordModal, useFieldError } from '../judgements/record-modal.tsx';
import { AccountPicker } from './account-picker.tsx';
import type { RepTarget } from './playbook-types.ts';
import { useBenchmarkTargets, useSaveTarget } from './use-boards.ts';

/** 硬任务: each rep's benchmark target for the year, the candidates they listed, and how far they got. */
export function BenchmarkTargets({ year }: { year: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data: user } = useCurrentUser();
  const targets = useBenchmarkTargets(year);
  const [editing, setEditing] = useState<RepTarget | null>(null);
  if (targets.isPending) return <PageLoader />;
  if (targets.isError) return <ErrorAlert error={targets.error} />;
  if (targets.data.items.length === 0) return <EmptyNote>{t('tagBoardsUi.targets.empty')}</EmptyNote>;
  const manages = user?.role === 'manager' || user?.role === 'executive' || user?.role === 'admin';

  return (
    <>
      <Table.ScrollContainer minWidth={760}>
        <Table striped data-testid="benchmark-targets">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('tagBoardsUi.targets.rep')}</Table.Th>
              <Table.Th w={220}>{t('tagBoardsUi.targets.progress')}</Table.Th>
              <Table.Th>{t('tagBoardsUi.targets.candidates')}</Table.Th>
              <Table.Th>{t('tagBoardsUi.targets.visits')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {targets.data.items.map((row) => {
              const p = row.progress.value;
              return (
                <Table.Tr key={row.rep.id}>
                  <Table.Td>{format.name(row.rep.name, row.rep.nameZh)}</Table.Td>
                  <Table.Td>
                    <Tooltip label={<ReasonList reasons={row.progress.reasons} />} multiline w={360} withArrow>
                      <Stack gap={2}>
                        <Text size="sm">{t('tagBoardsUi.targets.achieved', { achieved: p.achieved, target: p.target })}</Text>
                        <Progress
                          value={p.target > 0 ? Math.min(100, (p.achieved / p.target) * 100) : 100}
                          color={p.achieved >= p.target ? 'teal' : 'orange'}
                        />
                      </Stack>
                    </Tooltip>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {row.candidates.map((c) => (
                        <Badge key={c.accountId} size="sm" variant={c.visited ? 'light' : 'outline'} color={c.visited ? 'teal' : 'orange'}>
                          {format.name(c.name, c.nameZh)}
                        </Badge>
                      ))}
                      {row.candidates.length === 0 && (
                        <Text size="sm" c="dimmed">
                          {t('tagBoardsUi.targets.noCandidates')}
                        </Text>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{p.visits}</Table.Td>
                  <Table.Td>
                    {(manages || row.rep.id === user?.id) && (
                      <Button size="xs" variant="subtle" onClick={() => setEditing(row)} data-testid={`edit-target-${row.rep.id}`}>
                        {t('tagBoardsUi.targets.edit')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <TargetModal
        year={year}
        row={editing}
        canSetTarget={manages}
        defaultTarget={targets.data.defaultTarget}
        onClose={() => setEditing(null)}
      />
    </>
  );
}

function TargetModal(props: { year: number; row: RepTarget | null; canSetTarget: boolean; defaultTarget: number; onClose: () => void }) {
  const { year, row, canSetTarget, defaultTarget, onClose } = props;
  const { t } = useTranslation();
  const save = useSaveTarget(year);
  const fieldError = useFieldError(save.error);
  const [target, setTarget] = useState<number | string>(row?.target ?? defaultTarget);
  const [candidates, setCandidates] = useState<{ id: string; label: string }[]>([]);
  const [openedFor, setOpenedFor] = useState<string | null>(null);
  // A new row opens with its own values (the modal stays mounted between rows).
  if (row && openedFor !== row.rep.id) {
    setOpenedFor(row.rep.id);
    setTarget(row.target ?? defaultTarget);
    setCandidates(row.candidates.map((c) => ({ id: c.accountId, label: c.name })));
    save.reset();
  }
  const close = () => {
    setOpenedFor(null);
    onClose();
  };
  return (
    <RecordModal
      opened={row !== null}
      onClose={close}
      title={t('tagBoardsUi.targets.editTitle', { name: row?.rep.name ?? '', year })}
      error={save.error}
      fields={['target', 'candidateAccountIds']}
      pending={save.isPending}
      onSubmit={() =>
        row &&
        save.mutate(
          { userId: row.rep.id, ...(canSetTarget ? { target: Number(target) } : {}), candidateAccountIds: candidates.map((c) => c.id) },
          { onSuccess: close },
        )
      }
      testId="target"
    >
      <NumberInput
        label={t('tagBoardsUi.targets.target')}
        value={target}
        onChange={setTarget}
        min={0}
        max={50}
        disabled={!canSetTarget}
        error={fieldError('target')}
      />
      <AccountPicker label={t('tagBoardsUi.targets.candidates')} value={candidates} onChange={setCandidates} />
    </RecordModal>
  );
}
