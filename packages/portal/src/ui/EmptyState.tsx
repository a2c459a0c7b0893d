import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export interface EmptyStateProps {
  title: string;
  description?: ReactNode;
  action?: ReactNode;
  /** Heading level of the title, to keep the page's heading order. */
  headingOrder?: 2 | 3 | 4;
}

/** Shown when a list or search has nothing to show: says so, and what to do next. */
export function EmptyState({ title, description, action, headingOrder = 2 }: EmptyStateProps) {
  return (
    <Paper withBorder radius="md" p="xl" role="status">
      <Stack align="center" gap="xs" ta="center">
        <Title order={headingOrder} fz="lg">
          {title}
        </Title>
        {description ? (
          <Text c="dimmed" size="sm" maw={480}>
            {description}
          </Text>
        ) : null}
        {action}
      </Stack>
    </Paper>
  );
}
