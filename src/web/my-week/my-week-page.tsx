import { Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useCurrentUser } from '../auth/use-current-user.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { useFormat } from '../i18n/use-format.ts';
import { BenchmarkProgress } from './benchmark-progress.tsx';
import { DueItemsTable, dueRows } from './due-items-table.tsx';
import { FlaggedDeals } from './flagged-deals.tsx';
import { PersonPicker } from './person-picker.tsx';
import { mondayOf, useMyWeek } from './use-my-week.ts';
import { VisitsDueTable } from './visits-due-table.tsx';
import { WaitingRequests } from './waiting-requests.tsx';
import { WeekActivitiesTable } from './week-activities-table.tsx';
import { WeekPicker } from './week-picker.tsx';
import { WeekSection } from './week-section.tsx';

function Figure({ label, value, alert, testId }: { label: string; value: string; alert?: boolean; testId: string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl" c={alert ? 'red' : undefined} data-testid={testId}>
        {value}
      </Text>
    </Card>
  );
}

/**
 * The rep's week (SPEC §7): dangerous accounts due a visit by the high-density
 * target, the year's benchmark target, and what else falls due; a manager, an
 * executive or an admin may open a rep's week. The week and the person live in the URL.
 */
export function MyWeekPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data: user } = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const userId = params.get('userId');
  const weekParam = params.get('week');
  const week = useMyWeek(userId, weekParam);
  const choose = (changes: { userId?: string | null; week?: string | null }) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next);
  };
  const canPick = user?.role === 'manager' || user?.role === 'executive' || user?.role === 'admin';

  const data = week.data;
  const header = (
    <Group justify="space-between" align="flex-end">
      <div>
        <Title order={2}>{t('nav.repWeek')}</Title>
        <Text size="sm" c="dimmed">
          {t('myWeek.subtitle')}
        </Text>
      </div>
      <Group align="flex-end">
        {canPick && user && <PersonPicker user={user} value={userId} onChange={(id) => choose({ userId: id })} />}
        {data && (
          <WeekPicker
            firstDay={data.week.firstDay}
            lastDay={data.week.lastDay}
            isThisWeek={data.week.firstDay === mondayOf(new Date())}
            onChange={(w) => choose({ week: w })}
          />
        )}
      </Group>
    </Group>
  );
  if (week.isPending) return <Stack gap="md">{header}<PageLoader /></Stack>;
  if (week.isError || !data) return <Stack gap="md">{header}<ErrorAlert error={week.error} /></Stack>;

  const due = dueRows(data, t('myWeek.due.planReview'));
  const visitsDue = data.visits.filter((v) => v.due.value).length;
  const overdue = due.filter((r) => r.judgement.value === 'overdue').length;
  const progress = data.benchmark?.progress.value;
  return (
    <Stack gap="md" data-testid="my-week" data-person-id={data.person.id} data-first-day={data.week.firstDay}>
      {header}
      <Text size="sm" c="dimmed">
        {format.name(data.person.name, data.person.nameZh)} · {t('myWeek.week.asOf', { date: format.dateTime(data.week.asOf) })}
      </Text>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Figure label={t('myWeek.summary.visitsDue')} value={format.number(visitsDue)} alert={visitsDue > 0} testId="summary-visits-due" />
        <Figure
          label={t('myWeek.summary.benchmark')}
          value={progress ? `${format.number(progress.achieved)} / ${format.number(progress.target)}` : '—'}
          testId="summary-benchmark"
        />
        <Figure label={t('myWeek.summary.dueItems')} value={format.number(due.length)} alert={overdue > 0} testId="summary-due-items" />
        <Figure label={t('myWeek.summary.activities')} value={format.number(data.activities.length)} testId="summary-activities" />
      </SimpleGrid>
      <WeekSection
        title={t('myWeek.visits.title')}
        hint={t('myWeek.visits.hint', { target: format.number(data.visitsPerMonthTarget) })}
        testId="week-visits"
      >
        <VisitsDueTable items={data.visits} />
      </WeekSection>
      <WeekSection title={t('myWeek.benchmark.title', { year: data.benchmarkYear })} testId="week-benchmark">
        <BenchmarkProgress benchmark={data.benchmark} />
      </WeekSection>
      <WeekSection title={t('myWeek.due.title')} testId="week-due">
        <DueItemsTable rows={due} />
      </WeekSection>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <WeekSection title={t('myWeek.requests.title')} testId="week-requests">
          <WaitingRequests items={data.supportRequests} />
        </WeekSection>
        <WeekSection title={t('myWeek.deals.title')} testId="week-deals">
          <FlaggedDeals items={data.dealFlags} />
        </WeekSection>
      </SimpleGrid>
      <WeekSection title={t('myWeek.activities.title')} testId="week-activities">
        <WeekActivitiesTable items={data.activities} />
      </WeekSection>
    </Stack>
  );
}
