import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CurrentUser } from '../auth/user.ts';
import { usePeople } from '../components/use-reference-data.ts';
import { useFormat } from '../i18n/use-format.ts';

/** Whose week: a manager picks among the reps of their region, an executive or admin among all reps. */
export function PersonPicker({ user, value, onChange }: { user: CurrentUser; value: string | null; onChange: (userId: string | null) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const people = usePeople().data ?? [];
  const reps = people
    .filter((p) => p.role === 'rep' && p.id !== user.id && (user.role !== 'manager' || p.regionId === user.regionId))
    .map((p) => ({ value: p.id, label: format.name(p.name, p.nameZh) }))
    .sort((a, b) => a.label.localeCompare(b.label, format.locale));
  const me = { value: user.id, label: t('myWeek.me', { name: format.name(user.name, user.nameZh) }) };
  return (
    <Select
      w={240}
      label={t('myWeek.person')}
      data={[me, ...reps]}
      value={value ?? user.id}
      onChange={(v) => onChange(!v || v === user.id ? null : v)}
      searchable
      allowDeselect={false}
      data-testid="week-person"
    />
  );
}
