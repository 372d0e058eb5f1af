import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FourPatsBadges } from '../cockpit/four-pats.tsx';
import { EmptyNote } from '../components/empty-state.tsx';
import { useFormat } from '../i18n/use-format.ts';
import type { Dashboard } from './dashboard-types.ts';
import { AccountLink, MoreLink, SectionCard, WhyButton } from './section-card.tsx';

/** 一把手工程: the four pats (四拍) over my accounts, and where they show. */
export function ExecutivesSection({ data }: { data: Dashboard }) {
  const { t } = useTranslation();
  const format = useFormat();
  const e = data.executives;
  const flagged = Object.values(e.fourPats).reduce((a, b) => a + b, 0);
  return (
    <SectionCard title={t('dashboard.executives.title')} testId="dashboard-executives" to="/cockpit" count={flagged} alert={flagged > 0}>
      <FourPatsBadges counts={e.fourPats} testId="dashboard-four-pats" />
      <Stack gap={6} mt="sm">
        {e.handsOff.map(({ account, check }) => (
          <Group key={account.id} gap="xs" wrap="nowrap" data-testid="dashboard-hands-off">
            <Badge size="xs" color="red" variant="light" style={{ minWidth: 'max-content' }}>
              {t('organisation.guardRails.hands_off')}
            </Badge>
            <AccountLink account={account} tab="executives" />
            <WhyButton label={format.name(account.name, account.nameZh)} reasons={check.reasons} />
          </Group>
        ))}
        {e.unplannedVisits.map((v) => (
          <Group key={v.id} gap="xs" wrap="nowrap" data-testid="dashboard-unplanned-visit">
            <Badge size="xs" color="red" variant="light" style={{ minWidth: 'max-content' }}>
              {t('organisation.guardRails.unplanned_visit')}
            </Badge>
            <AccountLink account={{ id: v.accountId, name: v.accountName, nameZh: v.accountNameZh }} tab="executives" />
            <Text size="xs" c="dimmed">
              {format.date(v.at)}
            </Text>
            <WhyButton label={v.subject} reasons={v.check.reasons} />
          </Group>
        ))}
        {e.blamingSales.map((esc) => (
          <Group key={esc.id} gap="xs" wrap="nowrap" data-testid="dashboard-blaming-sales">
            <Badge size="xs" color="red" variant="light" style={{ minWidth: 'max-content' }}>
              {t('organisation.guardRails.blaming_sales')}
            </Badge>
            <AccountLink account={{ id: esc.accountId, name: esc.accountName, nameZh: esc.accountNameZh }} tab="executives" />
            <WhyButton label={esc.title} reasons={esc.route.reasons} />
          </Group>
        ))}
      </Stack>
      <Text size="xs" c="dimmed" mt="sm">
        {t('dashboard.executives.pairings', { overdue: e.overduePairings, unpaired: e.unpairedStrategic.length })}
      </Text>
    </SectionCard>
  );
}

/** 拍胸脯: promises made to customers that are overdue or broken, on the person and the account. */
export function CommitmentsSection({ data }: { data: Dashboard }) {
  const { t } = useTranslation();
  const format = useFormat();
  const c = data.commitments;
  const total = c.overdue + c.broken;
  return (
    <SectionCard
      title={t('dashboard.commitments.title')}
      testId="dashboard-commitments"
      to="/cockpit"
      count={total}
      alert={total > 0}
      why={c.reasons}
    >
      <Text size="xs" c="dimmed" mb="xs">
        {t('dashboard.commitments.summary', { overdue: c.overdue, broken: c.broken })}
      </Text>
      {c.items.length === 0 ? (
        <EmptyNote>{t('dashboard.commitments.none')}</EmptyNote>
      ) : (
        <Stack gap={6}>
          {c.items.map((item) => (
            <Stack key={item.id} gap={0} data-testid="dashboard-commitment">
              <Group gap="xs" wrap="nowrap" justify="space-between">
                <Group gap="xs" wrap="nowrap">
                  <AccountLink account={{ id: item.accountId, name: item.accountName, nameZh: item.accountNameZh }} tab="executives" />
                  <WhyButton label={item.what} reasons={item.reasons} />
                </Group>
                <Badge size="sm" color="red" variant={item.flag === 'broken' ? 'filled' : 'light'} style={{ minWidth: 'max-content' }}>
                  {item.flag === 'broken'
                    ? t('organisation.commitmentStatuses.broken')
                    : t('organisationUi.commitments.overdueBy', { count: Math.ceil(item.daysOverdue ?? 0) })}
                </Badge>
              </Group>
              <Text size="xs" c="dimmed" lineClamp={1}>
                {format.name(item.promisedByName, item.promisedByNameZh)}: {item.what}
              </Text>
            </Stack>
          ))}
          <MoreLink shown={c.items.length} total={total} to="/cockpit" />
        </Stack>
      )}
    </SectionCard>
  );
}
