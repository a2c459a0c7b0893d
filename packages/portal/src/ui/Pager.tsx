import { Button, Group, Text } from '@mantine/core';
import { useT } from '../app/i18n';

export interface PagerProps {
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  /** e.g. "Page 2" — omitted when unknown. */
  pageLabel?: string | null;
  loading?: boolean;
  /** Name of the pager's navigation landmark, e.g. "Pages of orders" (translated by the caller). */
  label?: string;
  /** What is being paged, e.g. "products", for the landmark's name when `label` is not given. */
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
  label,
  itemsLabel,
}: PagerProps) {
  const t = useT();
  if (!hasPrevious && !hasNext) return null;
  const name = label ?? (itemsLabel ? t('Pages of {items}', { items: itemsLabel }) : t('Pages of results'));
  return (
    <Group justify="space-between" mt="md" component="nav" aria-label={name}>
      <Button variant="default" onClick={onPrevious} disabled={!hasPrevious || loading}>
        {t('Previous page')}
      </Button>
      {pageLabel ? (
        <Text size="sm" c="dimmed" aria-live="polite">
          {pageLabel}
        </Text>
      ) : null}
      <Button variant="default" onClick={onNext} disabled={!hasNext || loading} loading={loading && hasNext}>
        {t('Next page')}
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
export function LoadMore({ hasMore, loading, onLoadMore, label }: LoadMoreProps) {
  const t = useT();
  if (!hasMore) return null;
  return (
    <Group justify="center" mt="md">
      <Button variant="default" onClick={onLoadMore} loading={loading}>
        {label ?? t('Load more')}
      </Button>
    </Group>
  );
}
