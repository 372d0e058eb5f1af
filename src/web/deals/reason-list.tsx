import { List, Text, ThemeIcon } from '@mantine/core';
import type { ReasonItem } from './deal-types.ts';
import { useDealLabels } from './use-deal-labels.ts';

/** The reasons behind a judgement, each marked met or not met. */
export function ReasonList({ reasons, testId }: { reasons: ReasonItem[]; testId?: string }) {
  const labels = useDealLabels();
  if (reasons.length === 0) return null;
  return (
    <List spacing={4} size="sm" center data-testid={testId}>
      {reasons.map((r, i) => (
        <List.Item
          // Reasons have no id; the same rule may appear once per stage.
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list per render
          key={`${r.rule}-${i}`}
          icon={
            <ThemeIcon size={16} radius="xl" color={r.met ? 'teal' : 'orange'} variant="light">
              <Text size="10px" fw={700}>
                {r.met ? '✓' : '!'}
              </Text>
            </ThemeIcon>
          }
        >
          <Text size="sm">{labels.reason(r)}</Text>
        </List.Item>
      ))}
    </List>
  );
}
