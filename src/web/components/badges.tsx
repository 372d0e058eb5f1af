import { Badge, type MantineColor, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
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

// Badges truncate by default; in tables and headers their words must stay whole.
const whole = { minWidth: 'max-content' } as const;

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
    <Badge variant="light" color={tierColors[tier] ?? 'gray'} style={whole} data-testid="tier-badge">
      {label('tiers', tier)}
    </Badge>
  );
}

export function TagBadge({ tag }: { tag: Tag | null | undefined }) {
  const label = useCatalog();
  if (!tag || tag === 'none') return null;
  return (
    <Badge variant="outline" color={tagColors[tag] ?? 'gray'} style={whole} data-testid="tag-badge">
      {label('tags', tag)}
    </Badge>
  );
}

export function StatusBadge({ status }: { status: AccountStatus | string }) {
  const label = useCatalog();
  return (
    <Badge variant="dot" color={statusColors[status as AccountStatus] ?? 'gray'} style={whole} data-testid="status-badge">
      {label('accountStatuses', status)}
    </Badge>
  );
}

/** The payment-trap flag (压款的陷阱) shown beside the tier wherever it appears. */
export function PaymentTrapBadge({ flagged }: { flagged: boolean | null | undefined }) {
  const { t } = useTranslation();
  if (!flagged) return null;
  return (
    <Tooltip label={t('accounts.paymentTrapHint')} multiline w={260} withArrow>
      <Badge variant="filled" color="red" style={whole} data-testid="payment-trap-badge">
        {t('accounts.paymentTrap')}
      </Badge>
    </Tooltip>
  );
}
