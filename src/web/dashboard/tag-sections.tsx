import type { Tier } from '../../domain/catalog.ts';
import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TierBadge } from '../components/badges.tsx';
import { EmptyNote } from '../components/empty-state.tsx';
import { useFormat } from '../i18n/use-format.ts';
import type { Dashboard } from './dashboard-types.ts';
import { AccountLink, MoreLink, SectionCard, WhyButton } from './section-card.tsx';

/** 危险客户: the accounts to defend, worst first, with the signals that fired and the visit density. */
export function DangerousSection({ data }: { data: Dashboard }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { total, items } = data.dangerous;
  const to = '/tag-boards?board=dangerous';
  return (
    <SectionCard title={t('tag.dangerous')} testId="dashboard-dangerous" to={to} count={total} alert={total > 0}>
      {items.length === 0 ? (
        <EmptyNote>{t('dashboard.dangerous.none')}</EmptyNote>
      ) : (
        <Stack gap="xs">
          {items.map((item) => (
            <Stack key={item.account.id} gap={2} data-testid="dashboard-dangerous-item" data-account-id={item.account.id}>
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Group gap="xs" wrap="nowrap">
                  <AccountLink account={item.account} tab="judgement" testId="dashboard-dangerous-link" />
                  <WhyButton label={format.name(item.account.name, item.account.nameZh)} reasons={item.reasons} />
                </Group>
                <TierBadge tier={item.account.tier as Tier | null} />
              </Group>
              <Group gap={4}>
                {item.signals.map((s) => (
                  <Badge key={s} size="xs" color="red" variant="light">
                    {t(`dangerousSignal.${s}`)}
                  </Badge>
                ))}
              </Group>
              <Text size="xs" c={item.visitDensity.value.meetsTarget ? 'dimmed' : 'red'}>
                {t('dashboard.dangerous.visits', {
                  perMonth: format.number(item.visitDensity.value.perMonth),
                  target: format.number(item.visitDensity.value.target),
                })}
                {' · '}
                {item.hasDefencePlan ? t('dashboard.dangerous.plan') : t('dashboard.dangerous.noPlan')}
                {item.owner ? ` · ${format.name(item.owner.name, item.owner.nameZh)}` : ''}
              </Text>
            </Stack>
          ))}
          <MoreLink shown={items.length} total={total} to={to} />
        </Stack>
      )}
    </SectionCard>
  );
}

/** 钉子客户: the long-stalled, high-value accounts and where the attack (组合攻关) stands. */
export function NailsSection({ data }: { data: Dashboard }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { total, items, underAttack } = data.nails;
  const to = '/tag-boards?board=nail';
  return (
    <SectionCard title={t('dashboard.nails.title')} testId="dashboard-nails" to={to} count={total}>
      <Text size="xs" c="dimmed" mb="xs">
        {t('dashboard.nails.underAttack', { count: underAttack, total })}
      </Text>
      {items.length === 0 ? (
        <EmptyNote>{t('dashboard.nails.none')}</EmptyNote>
      ) : (
        <Stack gap="xs">
          {items.map((item) => (
            <Group key={item.account.id} justify="space-between" wrap="nowrap" gap="xs" data-testid="dashboard-nail-item">
              <Stack gap={0}>
                <Group gap="xs" wrap="nowrap">
                  <AccountLink account={item.account} tab="judgement" />
                  <WhyButton label={format.name(item.account.name, item.account.nameZh)} reasons={item.reasons} />
                </Group>
                <Text size="xs" c="dimmed">
                  {item.stalledDays !== null ? t('dashboard.nails.stalled', { count: Math.round(item.stalledDays) }) : ''}
                  {item.nextStep ? ` · ${t('dashboard.nails.nextStep', { step: t(`escalationStep.${item.nextStep}`) })}` : ''}
                </Text>
              </Stack>
              <Badge
                color={item.decision === 'attack' ? 'orange' : 'gray'}
                variant={item.decision ? 'light' : 'outline'}
                style={{ minWidth: 'max-content' }}
              >
                {item.decision ? t(`nailDecision.${item.decision}`) : t('dashboard.nails.notAssessed')}
              </Badge>
            </Group>
          ))}
          <MoreLink shown={items.length} total={total} to={to} />
        </Stack>
      )}
    </SectionCard>
  );
}
