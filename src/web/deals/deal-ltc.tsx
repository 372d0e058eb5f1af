import { Button, Group, Paper, Stepper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LTC_STAGES, type LtcStage } from '../../domain/deals/stages.ts';
import type { DealDetail } from './deal-types.ts';
import { useDealEdit } from './use-deal-edit.ts';
import { useDealLabels } from './use-deal-labels.ts';
import { useDealCatalogue } from './use-deals.ts';

/** A standard deal on Lead to Cash: where it is, and the one step it may take next. */
export function DealLtc({ deal }: { deal: DealDetail }) {
  const { t } = useTranslation();
  const labels = useDealLabels();
  const edit = useDealEdit(deal);
  const earlyClose = useDealCatalogue().data?.ltcAllowEarlyClose ?? true;
  const at = LTC_STAGES.indexOf(deal.stage as LtcStage);
  const next = deal.judgements.nextLtcStage;
  const move = (stage: string) => edit.run({ method: 'POST', path: '/stage', body: { stage, version: deal.version } });
  return (
    <Paper withBorder p="md" radius="md" data-testid="deal-ltc">
      <Title order={4} mb="sm">
        {t('dealsUi.ltc.title')}
      </Title>
      <Stepper active={deal.stage === 'closed' ? LTC_STAGES.length : at} size="xs" allowNextStepsSelect={false}>
        {LTC_STAGES.map((stage) => (
          <Stepper.Step key={stage} label={labels.stage('standard', stage)} />
        ))}
      </Stepper>
      <Group mt="md" gap="sm">
        {next && (
          <Button size="xs" onClick={() => move(next)} loading={edit.pending} data-testid="ltc-next">
            {t('dealsUi.ltc.moveTo', { stage: labels.stage('standard', next) })}
          </Button>
        )}
        {earlyClose && next && next !== 'closed' && (deal.stage === 'lead' || deal.stage === 'opportunity') && (
          <Button size="xs" variant="subtle" color="gray" onClick={() => move('closed')} data-testid="ltc-close-early">
            {t('dealsUi.ltc.closeEarly')}
          </Button>
        )}
        {!next && (
          <Text size="sm" c="dimmed">
            {t('dealsUi.ltc.closed')}
          </Text>
        )}
      </Group>
    </Paper>
  );
}
