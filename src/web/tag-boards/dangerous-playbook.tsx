import { Badge, Button, Checkbox, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFENCE_PARTS } from '../../domain/tags/defence-plan.ts';
import { usePeople } from '../components/use-reference-data.ts';
import { dash, useFormat } from '../i18n/use-format.ts';
import { ReasonList } from '../judgements/reason-list.tsx';
import { usePlaybookStatus } from '../judgements/use-judgement.ts';
import { type DangerousKind, DangerousRecordModal } from './dangerous-forms.tsx';
import type { AccountPlaybook } from './playbook-types.ts';

/**
 * 危险客户 — defend it, turn it into a nail at worst: the signals that fired, whether
 * we visit densely enough, the three-part defence plan and its actions, and the
 * rep replacement when the customer asks for it.
 */
export function DangerousPlaybook({ playbook, canRecord }: { playbook: AccountPlaybook; canRecord: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const people = usePeople();
  const status = usePlaybookStatus(playbook.account.id);
  const [kind, setKind] = useState<DangerousKind | null>(null);
  const state = playbook.dangerous;
  const density = state.visitDensity.value;
  const plan = state.plan?.payload;
  const personName = (id: string | null | undefined) => {
    const p = id ? people.data?.find((x) => x.id === id) : undefined;
    return p ? format.name(p.name, p.nameZh) : dash;
  };

  return (
    <Stack gap="sm" data-testid="dangerous-playbook">
      <Group gap="xs">
        {state.signals.map((s) => (
          <Badge key={s} color="red" variant="light">
            {t(`dangerousSignal.${s}`)}
          </Badge>
        ))}
      </Group>
      <ReasonList reasons={state.signalReasons} />
      <Group gap="xs">
        <Badge color={density.meetsTarget ? 'teal' : 'red'} variant="light" data-testid="visit-density">
          {t('tagBoardsUi.dangerous.density', { perMonth: format.number(density.perMonth), target: format.number(density.target) })}
        </Badge>
        {!density.meetsTarget && (
          <Text size="sm" c="dimmed">
            {t('tagBoardsUi.dangerous.nextVisit', { date: format.date(density.nextVisitDueAt) })}
          </Text>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
        {DEFENCE_PARTS.map((part) => (
          <Stack key={part} gap={2}>
            <Text size="xs" fw={600} c="dimmed" tt="uppercase">
              {t(`defencePart.${part}`)}
            </Text>
            {plan
              ? plan[part].map((item) => (
                  <Text key={item} size="sm">
                    • {t(`defenceAction.${item}`, { defaultValue: item })}
                  </Text>
                ))
              : state.suggestedPlan.value[part]
                  .filter((a) => a.because.length > 0)
                  .map((a) => (
                    <Text key={a.id} size="sm" c="dimmed">
                      ◦ {t(`defenceAction.${a.id}`)}
                    </Text>
                  ))}
          </Stack>
        ))}
      </SimpleGrid>
      {!plan && (
        <Text size="xs" c="dimmed">
          {t('tagBoardsUi.dangerous.suggestedOnly')}
        </Text>
      )}
      {state.actions.length > 0 && (
        <Stack gap={2} data-testid="defence-actions">
          <Text size="xs" fw={600} c="dimmed" tt="uppercase">
            {t('tagBoardsUi.dangerous.actions')}
          </Text>
          {state.actions.map((a) => (
            <Checkbox
              key={a.id}
              checked={a.status === 'done'}
              disabled={!canRecord || status.isPending}
              onChange={(e) => status.mutate({ recordId: a.id, status: e.currentTarget.checked ? 'done' : 'open' })}
              label={`${t(`defencePart.${a.payload.part}`)} · ${a.payload.what} · ${personName(a.payload.ownerId)} · ${format.date(a.dueAt)}`}
            />
          ))}
        </Stack>
      )}
      {state.repReplacements.map((r) => (
        <Text key={r.id} size="sm" data-testid="rep-replacement">
          {t('tagBoardsUi.dangerous.replacementLine', {
            date: format.date(r.createdAt),
            decision: t(`tagBoardsUi.replacement.${r.payload.decision}`),
            asked: t(r.payload.customerAsked ? 'tagBoardsUi.dangerous.asked' : 'tagBoardsUi.dangerous.notAsked'),
            note: r.payload.note,
          })}
        </Text>
      ))}
      {canRecord && (
        <Group gap="xs">
          {(['defence_plan', 'defence_action', 'rep_replacement'] as const).map((k) => (
            <Button key={k} size="xs" variant="light" onClick={() => setKind(k)} data-testid={`record-${k}`}>
              {t(`tagBoardsUi.kinds.${k}`)}
            </Button>
          ))}
        </Group>
      )}
      <DangerousRecordModal
        accountId={playbook.account.id}
        kind={kind}
        suggested={state.suggestedPlan.value}
        onClose={() => setKind(null)}
      />
    </Stack>
  );
}
