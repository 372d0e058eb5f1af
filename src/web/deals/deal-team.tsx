import { Badge, Button, CloseButton, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePeople } from '../components/use-reference-data.ts';
import { useFormat } from '../i18n/use-format.ts';
import type { DealDetail } from './deal-types.ts';
import { useDealEdit } from './use-deal-edit.ts';
import { useDealLabels } from './use-deal-labels.ts';

const roles = ['sales', 'solution', 'delivery', 'executive', 'other'] as const;

/** The deal team; the delivery team belongs on it from solution design on (seed 002). */
export function DealTeam({ deal }: { deal: DealDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useDealLabels();
  const people = usePeople().data ?? [];
  const edit = useDealEdit(deal);
  const [userId, setUserId] = useState<string | null>(null);
  const [role, setRole] = useState<string>('delivery');
  return (
    <Paper withBorder p="md" radius="md" data-testid="deal-team">
      <Stack gap="xs">
        <Title order={4}>{t('dealsUi.team.title')}</Title>
        {deal.team.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('dealsUi.team.empty')}
          </Text>
        )}
        {deal.team.map((m) => (
          <Group key={`${m.userId}-${m.role}`} justify="space-between" wrap="nowrap" data-testid="team-member">
            <Group gap="xs" wrap="nowrap">
              <Text size="sm">{format.name(m.name, m.nameZh)}</Text>
              <Badge size="sm" variant="light" color={m.role === 'delivery' ? 'orange' : 'gray'}>
                {labels.teamRole(m.role)}
              </Badge>
            </Group>
            <CloseButton
              size="sm"
              aria-label={t('dealsUi.team.remove')}
              onClick={() => edit.run({ method: 'DELETE', path: `/team/${m.userId}`, query: { role: m.role } })}
            />
          </Group>
        ))}
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <Select
            placeholder={t('dealsUi.team.person')}
            data={people.map((p) => ({ value: p.id, label: format.name(p.name, p.nameZh) }))}
            value={userId}
            onChange={setUserId}
            searchable
            style={{ flex: 1 }}
            data-testid="team-person"
          />
          <Select
            data={roles.map((r) => ({ value: r, label: labels.teamRole(r) }))}
            value={role}
            onChange={(value) => value && setRole(value)}
            allowDeselect={false}
            w={120}
            data-testid="team-role"
          />
          <Button
            size="sm"
            disabled={!userId}
            loading={edit.pending}
            onClick={() => userId && edit.run({ method: 'POST', path: '/team', body: { userId, role } }, () => setUserId(null))}
            data-testid="team-add"
          >
            {t('dealsUi.team.add')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
