import { Text } from '@mantine/core';

/** The quiet line shown where a list has nothing yet. */
export function EmptyNote({ children }: { children: React.ReactNode }) {
  return (
    <Text c="dimmed" size="sm" py="md" ta="center">
      {children}
    </Text>
  );
}
