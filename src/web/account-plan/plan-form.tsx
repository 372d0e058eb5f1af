import { Alert, Button, Card, Group, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LEVEL_IDS, type RelationshipLevel } from '../../domain/ladder/level.ts';
import { KNOW_SECTIONS } from '../../domain/organisation/account-plan.ts';
import { isApiError } from '../app/api.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { type Plan, type PlanFields, useReloadPlan, useSavePlan } from './use-account-plan.ts';

const knowField = { ourselves: 'knowOurselves', customer: 'knowCustomer', industry: 'knowIndustry', competitors: 'knowCompetitors' } as const;
const blank: PlanFields = {
  goals: { revenue: null, revenueGrowth: null, benchmark: null, solution: null },
  targetLevel: null,
  levelMover: null,
  knowOurselves: null,
  knowCustomer: null,
  knowIndustry: null,
  knowCompetitors: null,
};
const fieldsOf = (plan: Plan | null): PlanFields =>
  plan
    ? {
        goals: plan.goals,
        targetLevel: plan.targetLevel,
        levelMover: plan.levelMover,
        knowOurselves: plan.knowOurselves,
        knowCustomer: plan.knowCustomer,
        knowIndustry: plan.knowIndustry,
        knowCompetitors: plan.knowCompetitors,
      }
    : blank;
const text = (v: string) => (v.trim() ? v : null);

/**
 * The plan's goals beyond revenue and the four know sections (懂自己、懂客户、懂行业、懂竞对).
 * Saved with the version read: someone else's change meanwhile is shown, never overwritten.
 */
export function PlanForm({ accountId, plan, currentLevel }: { accountId: string; plan: Plan | null; currentLevel: number | null }) {
  const { t } = useTranslation();
  const save = useSavePlan(accountId);
  const reload = useReloadPlan(accountId);
  const [values, setValues] = useState<PlanFields>(fieldsOf(plan));
  const [readVersion, setReadVersion] = useState(plan?.version);
  // A fresh read (after a save or a reload) replaces what the form shows.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new version of the plan resets the form
  useEffect(() => {
    setValues(fieldsOf(plan));
    setReadVersion(plan?.version);
  }, [plan?.version]);
  const set = <K extends keyof PlanFields>(k: K, v: PlanFields[K]) => setValues((x) => ({ ...x, [k]: v }));
  const goal = <K extends keyof PlanFields['goals']>(k: K, v: PlanFields['goals'][K]) => setValues((x) => ({ ...x, goals: { ...x.goals, [k]: v } }));
  const conflict = isApiError(save.error, 'conflict.stale_version');
  const levels = ([1, 2, 3, 4, 5] as RelationshipLevel[]).map((l) => ({ value: String(l), label: `${l} · ${t(`level.${LEVEL_IDS[l]}`)}` }));

  const submit = () =>
    save.mutate({ ...values, version: readVersion }, { onSuccess: () => notifications.show({ color: 'teal', message: t('planUi.saved') }) });

  return (
    <Card withBorder padding="md" data-testid="plan-form">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <Title order={5}>{t('planUi.goals')}</Title>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <TextInput label={t('planUi.benchmark')} value={values.goals.benchmark ?? ''} onChange={(e) => goal('benchmark', text(e.currentTarget.value))} data-testid="plan-benchmark" />
            <TextInput label={t('planUi.solution')} value={values.goals.solution ?? ''} onChange={(e) => goal('solution', text(e.currentTarget.value))} data-testid="plan-solution" />
            <Select label={t('planUi.targetLevel')} data={levels} value={values.targetLevel ? String(values.targetLevel) : null} onChange={(v) => set('targetLevel', v ? Number(v) : null)} clearable />
            <Group grow>
              <NumberInput label={t('planUi.revenue')} value={values.goals.revenue ?? ''} onChange={(v) => goal('revenue', typeof v === 'number' ? v : null)} min={0} thousandSeparator="," />
              <NumberInput label={t('planUi.revenueGrowth')} value={values.goals.revenueGrowth === null ? '' : values.goals.revenueGrowth * 100} onChange={(v) => goal('revenueGrowth', typeof v === 'number' ? v / 100 : null)} suffix=" %" />
            </Group>
          </SimpleGrid>
          <Textarea
            label={t('planUi.levelMover')}
            description={t(currentLevel === 3 ? 'planUi.levelMoverNeeded' : 'planUi.levelMoverHint')}
            value={values.levelMover ?? ''}
            onChange={(e) => set('levelMover', text(e.currentTarget.value))}
            autosize
            minRows={2}
            data-testid="plan-level-mover"
          />
          <Title order={5} mt="sm">
            {t('planUi.know')}
          </Title>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {KNOW_SECTIONS.map((section) => (
              <Textarea
                key={section}
                label={t(`organisation.knowSections.${section}`)}
                value={values[knowField[section]] ?? ''}
                onChange={(e) => set(knowField[section], text(e.currentTarget.value))}
                autosize
                minRows={3}
                data-testid={`plan-know-${section}`}
              />
            ))}
          </SimpleGrid>
          {conflict ? (
            <Alert color="orange" variant="light" title={t('planUi.conflictTitle')}>
              <Group justify="space-between">
                {t('planUi.conflict')}
                <Button size="xs" variant="light" onClick={reload}>
                  {t('planUi.reload')}
                </Button>
              </Group>
            </Alert>
          ) : save.error ? (
            <ErrorAlert error={save.error} />
          ) : null}
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending} data-testid="plan-save">
              {t(plan ? 'form.save' : 'planUi.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
