import { Anchor, Breadcrumbs, Stack, Tabs, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { AccountExecutives } from '../cockpit/account-executives.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { AccountDeals } from '../deals/account-deals.tsx';
import { useFormat } from '../i18n/use-format.ts';
import { JudgementPanel } from '../judgements/judgement-panel.tsx';
import { AccountSupport } from '../support/account-support.tsx';
import { AccountActivities } from './account-activities.tsx';
import { AccountCompetitors } from './account-competitors.tsx';
import { AccountContacts } from './account-contacts.tsx';
import { AccountDetails } from './account-details.tsx';
import { AccountFinancials } from './account-financials.tsx';
import { AccountFormModal } from './account-form-modal.tsx';
import { AccountHeader } from './account-header.tsx';
import { AccountHistory } from './account-history.tsx';
import { AccountSites } from './account-sites.tsx';
import { AccountTeam } from './account-team.tsx';
import { useAccount } from './use-accounts.ts';

const sections = ['details', 'judgement', 'sites', 'financials', 'contacts', 'activities', 'competitors', 'team', 'executives', 'support', 'deals', 'history'] as const;
type Section = (typeof sections)[number];

/** Account 360: everything about one account on one page. */
export function AccountPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const account = useAccount(id);
  const [editing, { open, close }] = useDisclosure(false);
  const tab = sections.includes(params.get('tab') as Section) ? (params.get('tab') as Section) : 'details';

  if (account.isPending) return <PageLoader />;
  if (account.isError) return <ErrorAlert error={account.error} />;
  const data = account.data;

  return (
    <Stack gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to="/accounts" size="sm">
          {t('accounts.title')}
        </Anchor>
        <Text size="sm">{format.name(data.name, data.nameZh)}</Text>
      </Breadcrumbs>
      <AccountHeader account={data} onEdit={open} />
      <Tabs
        value={tab}
        onChange={(value) => setParams(value && value !== 'details' ? { tab: value } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List>
          {sections.map((section) => (
            <Tabs.Tab key={section} value={section} data-testid={`tab-${section}`}>
              {t(`account.tabs.${section}`)}
            </Tabs.Tab>
          ))}
          <Anchor
            component={Link}
            to={`/accounts/${id}/plan`}
            size="sm"
            ml="auto"
            style={{ alignSelf: 'center' }}
            data-testid="account-plan-link"
          >
            {t('planUi.open')} →
          </Anchor>
          <Anchor
            component={Link}
            to={`/accounts/${id}/power-map`}
            size="sm"
            ml="md"
            style={{ alignSelf: 'center' }}
            title={t('powerMapUi.openHint')}
            data-testid="account-power-map-link"
          >
            {t('powerMapUi.open')} →
          </Anchor>
        </Tabs.List>
        <Tabs.Panel value="details" pt="md">
          <AccountDetails account={data} />
        </Tabs.Panel>
        <Tabs.Panel value="judgement" pt="md">
          <JudgementPanel accountId={id} />
        </Tabs.Panel>
        <Tabs.Panel value="sites" pt="md">
          <AccountSites accountId={id} />
        </Tabs.Panel>
        <Tabs.Panel value="financials" pt="md">
          <AccountFinancials accountId={id} />
        </Tabs.Panel>
        <Tabs.Panel value="contacts" pt="md">
          <AccountContacts accountId={id} />
        </Tabs.Panel>
        <Tabs.Panel value="activities" pt="md">
          <AccountActivities accountId={id} />
        </Tabs.Panel>
        <Tabs.Panel value="competitors" pt="md">
          <AccountCompetitors accountId={id} />
        </Tabs.Panel>
        <Tabs.Panel value="team" pt="md">
          <AccountTeam accountId={id} />
        </Tabs.Panel>
        <Tabs.Panel value="executives" pt="md">
          <AccountExecutives accountId={id} />
        </Tabs.Panel>
        <Tabs.Panel value="support" pt="md">
          <AccountSupport accountId={id} />
        </Tabs.Panel>
        <Tabs.Panel value="deals" pt="md">
          <AccountDeals accountId={id} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <AccountHistory accountId={id} />
        </Tabs.Panel>
      </Tabs>
      <AccountFormModal opened={editing} onClose={close} account={data} />
    </Stack>
  );
}
