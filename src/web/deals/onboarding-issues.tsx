import { Badge, Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePeople } from '../components/use-reference-data.ts';
import { useFormat } from '../i18n/use-format.ts';
import type { DealDetail } from './deal-types.ts';
import { today } from './signal-form.tsx';
import { useDealEdit } from './use-deal-edit.ts';

/** Delivery (磨合期), the riskiest stage: issues raised during onboarding, each with an owner and a due day. */
export function OnboardingIssues({ deal }: { deal: DealDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const people = usePeople().data ?? [];
  const edit = useDealEdit(deal);
  const [title, setTitle] = useState('');
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [dueOn, setDueOn] = useState(today);
  const add = () =>
    edit.run({ method: 'POST', path: '/onboarding-issues', body: { title: title.trim(), ownerId, dueOn } }, () => setTitle(''));
  const setStatus = (issueId: string, status: 'open' | 'done') =>
    edit.run({ method: 'PATCH', path: `/onboarding-issues/${issueId}`, body: { status } });

  return (
    <Paper withBorder p="md" radius="md" data-testid="onboarding-issues">
      <Stack gap="xs">
        <Title order={4}>{t('dealsUi.onboarding.title')}</Title>
        <Text size="xs" c="dimmed">
          {t('dealsUi.onboarding.hint')}
        </Text>
        {deal.onboardingIssues.map((issue) => (
          <Group key={issue.id} justify="space-between" wrap="nowrap" align="flex-start" data-testid="onboarding-issue">
            <Stack gap={0}>
              <Text size="sm" td={issue.status === 'done' ? 'line-through' : undefined}>
                {issue.title}
              </Text>
              <Group gap={4}>
                <Text size="xs" c="dimmed">
                  {t('dealsUi.onboarding.ownerDue', {
                    name: issue.ownerName ? format.name(issue.ownerName, issue.ownerNameZh) : '—',
                    date: format.date(issue.dueOn),
                  })}
                </Text>
                {issue.daysOverdue !== null && (
                  <Badge size="xs" color="red" variant="filled" data-testid="issue-overdue">
                    {t('dealsUi.onboarding.overdue', { count: issue.daysOverdue })}
                  </Badge>
                )}
              </Group>
            </Stack>
            <Button
              size="compact-xs"
              variant="subtle"
              style={{ flexShrink: 0 }}
              onClick={() => setStatus(issue.id, issue.status === 'done' ? 'open' : 'done')}
            >
              {issue.status === 'done' ? t('dealsUi.onboarding.reopen') : t('dealsUi.onboarding.markDone')}
            </Button>
          </Group>
        ))}
        <TextInput
          placeholder={t('dealsUi.onboarding.newIssue')}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          data-testid="issue-title"
        />
        <Group gap="xs" wrap="nowrap">
          <Select
            placeholder={t('dealsUi.onboarding.owner')}
            data={people.map((p) => ({ value: p.id, label: format.name(p.name, p.nameZh) }))}
            value={ownerId}
            onChange={setOwnerId}
            searchable
            clearable
            style={{ flex: 1 }}
          />
          <TextInput
            type="date"
            value={dueOn}
            onChange={(e) => setDueOn(e.currentTarget.value)}
            w={150}
            aria-label={t('dealsUi.onboarding.due')}
          />
          <Button size="sm" onClick={add} disabled={!title.trim() || !dueOn} loading={edit.pending} data-testid="issue-add">
            {t('dealsUi.onboarding.add')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
