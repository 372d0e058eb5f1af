import { Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Tier } from '../../domain/catalog.ts';
import { TierBadge } from '../components/badges.tsx';
import { EmptyNote } from '../components/empty-state.tsx';
import { useFormat } from '../i18n/use-format.ts';
import type { Dashboard } from './dashboard-types.ts';
import { AccountLink, MoreLink, SectionCard, WhyButton } from './section-card.tsx';

/** 压款的陷阱: accounts whose collection cycle or overdue share is past the limit, as their evaluation found. */
export function PaymentTrapsSection({ data }: { data: Dashboard }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { total, items } = data.paymentTraps;
  return (
    <SectionCard title={t('accounts.paymentTrap')} testId="dashboard-payment-traps" to="/accounts" count={total} alert={total > 0}>
      {items.length === 0 ? (
        <EmptyNote>{t('dashboard.paymentTraps.none')}</EmptyNote>
      ) : (
        <Stack gap={6}>
          {items.map((item) => (
            <Group key={item.account.id} justify="space-between" wrap="nowrap" gap="xs" data-testid="dashboard-payment-trap">
              <Group gap="xs" wrap="nowrap">
                <AccountLink account={item.account} tab="judgement" />
                <WhyButton label={format.name(item.account.name, item.account.nameZh)} reasons={item.reasons} />
              </Group>
              <TierBadge tier={item.account.tier as Tier | null} />
            </Group>
          ))}
          <MoreLink shown={items.length} total={total} to="/accounts" />
        </Stack>
      )}
    </SectionCard>
  );
}
