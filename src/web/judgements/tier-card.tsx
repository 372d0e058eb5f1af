import { Accordion, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PaymentTrapBadge, TierBadge } from '../components/badges.tsx';
import { useFormat } from '../i18n/use-format.ts';
import type { AttestTarget } from './attest-modal.tsx';
import { type Attestation, type Evaluation, criteria } from './judgement-types.ts';
import { ReasonList } from './reason-list.tsx';

/** Tier (战略/大客户/高潜/普通), the four criteria with their reasons, the payment trap, and the attestations behind them. */
export function TierCard(props: {
  evaluation: Evaluation;
  attestations: Attestation[];
  canRecord: boolean;
  canDecide: boolean;
  onAttest: (target: AttestTarget) => void;
}) {
  const { evaluation, attestations, canRecord, canDecide, onAttest } = props;
  const { t } = useTranslation();
  const format = useFormat();
  const blocked = evaluation.tier.reasons.some((r) => r.rule === 'tier.payment_trap_blocked');
  const promoted = evaluation.tier.reasons.some((r) => r.rule === 'tier.human_promotion');

  return (
    <Paper withBorder p="md" radius="md" data-testid="judgement-tier">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4}>{t('judgementUi.tier.title')}</Title>
          <Group gap="xs">
            <TierBadge tier={evaluation.tier.value} />
            <PaymentTrapBadge flagged={evaluation.paymentTrap.value} />
          </Group>
        </Group>
        <ReasonList reasons={evaluation.tier.reasons.filter((r) => !r.rule.startsWith('tier.criterion.'))} testId="tier-reasons" />
        <Accordion multiple variant="separated" chevronPosition="left">
          {criteria.map((criterion) => {
            const judged = evaluation.criteria[criterion];
            return (
              <Accordion.Item key={criterion} value={criterion} data-testid={`criterion-${criterion}`}>
                <Accordion.Control>
                  <Group justify="space-between" wrap="nowrap">
                    <Text size="sm" fw={500}>
                      {t(`selection.criteria.${criterion}`)}
                    </Text>
                    <Badge
                      color={judged.value ? 'teal' : 'gray'}
                      variant={judged.value ? 'light' : 'outline'}
                      data-testid={`criterion-${criterion}-value`}
                    >
                      {t(judged.value ? 'judgementUi.met' : 'judgementUi.notMet')}
                    </Badge>
                  </Group>
                </Accordion.Control>
                <Accordion.Panel>
                  <Stack gap="xs">
                    <ReasonList reasons={judged.reasons} />
                    {canRecord && criterion !== 'scale' && (
                      <Button
                        size="xs"
                        variant="light"
                        onClick={() => onAttest(criterion)}
                        data-testid={`attest-${criterion}`}
                        style={{ alignSelf: 'flex-start' }}
                      >
                        {t('judgementUi.attest.button')}
                      </Button>
                    )}
                  </Stack>
                </Accordion.Panel>
              </Accordion.Item>
            );
          })}
          <Accordion.Item value="paymentTrap" data-testid="payment-trap">
            <Accordion.Control>
              <Group justify="space-between" wrap="nowrap">
                <Text size="sm" fw={500}>
                  {t('selection.paymentTrap')}
                </Text>
                <Badge color={evaluation.paymentTrap.value ? 'red' : 'teal'} variant="light">
                  {t(evaluation.paymentTrap.value ? 'judgementUi.flagged' : 'judgementUi.clear')}
                </Badge>
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <ReasonList reasons={evaluation.paymentTrap.reasons} />
            </Accordion.Panel>
          </Accordion.Item>
        </Accordion>
        {canDecide && (blocked || promoted) && (
          <Button
            variant={promoted ? 'default' : 'filled'}
            color="red"
            size="xs"
            onClick={() => onAttest('strategic_promotion')}
            data-testid="promote-despite-trap"
            style={{ alignSelf: 'flex-start' }}
          >
            {t(promoted ? 'judgementUi.attest.promotionAgain' : 'judgementUi.attest.promote')}
          </Button>
        )}
        {attestations.length > 0 && (
          <Stack gap={4} data-testid="attestations">
            <Text size="xs" fw={600} c="dimmed" tt="uppercase">
              {t('judgementUi.attest.listTitle')}
            </Text>
            {attestations.slice(0, 6).map((a) => (
              <Group key={a.id} gap="xs" wrap="nowrap" align="flex-start">
                <Badge size="xs" variant="light" color={a.effect === 'for' ? 'teal' : 'red'} style={{ flexShrink: 0 }}>
                  {a.criterion === 'strategic_promotion' ? t('judgementUi.attest.promotionShort') : t(`selection.criteria.${a.criterion}`)}{' '}
                  · {t(`judgementUi.attest.${a.effect}`)}
                </Badge>
                <Text size="xs">
                  {a.note}{' '}
                  <Text span c="dimmed" size="xs">
                    — {a.attestedBy ? format.name(a.attestedBy.name, a.attestedBy.nameZh) : ''}, {format.date(a.attestedAt)}
                  </Text>
                </Text>
              </Group>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
