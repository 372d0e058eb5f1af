import { Anchor, Breadcrumbs, Grid, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../components/error-alert.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { useFormat } from '../i18n/use-format.ts';
import { DealActions } from './deal-actions.tsx';
import { DealFormModal } from './deal-form-modal.tsx';
import { DealHeader } from './deal-header.tsx';
import { DealLtc } from './deal-ltc.tsx';
import { DealPlaybook } from './deal-playbook.tsx';
import { DealProofs } from './deal-proofs.tsx';
import { DealSignals } from './deal-signals.tsx';
import { DealTeam } from './deal-team.tsx';
import { DealTracks } from './deal-tracks.tsx';
import { DealWarnings } from './deal-warnings.tsx';
import { OnboardingIssues } from './onboarding-issues.tsx';
import { useDeal } from './use-deals.ts';

/** One deal: both tracks, the warnings, the signal and action logs, the playbook, the team, the proof, onboarding. */
export function DealPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '', dealId = '' } = useParams();
  const query = useDeal(id, dealId);
  const [editing, { open, close }] = useDisclosure(false);
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  const deal = query.data;
  const solution = deal.kind === 'solution';

  return (
    <Stack gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to={solution ? '/deals' : '/deals?board=ltc'} size="sm">
          {t('dealsUi.title')}
        </Anchor>
        <Anchor component={Link} to={`/accounts/${deal.accountId}?tab=deals`} size="sm">
          {format.name(deal.accountName, deal.accountNameZh)}
        </Anchor>
        <Text size="sm">{format.name(deal.name, deal.nameZh)}</Text>
      </Breadcrumbs>
      <DealHeader deal={deal} onEdit={open} />
      <DealWarnings deal={deal} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="md">
            {solution ? <DealTracks deal={deal} /> : <DealLtc deal={deal} />}
            {solution && <DealSignals deal={deal} />}
            <DealActions deal={deal} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md">
            {solution && <DealPlaybook deal={deal} />}
            {solution && deal.outcome === 'won' && <OnboardingIssues deal={deal} />}
            <DealTeam deal={deal} />
            <DealProofs deal={deal} />
          </Stack>
        </Grid.Col>
      </Grid>
      <DealFormModal accountId={deal.accountId} deal={deal} opened={editing} onClose={close} />
    </Stack>
  );
}
