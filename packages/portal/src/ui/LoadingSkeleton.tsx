import { Card, SimpleGrid, Skeleton, Stack, VisuallyHidden } from '@mantine/core';
import { useT } from '../app/i18n';

export interface LoadingSkeletonProps {
  /** `lines` for text/table-like content, `cards` for a grid of cards. */
  variant?: 'lines' | 'cards';
  count?: number;
  label?: string;
}

/** Placeholder shapes while data loads, with a status message for screen readers. */
export function LoadingSkeleton({ variant = 'lines', count = 6, label }: LoadingSkeletonProps) {
  const t = useT();
  const items = Array.from({ length: count }, (_, i) => i);
  return (
    <div role="status" aria-live="polite" aria-busy="true">
      <VisuallyHidden>{label ?? t('Loading…')}</VisuallyHidden>
      {variant === 'cards' ? (
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 4 }} spacing="md">
          {items.map((i) => (
            <Card key={i} withBorder radius="md" padding="md">
              <Skeleton height={140} mb="sm" />
              <Skeleton height={14} width="80%" mb={8} />
              <Skeleton height={12} width="40%" mb={8} />
              <Skeleton height={16} width="30%" />
            </Card>
          ))}
        </SimpleGrid>
      ) : (
        <Stack gap="sm">
          {items.map((i) => (
            <Skeleton key={i} height={18} width={i % 3 === 2 ? '60%' : '100%'} />
          ))}
        </Stack>
      )}
    </div>
  );
}
