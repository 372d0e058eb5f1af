import { Card, Group, Text, Title } from '@mantine/core';

/** One part of the week: a titled card, with an optional hint under the title. */
export function WeekSection(props: { title: string; hint?: string; action?: React.ReactNode; testId: string; children: React.ReactNode }) {
  return (
    <Card withBorder padding="md" data-testid={props.testId}>
      <Group justify="space-between" align="flex-start" mb="xs">
        <div>
          <Title order={4}>{props.title}</Title>
          {props.hint && (
            <Text size="sm" c="dimmed">
              {props.hint}
            </Text>
          )}
        </div>
        {props.action}
      </Group>
      {props.children}
    </Card>
  );
}
