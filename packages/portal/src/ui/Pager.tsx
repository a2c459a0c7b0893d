import { Button, Group, Text } from '@mantine/core';

export interface PagerProps {
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  /** e.g. "Page 2" — omitted when unknown. */
  pageLabel?: string | null;
  loading?: boolean;
  /** What is being paged, for button names, e.g. "products". */
  itemsLabel?: string;
}

/** Previous / next page buttons for cursor pagination. */
export function Pager({
  hasPrevious,
  hasNext,
  onPrevious,
  onNext,
  pageLabel,
  loading,
  itemsLabel = 'results',
}: PagerProps) {
  if (!hasPrevious && !hasNext) return null;
  return (
    <Group justify="space-between" mt="md" component="nav" aria-label={`Pages of ${itemsLabel}`}>
      <Button variant="default" onClick={onPrevious} disabled={!hasPrevious || loading}>
        Previous page
      </Button>
      {pageLabel ? (
        <Text size="sm" c="dimmed" aria-live="polite">
          {pageLabel}
        </Text>
      ) : null}
      <Button variant="default" onClick={onNext} disabled={!hasNext || loading} loading={loading && hasNext}>
        Next page
      </Button>
    </Group>
  );
}

export interface LoadMoreProps {
  hasMore: boolean;
  loading?: boolean;
  onLoadMore: () => void;
  label?: string;
}

/** A "Load more" button appending the next page. */
export function LoadMore({ hasMore, loading, onLoadMore, label = 'Load more' }: LoadMoreProps) {
  if (!hasMore) return null;
  return (
    <Group justify="center" mt="md">
      <Button variant="default" onClick={onLoadMore} loading={loading}>
        {label}
      </Button>
    </Group>
  );
}
