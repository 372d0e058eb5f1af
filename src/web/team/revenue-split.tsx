import { ActionIcon, Badge, Button, Card, Group, NumberInput, Select, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../app/api.ts';
import { accountKeys } from '../accounts/use-accounts.ts';
import type { Judged } from '../cockpit/organisation-types.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { useDepartments } from '../components/use-reference-data.ts';
import { useFormat } from '../i18n/use-format.ts';
import { ReasonList } from '../judgements/reason-list.tsx';

interface Splits {
  splits: { departmentId: string; departmentName: string; departmentNameZh: string; share: number }[];
  check: Judged<{ present: boolean; totalShare: number; valid: boolean }>;
}

/** Profit sharing (分润): the account's revenue split between the departments that serve it; leaders edit it, it must sum to 100 %. */
export function RevenueSplit({ accountId, canEdit }: { accountId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const client = useQueryClient();
  const departments = useDepartments().data ?? [];
  const key = accountKeys.part(accountId, 'revenue-splits');
  const current = useQuery({ queryKey: key, queryFn: ({ signal }) => api<Splits>(`/accounts/${accountId}/revenue-splits`, { signal }) });
  const save = useMutation({
    mutationFn: (splits: { departmentId: string; share: number }[]) => api<Splits>(`/accounts/${accountId}/revenue-splits`, { method: 'PUT', body: { splits } }),
    onSuccess: (data) => client.setQueryData(key, data),
  });
  const [rows, setRows] = useState<{ departmentId: string | null; percent: number }[]>([]);
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    if (current.data && !editing) setRows(current.data.splits.map((s) => ({ departmentId: s.departmentId, percent: Math.round(s.share * 1000) / 10 })));
  }, [current.data, editing]);
  if (!current.data) return null;
  const total = rows.reduce((sum, r) => sum + r.percent, 0);

  return (
    <Card withBorder padding="md" data-testid="revenue-split">
      <Group justify="space-between" mb="xs">
        <Title order={5}>{t('scorecardUi.sharing.accountTitle')}</Title>
        <Badge color={current.data.check.value.valid ? 'teal' : 'orange'} variant="light">
          {t(current.data.check.value.valid ? 'scorecardUi.sharing.valid' : current.data.check.value.present ? 'scorecardUi.sharing.notWhole' : 'scorecardUi.sharing.missing')}
        </Badge>
      </Group>
      {!editing ? (
        <Stack gap={4}>
          <Text size="sm">
            {current.data.splits.map((s) => `${format.name(s.departmentName, s.departmentNameZh)} ${format.percent(s.share)}`).join(' · ') || t('scorecardUi.sharing.none')}
          </Text>
          <ReasonList reasons={current.data.check.reasons} />
          {canEdit && (
            <Group>
              <Button size="xs" variant="light" onClick={() => setEditing(true)}>
                {t('scorecardUi.sharing.edit')}
              </Button>
            </Group>
          )}
        </Stack>
      ) : (
        <Stack gap="xs">
          {rows.map((row, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place
            <Group key={i} gap="xs">
              <Select data={departments.map((d) => ({ value: d.id, label: format.name(d.nameEn, d.nameZh) }))} value={row.departmentId} onChange={(v) => setRows(rows.map((r, j) => (j === i ? { ...r, departmentId: v } : r)))} w={220} />
              <NumberInput value={row.percent} onChange={(v) => setRows(rows.map((r, j) => (j === i ? { ...r, percent: Number(v) || 0 } : r)))} min={0} max={100} suffix=" %" w={110} />
              <ActionIcon variant="subtle" color="gray" aria-label={t('organisationUi.remove')} onClick={() => setRows(rows.filter((_, j) => j !== i))}>
                ×
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button size="xs" variant="subtle" onClick={() => setRows([...rows, { departmentId: null, percent: 0 }])}>
              {t('scorecardUi.sharing.addDepartment')}
            </Button>
            <Text size="sm" c={Math.abs(total - 100) < 0.01 ? 'teal' : 'red'}>
              {t('scorecardUi.sharing.total', { total: Math.round(total * 10) / 10 })}
            </Text>
          </Group>
          {save.error ? <ErrorAlert error={save.error} /> : null}
          <Group>
            <Button size="xs" variant="default" onClick={() => setEditing(false)}>
              {t('form.cancel')}
            </Button>
            <Button
              size="xs"
              loading={save.isPending}
              disabled={rows.some((r) => !r.departmentId)}
              onClick={() => save.mutate(rows.map((r) => ({ departmentId: r.departmentId as string, share: r.percent / 100 })), { onSuccess: () => setEditing(false) })}
            >
              {t('form.save')}
            </Button>
          </Group>
        </Stack>
      )}
    </Card>
  );
}
