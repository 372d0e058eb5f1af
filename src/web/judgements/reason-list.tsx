import { List, Text, ThemeIcon } from '@mantine/core';
import type { Reason } from './judgement-types.ts';
import { useReasonText } from './use-reason-text.ts';

/** The reasons behind a judgement, each marked as met (✓) or not (·). */
export function ReasonList({ reasons, testId, dimUnmet = false }: { reasons: readonly Reason[]; testId?: string; dimUnmet?: boolean }) {
  const text = useReasonText();
  if (reasons.length === 0) return null;
  return (
    <List spacing={4} size="sm" center data-testid={testId}>
      {reasons.map((r, i) => (
        <List.Item
          // Reasons have no id and the same rule may appear more than once (one per site).
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list per render
          key={`${r.rule}-${i}`}
          data-rule={r.rule}
          data-met={r.met}
          icon={
            <ThemeIcon size={16} radius="xl" color={r.met ? 'teal' : 'gray'} variant="light">
              <Text size="10px" fw={700}>
                {r.met ? '✓' : '·'}
              </Text>
            </ThemeIcon>
          }
        >
          <Text size="sm" c={dimUnmet && !r.met ? 'dimmed' : undefined}>
            {text(r)}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
