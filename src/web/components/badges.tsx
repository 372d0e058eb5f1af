import { Badge, type MantineColor } from '@mantine/core';
import type { AccountStatus, Tag, Tier } from '../../domain/catalog.ts';
import { useCatalog } from '../i18n/use-catalog.ts';

const tierColors: Record<Tier, MantineColor> = {
  strategic: 'teal',
  key_account: 'blue',
  high_potential: 'violet',
  regular: 'gray',
};

const tagColors: Record<Tag, MantineColor> = {
  benchmark: 'yellow',
  nail: 'orange',
  dangerous: 'red',
  none: 'gray',
};

const statusColors: Record<AccountStatus, MantineColor> = {
  prospect: 'cyan',
  active: 'green',
  dormant: 'yellow',
  lost: 'red',
  archived: 'gray',
};

export function TierBadge({ tier }: { tier: Tier | null | undefined }) {
  const label = useCatalog();
  if (!tier) return null;
  return (
    <Badge variant="light" color={tierColors[tier] ?? 'gray'} data-testid="tier-badge">
      {label('tiers', tier)}
    </Badge>
  );
}

export function TagBadge({ tag }: { tag: Tag | null | undefined }) {
  const label = useCatalog();
  if (!tag || tag === 'none') return null;
  return (
    <Badge variant="outline" color={tagColors[tag] ?? 'gray'} data-testid="tag-badge">
      {label('tags', tag)}
    </Badge>
  );
}

export function StatusBadge({ status }: { status: AccountStatus | string }) {
  const label = useCatalog();
  return (
    <Badge variant="dot" color={statusColors[status as AccountStatus] ?? 'gray'} data-testid="status-badge">
      {label('accountStatuses', status)}
    </Badge>
  );
}
