import { Badge, Button, Group, List, Paper, Stack, Text, ThemeIcon, Title, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/use-format.ts';
import type { MapGap, MapPerson } from './power-map-types.ts';
import { useReasonText } from './use-map-labels.ts';

const severityColors = { critical: 'red', warning: 'orange', info: 'blue' } as const;

interface GapListProps {
  gaps: MapGap[];
  people: MapPerson[];
  /** The gap whose people are highlighted on the canvas, if any. */
  selected: MapGap['gap'] | null;
  onSelect: (gap: MapGap | null) => void;
}

/** The holes in our picture of the customer, most urgent first; choosing one shows the people it is about. */
export function GapList({ gaps, people, selected, onSelect }: GapListProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const reasonText = useReasonText(people);
  const nameOf = (id: string) => {
    const person = people.find((p) => p.id === id);
    return person ? format.name(person.name, person.nameZh) : id;
  };
  return (
    <Stack gap="xs" data-testid="power-map-gaps">
      <Group justify="space-between">
        <Title order={4}>{t('powerMapUi.gaps.title', { count: gaps.length })}</Title>
        {selected ? (
          <Button size="compact-xs" variant="subtle" onClick={() => onSelect(null)}>
            {t('powerMapUi.gaps.clear')}
          </Button>
        ) : null}
      </Group>
      {gaps.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('powerMapUi.gaps.none')}
        </Text>
      ) : null}
      {gaps.map((gap) => {
        const active = selected === gap.gap;
        return (
          <UnstyledButton key={gap.gap} onClick={() => onSelect(active ? null : gap)} data-testid={`gap-${gap.gap}`} aria-pressed={active}>
            <Paper
              withBorder
              p="xs"
              radius="md"
              style={{ borderColor: active ? 'var(--mantine-color-yellow-6)' : undefined, borderWidth: active ? 2 : 1 }}
            >
              <Group gap={6} wrap="nowrap" align="flex-start">
                <Badge
                  size="xs"
                  color={severityColors[gap.severity as keyof typeof severityColors] ?? 'gray'}
                  variant="filled"
                  style={{ flexShrink: 0 }}
                >
                  {t(`powerMap.severity.${gap.severity}`)}
                </Badge>
                <Text size="sm" fw={600}>
                  {t(`powerMap.gaps.${gap.gap}`)}
                </Text>
              </Group>
              <Text size="xs" c="dimmed" mt={4}>
                {t(`powerMap.gapHelp.${gap.gap}`)}
              </Text>
              <List size="xs" mt={4} spacing={2} center>
                {gap.reasons.map((reason, i) => (
                  <List.Item
                    // Reasons of one gap can share a rule (one per person); their order is stable.
                    // biome-ignore lint/suspicious/noArrayIndexKey: reasons have no id of their own
                    key={i}
                    icon={
                      <ThemeIcon size={14} radius="xl" color={reason.met ? 'teal' : 'red'} variant="light">
                        <Text size="10px">{reason.met ? '✓' : '✗'}</Text>
                      </ThemeIcon>
                    }
                  >
                    {reasonText(reason)}
                  </List.Item>
                ))}
              </List>
              {gap.contactIds.length > 0 ? (
                <Text size="xs" mt={4}>
                  {t('powerMapUi.gaps.people', { names: gap.contactIds.map(nameOf).join(t('powerMapUi.listSeparator')) })}
                </Text>
              ) : null}
            </Paper>
          </UnstyledButton>
        );
      })}
    </Stack>
  );
}
