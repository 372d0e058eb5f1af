import { Badge, Button, Group, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dash, useFormat } from '../i18n/use-format.ts';
import { ReasonList } from '../judgements/reason-list.tsx';
import { type NailKind, NailRecordModal } from './nail-forms.tsx';
import type { AccountPlaybook } from './playbook-types.ts';

const decisionColor: Record<string, string> = { attack: 'red', reduce: 'yellow', abandon: 'gray' };

/**
 * 钉子客户 — pull the nail: stalled since when, what it is worth (attack, reduce or
 * abandon), why it will not move and what counters that, who goes next on the
 * escalation ladder, and the stage of its regional market.
 */
export function NailPlaybook({ playbook, canRecord }: { playbook: AccountPlaybook; canRecord: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [kind, setKind] = useState<NailKind | null>(null);
  const state = playbook.nail;
  const assessment = state.assessment?.payload;

  return (
    <Stack gap="sm" data-testid="nail-playbook">
      <Group gap="lg">
        <Text size="sm">
          {t('tagBoardsUi.nail.stalledSince')}: <b>{state.stalledSince ? format.date(state.stalledSince) : dash}</b>
          {state.stalledDays !== null ? ` (${t('common.days', { count: state.stalledDays })})` : ''}
        </Text>
        <Text size="sm">
          {t('tagBoardsUi.nail.marketStage')}:{' '}
          <b>{state.marketStage.value.stage ? t(`marketStage.${state.marketStage.value.stage}`) : dash}</b>
          {state.marketStage.value.focus ? ` — ${t(`marketFocus.${state.marketStage.value.focus}`)}` : ''}
        </Text>
      </Group>
      {assessment ? (
        <Stack gap={4}>
          <Group gap="xs">
            <Text size="sm">
              {t('tagBoardsUi.nail.valueLine', {
                potential: format.money(assessment.potentialValueCny),
                expected: format.money(assessment.expectedReturnCny),
                cost: format.money(assessment.costCny),
              })}
            </Text>
            {state.decision && (
              <Badge color={decisionColor[state.decision] ?? 'gray'} data-testid="nail-decision">
                {t(`nailDecision.${state.decision}`)}
              </Badge>
            )}
          </Group>
          {state.value && <ReasonList reasons={state.value.reasons} />}
          {assessment.decision && state.value && assessment.decision !== state.value.value && (
            <Text size="xs" c="orange">
              {t('tagBoardsUi.nail.decisionDiffers', { assessed: t(`nailDecision.${state.value.value}`) })}
            </Text>
          )}
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          {t('tagBoardsUi.nail.notAssessed')}
        </Text>
      )}
      <Stack gap={2}>
        <Text size="xs" fw={600} c="dimmed" tt="uppercase">
          {t('tagBoardsUi.nail.counterActions')}
          {assessment && assessment.causes.length > 0 ? ` — ${assessment.causes.map((c) => t(`nailCause.${c}`)).join(', ')}` : ''}
        </Text>
        <List size="sm" spacing={2} data-testid="nail-counter-actions">
          {state.counterActions.value.map((a) => (
            <List.Item key={a}>{t(`nailAction.${a}`)}</List.Item>
          ))}
        </List>
      </Stack>
      <Stack gap={2}>
        <Text size="xs" fw={600} c="dimmed" tt="uppercase">
          {t('tagBoardsUi.nail.escalation')}
        </Text>
        {state.escalations.map((e) => (
          <Text key={e.id} size="sm">
            {format.date(e.createdAt)} · {t(`escalationStep.${e.payload.step}`)}
            {e.payload.outcome ? ` — ${e.payload.outcome}` : ''}
          </Text>
        ))}
        {state.nextStep && <ReasonList reasons={state.nextStep.reasons} testId="nail-next-step" />}
      </Stack>
      {canRecord && (
        <Group gap="xs">
          <Button size="xs" variant="light" onClick={() => setKind('nail_assessment')} data-testid="record-nail_assessment">
            {t('tagBoardsUi.kinds.nail_assessment')}
          </Button>
          {state.decision === 'attack' && (
            <Button size="xs" variant="light" onClick={() => setKind('nail_escalation')} data-testid="record-nail_escalation">
              {t('tagBoardsUi.kinds.nail_escalation')}
            </Button>
          )}
        </Group>
      )}
      <NailRecordModal accountId={playbook.account.id} kind={kind} onClose={() => setKind(null)} />
    </Stack>
  );
}
