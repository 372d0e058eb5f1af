import { ActionIcon, Button, Group, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/use-format.ts';
import { shiftDay } from './use-my-week.ts';

/** Previous / next week around the shown one; "this week" when another is shown. */
export function WeekPicker(props: { firstDay: string; lastDay: string; isThisWeek: boolean; onChange: (week: string | null) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { firstDay, lastDay, onChange } = props;
  return (
    <Group gap="xs" wrap="nowrap">
      <Tooltip label={t('myWeek.week.previous')}>
        <ActionIcon variant="default" size="lg" aria-label={t('myWeek.week.previous')} onClick={() => onChange(shiftDay(firstDay, -7))} data-testid="week-previous">
          ‹
        </ActionIcon>
      </Tooltip>
      <Text fw={500} miw={200} ta="center" data-testid="week-range" data-first-day={firstDay}>
        {t('myWeek.week.range', { from: format.date(firstDay), to: format.date(lastDay) })}
      </Text>
      <Tooltip label={t('myWeek.week.next')}>
        <ActionIcon variant="default" size="lg" aria-label={t('myWeek.week.next')} onClick={() => onChange(shiftDay(firstDay, 7))} data-testid="week-next">
          ›
        </ActionIcon>
      </Tooltip>
      <Button variant="subtle" size="xs" disabled={props.isThisWeek} onClick={() => onChange(null)} data-testid="week-this">
        {t('myWeek.week.thisWeek')}
      </Button>
    </Group>
  );
}
