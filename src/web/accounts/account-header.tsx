import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../components/badges.tsx';
import { useCatalog } from '../i18n/use-catalog.ts';
import { useFormat } from '../i18n/use-format.ts';
import type { Account } from './account-types.ts';

/** Name, status, industry, region and owner: who this customer is at a glance. */
export function AccountHeader({ account, onEdit }: { account: Account; onEdit: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useCatalog();
  const name = format.name(account.name, account.nameZh);
  // The other language's name helps when talking to the customer.
  const otherName = name === account.name ? account.nameZh : account.name;
  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="sm" align="center">
            <Title order={2} data-testid="account-name">
              {name}
            </Title>
            <StatusBadge status={account.status} />
          </Group>
          {otherName && (
            <Text c="dimmed" size="sm">
              {otherName}
            </Text>
          )}
          <Group gap="xs" mt={4}>
            <Badge variant="light" color="gray">
              {label('industries', account.industry)}
            </Badge>
            {account.region && (
              <Badge variant="light" color="gray">
                {format.name(account.region.nameEn, account.region.nameZh)}
              </Badge>
            )}
            <Text size="sm" c="dimmed">
              {account.province} · {account.city}
            </Text>
            <Text size="sm" c="dimmed">
              {t('account.ownerLabel', { name: account.owner ? format.name(account.owner.name, account.owner.nameZh) : '—' })}
            </Text>
          </Group>
        </Stack>
        <Button variant="light" onClick={onEdit} data-testid="account-edit">
          {t('account.edit')}
        </Button>
      </Group>
    </Paper>
  );
}
